import {
  OUTCOMES,
  URGENCIES,
  pendingAfwegingQuestions,
  weigh,
  type AfwegingAnswers,
  type Outcome,
  type Urgency,
  type WeighingContext,
  type WeighingReason,
} from '../../src/domain/afweging';

const calm: WeighingContext = { disclosure: false, acuteDanger: false };
const disclosed: WeighingContext = { disclosure: true, acuteDanger: false };
const danger: WeighingContext = { disclosure: false, acuteDanger: true };
const both: WeighingContext = { disclosure: true, acuteDanger: true };

/** Complete answer sets, one per path through the afwegingskader. */
const noSuspicion: AfwegingAnswers = { suspicion: 'no' };
const acute: AfwegingAnswers = { suspicion: 'yes', unsafety: 'acute' };
const structural: AfwegingAnswers = { suspicion: 'yes', unsafety: 'structural' };
const cannotHelp: AfwegingAnswers = { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: false };
const refused: AfwegingAnswers = { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: true, helpAccepted: 'no' };
const accepted: AfwegingAnswers = { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: true, helpAccepted: 'yes' };
const acceptanceUnknown: AfwegingAnswers = { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: true, helpAccepted: 'unknown' };
const unsureCannotHelp: AfwegingAnswers = { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: false };
const unsureRefused: AfwegingAnswers = { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: true, helpAccepted: 'no' };
const unsureAccepted: AfwegingAnswers = { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: true, helpAccepted: 'yes' };
const unsureUnknown: AfwegingAnswers = { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: true, helpAccepted: 'unknown' };

const REPORT_OUTCOMES: readonly Outcome[] = ['report-veilig-thuis', 'report-and-help'];

describe('weigh: outcome, urgency and reasons per path', () => {
  type Row = [string, AfwegingAnswers, WeighingContext, Outcome, Urgency, WeighingReason[]];
  const rows: Row[] = [
    // Q1: no suspicion
    ['no suspicion', noSuspicion, calm, 'close-and-record', 'normal', ['no-suspicion']],
    ['no suspicion, danger named earlier → still acute', noSuspicion, danger, 'close-and-record', 'acute', ['no-suspicion', 'acute-danger']],
    ['no suspicion, danger and disclosure', noSuspicion, both, 'close-and-record', 'acute', ['no-suspicion', 'disclosure', 'acute-danger']],

    // Q2: acute unsafety
    ['acute unsafety', acute, calm, 'report-and-help', 'acute', ['acute-unsafety']],
    ['acute unsafety with disclosure', acute, disclosed, 'report-and-help', 'acute', ['acute-unsafety', 'disclosure']],
    ['acute unsafety with danger', acute, danger, 'report-and-help', 'acute', ['acute-unsafety', 'acute-danger']],
    [
      'acute unsafety: later answers are irrelevant',
      { ...acute, canOrganiseHelp: true, helpAccepted: 'yes' },
      calm,
      'report-and-help',
      'acute',
      ['acute-unsafety'],
    ],

    // Q2: structural unsafety
    ['structural unsafety', structural, calm, 'report-and-help', 'urgent', ['structural-unsafety']],
    ['structural unsafety with disclosure', structural, disclosed, 'report-and-help', 'urgent', ['structural-unsafety', 'disclosure']],
    ['structural unsafety with danger → acute', structural, danger, 'report-and-help', 'acute', ['structural-unsafety', 'acute-danger']],
    [
      'structural unsafety: help accepted does not replace the report',
      { ...structural, canOrganiseHelp: true, helpAccepted: 'yes' },
      calm,
      'report-and-help',
      'urgent',
      ['structural-unsafety'],
    ],

    // Q2: unsure + disclosure → report
    ['unsure with disclosure', { suspicion: 'yes', unsafety: 'unsure' }, disclosed, 'report-and-help', 'urgent', ['unsure-about-safety', 'disclosure']],
    ['unsure with disclosure, even if help would be accepted', unsureAccepted, disclosed, 'report-and-help', 'urgent', ['unsure-about-safety', 'disclosure']],
    ['unsure with disclosure and danger → acute', unsureAccepted, both, 'report-and-help', 'acute', ['unsure-about-safety', 'disclosure', 'acute-danger']],

    // Q3: help cannot be organised
    ['cannot organise help', cannotHelp, calm, 'report-veilig-thuis', 'urgent', ['cannot-organise-help']],
    ['cannot organise help, with disclosure', cannotHelp, disclosed, 'report-veilig-thuis', 'urgent', ['cannot-organise-help', 'disclosure']],
    ['cannot organise help, with danger → acute', cannotHelp, danger, 'report-veilig-thuis', 'acute', ['cannot-organise-help', 'acute-danger']],

    // Q4: help refused
    ['help refused', refused, calm, 'report-veilig-thuis', 'urgent', ['help-refused']],
    ['help refused, with disclosure', refused, disclosed, 'report-veilig-thuis', 'urgent', ['help-refused', 'disclosure']],
    ['help refused, with danger → acute', refused, danger, 'report-veilig-thuis', 'acute', ['help-refused', 'acute-danger']],

    // Q4: help accepted
    ['help accepted', accepted, calm, 'help-via-wijkteam', 'normal', []],
    ['help accepted, disclosure raises normal to urgent', accepted, disclosed, 'help-via-wijkteam', 'urgent', ['disclosure']],
    ['help accepted, danger forces acute', accepted, danger, 'help-via-wijkteam', 'acute', ['acute-danger']],
    ['help accepted, danger and disclosure', accepted, both, 'help-via-wijkteam', 'acute', ['disclosure', 'acute-danger']],

    // Q4: acceptance unknown
    ['acceptance unknown', acceptanceUnknown, calm, 'help-via-wijkteam', 'urgent', ['help-acceptance-unknown']],
    ['acceptance unknown, with disclosure', acceptanceUnknown, disclosed, 'help-via-wijkteam', 'urgent', ['help-acceptance-unknown', 'disclosure']],
    ['acceptance unknown, with danger → acute', acceptanceUnknown, danger, 'help-via-wijkteam', 'acute', ['help-acceptance-unknown', 'acute-danger']],

    // Unsure without disclosure continues to Q3/Q4, at least urgent
    ['unsure, cannot organise help', unsureCannotHelp, calm, 'report-veilig-thuis', 'urgent', ['cannot-organise-help', 'unsure-about-safety']],
    ['unsure, help refused', unsureRefused, calm, 'report-veilig-thuis', 'urgent', ['help-refused', 'unsure-about-safety']],
    ['unsure, help accepted → urgent, not normal', unsureAccepted, calm, 'help-via-wijkteam', 'urgent', ['unsure-about-safety']],
    ['unsure, acceptance unknown', unsureUnknown, calm, 'help-via-wijkteam', 'urgent', ['help-acceptance-unknown', 'unsure-about-safety']],
    ['unsure, help accepted, danger → acute', unsureAccepted, danger, 'help-via-wijkteam', 'acute', ['unsure-about-safety', 'acute-danger']],
  ];

  it.each(rows)('%s', (_name, answers, context, outcome, urgency, reasons) => {
    const weighing = weigh(answers, context);
    expect(weighing.outcome).toBe(outcome);
    expect(weighing.urgency).toBe(urgency);
    expect([...weighing.reasons]).toEqual(reasons);
    expect(weighing.meldnorm).toBe(REPORT_OUTCOMES.includes(outcome));
  });

  it('the table reaches every outcome and every urgency', () => {
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(OUTCOMES));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(URGENCIES));
  });
});

describe('weigh: invariants over every answer set and context', () => {
  const answerSets: Array<[string, AfwegingAnswers]> = Object.entries({
    noSuspicion,
    acute,
    structural,
    cannotHelp,
    refused,
    accepted,
    acceptanceUnknown,
    unsureCannotHelp,
    unsureRefused,
    unsureAccepted,
    unsureUnknown,
  });
  const contexts: Array<[string, WeighingContext]> = Object.entries({ calm, disclosed, danger, both });
  const grid = answerSets.flatMap(([a, answers]) => contexts.map(([c, context]) => [`${a} / ${c}`, answers, context] as const));

  it.each(grid)('%s: meldnorm exactly for the report outcomes', (_name, answers, context) => {
    const w = weigh(answers, context);
    expect(w.meldnorm).toBe(w.outcome === 'report-veilig-thuis' || w.outcome === 'report-and-help');
  });

  it.each(grid)('%s: named danger always makes it acute', (_name, answers, context) => {
    const w = weigh(answers, context);
    if (context.acuteDanger) {
      expect(w.urgency).toBe('acute');
      expect(w.reasons).toContain('acute-danger');
    } else {
      expect(w.reasons).not.toContain('acute-danger');
    }
  });

  it.each(grid)('%s: disclosure is recorded as a reason exactly when there was one', (_name, answers, context) => {
    expect(weigh(answers, context).reasons.includes('disclosure')).toBe(context.disclosure);
  });

  it.each(grid.filter(([, answers]) => answers.suspicion !== 'no'))('%s: with a suspicion, disclosure never leaves it at normal', (_name, answers, context) => {
    if (context.disclosure) expect(weigh(answers, context).urgency).not.toBe('normal');
  });

  it.each(grid)('%s: reasons have no duplicates', (_name, answers, context) => {
    const reasons = weigh(answers, context).reasons;
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(grid)('%s: a disclosure never makes the outcome milder', (_name, answers, context) => {
    if (!context.disclosure) return;
    const severity: Record<Outcome, number> = { 'close-and-record': 0, 'help-via-wijkteam': 1, 'report-veilig-thuis': 2, 'report-and-help': 2 };
    const without = weigh(answers, { ...context, disclosure: false });
    expect(severity[weigh(answers, context).outcome]).toBeGreaterThanOrEqual(severity[without.outcome]);
  });
});

describe('pendingAfwegingQuestions', () => {
  const rows: Array<[string, Partial<AfwegingAnswers>, Array<keyof AfwegingAnswers>]> = [
    ['nothing answered', {}, ['suspicion']],
    ['no suspicion: done', { suspicion: 'no' }, []],
    ['suspicion: ask about unsafety', { suspicion: 'yes' }, ['unsafety']],
    ['acute: done (rest with Veilig Thuis)', { suspicion: 'yes', unsafety: 'acute' }, []],
    ['structural: done (rest with Veilig Thuis)', { suspicion: 'yes', unsafety: 'structural' }, []],
    ['no unsafety: ask whether help can be organised', { suspicion: 'yes', unsafety: 'no' }, ['canOrganiseHelp']],
    ['unsure: ask whether help can be organised', { suspicion: 'yes', unsafety: 'unsure' }, ['canOrganiseHelp']],
    ['help cannot be organised: done', { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: false }, []],
    ['unsure, help cannot be organised: done', { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: false }, []],
    ['help can be organised: ask acceptance', { suspicion: 'yes', unsafety: 'no', canOrganiseHelp: true }, ['helpAccepted']],
    ['unsure, help can be organised: ask acceptance', { suspicion: 'yes', unsafety: 'unsure', canOrganiseHelp: true }, ['helpAccepted']],
    ['help accepted: done', accepted, []],
    ['help refused: done', refused, []],
    ['acceptance unknown: done', acceptanceUnknown, []],
    ['suspicion unanswered, later answers do not count', { unsafety: 'no', canOrganiseHelp: true, helpAccepted: 'yes' }, ['suspicion']],
    ['unsafety unanswered, later answers do not count', { suspicion: 'yes', canOrganiseHelp: true, helpAccepted: 'yes' }, ['unsafety']],
    ['canOrganiseHelp unanswered, acceptance does not count', { suspicion: 'yes', unsafety: 'no', helpAccepted: 'yes' }, ['canOrganiseHelp']],
  ];

  it.each(rows)('%s', (_name, answers, expected) => {
    expect(pendingAfwegingQuestions(answers)).toEqual(expected);
  });
});

describe('doubt at question 1 is its own answer', () => {
  it.each<[string, AfwegingAnswers]>([
    ['acute', acute],
    ['structural', structural],
    ['cannot help', cannotHelp],
    ['help refused', refused],
    ['help accepted', accepted],
    ['acceptance unknown', acceptanceUnknown],
  ])('%s: weighed as for a suspicion, with the doubt named among the reasons', (_name, answers) => {
    const asYes = weigh(answers, calm);
    const inDoubt = weigh({ ...answers, suspicion: 'doubt' }, calm);
    expect(inDoubt).toMatchObject({ outcome: asYes.outcome, urgency: asYes.urgency, meldnorm: asYes.meldnorm });
    expect(inDoubt.reasons).toContain('suspicion-doubt');
    expect(asYes.reasons).not.toContain('suspicion-doubt');
  });

  it('in doubt, the weighing goes on to question 2', () => {
    expect(pendingAfwegingQuestions({ suspicion: 'doubt' })).toEqual(['unsafety']);
  });
});

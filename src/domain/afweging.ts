import { z } from 'zod';

/**
 * The afwegingskader's questions 1-4 as the signaller answered them. Question 5 (does help lead to lasting safety)
 * can only be answered later: it becomes the signal's follow-up date.
 */
/** Question 1's answers: doubt is an answer of its own, never recorded as a yes. */
export const SUSPICION_ANSWERS = ['yes', 'doubt', 'no'] as const;
export type SuspicionAnswer = (typeof SUSPICION_ANSWERS)[number];

export const AfwegingAnswersSchema = z.strictObject({
  /** 1. Is there a suspicion? Yes, in doubt, or no. */
  suspicion: z.enum(SUSPICION_ANSWERS),
  /** 2. Acute or structural unsafety? 'unsure' is allowed: the professional may not know yet. */
  unsafety: z.enum(['acute', 'structural', 'no', 'unsure']).optional(),
  /** 3. Can I offer or organise adequate help (with the wijkteam)? */
  canOrganiseHelp: z.boolean().optional(),
  /** 4. Do those involved accept that help? */
  helpAccepted: z.enum(['yes', 'no', 'unknown']).optional(),
});
export type AfwegingAnswers = z.infer<typeof AfwegingAnswersSchema>;

export const OUTCOMES = ['close-and-record', 'report-veilig-thuis', 'help-via-wijkteam', 'report-and-help'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const URGENCIES = ['acute', 'urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const WEIGHING_REASONS = [
  'no-suspicion',
  'suspicion-doubt',
  'acute-danger',
  'acute-unsafety',
  'structural-unsafety',
  'unsure-about-safety',
  'cannot-organise-help',
  'help-refused',
  'help-acceptance-unknown',
  'disclosure',
] as const;
export type WeighingReason = (typeof WEIGHING_REASONS)[number];

export interface Weighing {
  readonly outcome: Outcome;
  readonly urgency: Urgency;
  /** The meldnorm applies: reporting to Veilig Thuis is the norm. */
  readonly meldnorm: boolean;
  readonly reasons: readonly WeighingReason[];
}

export interface WeighingContext {
  /** The child told about violence itself. */
  readonly disclosure: boolean;
  /** Direct danger was named at the start or during the conversation. */
  readonly acuteDanger: boolean;
}

/** Which afweging questions still need an answer, in order; the dialogue asks exactly these. */
export function pendingAfwegingQuestions(answers: Partial<AfwegingAnswers>): Array<keyof AfwegingAnswers> {
  if (answers.suspicion === undefined) return ['suspicion'];
  if (answers.suspicion === 'no') return [];
  if (answers.unsafety === undefined) return ['unsafety'];
  // With acute or structural unsafety the rest is answered together with Veilig Thuis.
  if (answers.unsafety === 'acute' || answers.unsafety === 'structural') return [];
  if (answers.canOrganiseHelp === undefined) return ['canOrganiseHelp'];
  if (!answers.canOrganiseHelp) return [];
  if (answers.helpAccepted === undefined) return ['helpAccepted'];
  return [];
}

/**
 * The afweging's outcome and urgency. The wijkteam signal never replaces a report: where the meldnorm applies the
 * outcome still says whether the wijkteam can help alongside.
 */
export function weigh(answers: AfwegingAnswers, context: WeighingContext): Weighing {
  const reasons: WeighingReason[] = [];
  if (context.disclosure) reasons.push('disclosure');
  if (context.acuteDanger) reasons.push('acute-danger');

  if (answers.suspicion === 'no') {
    // Danger named earlier still makes it acute: the signaller was pointed to 112 and Veilig Thuis.
    return { outcome: 'close-and-record', urgency: context.acuteDanger ? 'acute' : 'normal', meldnorm: false, reasons: ['no-suspicion', ...reasons] };
  }

  // In doubt the weighing goes on as for a suspicion (the Meldcode's advice), and says it was doubt.
  if (answers.suspicion === 'doubt') reasons.push('suspicion-doubt');
  const urgencyFloor: Urgency = context.acuteDanger ? 'acute' : context.disclosure ? 'urgent' : 'normal';
  const at = (u: Urgency): Urgency => (URGENCIES.indexOf(u) < URGENCIES.indexOf(urgencyFloor) ? u : urgencyFloor);

  switch (answers.unsafety) {
    case 'acute':
      return { outcome: 'report-and-help', urgency: 'acute', meldnorm: true, reasons: ['acute-unsafety', ...reasons] };
    case 'structural':
      return { outcome: 'report-and-help', urgency: at('urgent'), meldnorm: true, reasons: ['structural-unsafety', ...reasons] };
    case 'unsure':
      // Doubt about safety plus the child's own words: the sector guides advise reporting.
      if (context.disclosure) {
        return { outcome: 'report-and-help', urgency: at('urgent'), meldnorm: true, reasons: ['unsure-about-safety', ...reasons] };
      }
      reasons.unshift('unsure-about-safety');
      break;
    default:
      break;
  }

  if (answers.canOrganiseHelp === false) {
    return { outcome: 'report-veilig-thuis', urgency: at('urgent'), meldnorm: true, reasons: ['cannot-organise-help', ...reasons] };
  }
  if (answers.helpAccepted === 'no') {
    return { outcome: 'report-veilig-thuis', urgency: at('urgent'), meldnorm: true, reasons: ['help-refused', ...reasons] };
  }
  if (answers.helpAccepted === 'unknown') reasons.unshift('help-acceptance-unknown');
  const doubt = answers.unsafety === 'unsure' || answers.helpAccepted === 'unknown';
  return { outcome: 'help-via-wijkteam', urgency: at(doubt ? 'urgent' : 'normal'), meldnorm: false, reasons };
}

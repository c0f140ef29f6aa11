import { DomainError, SignalSchema, type Signal } from '../../src/domain';
import {
  CLOSE_NOTE_MAX,
  LIFECYCLE_STATUSES,
  LIFECYCLE_VERBS,
  LifecycleEventSchema,
  LifecycleStateSchema,
  TRANSITIONS,
  applyTransition,
  initialLifecycle,
  lifecycleOf,
  transitionFor,
  withLifecycle,
  type Actor,
  type LifecycleCommand,
  type LifecycleState,
  type LifecycleStatus,
  type LifecycleVerb,
  type RefusalReason,
  type TransitionResult,
} from '../../src/domain/signal-lifecycle';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';
import { consultationSignal } from '../fixtures/signal';

const anna: Actor = { aadObjectId: '0b7d4c2a-1e3f-4a5b-8c6d-7e8f9a0b1c2d', name: 'Anna de Vries' };
const bram: Actor = { aadObjectId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', name: 'Bram Jansen' };
const T0 = '2026-11-23T09:00:00.000Z'; // 10:00 in Amsterdam
const T1 = '2026-11-23T09:30:00.000Z';
const T2 = '2026-11-24T13:15:00.000Z';
const NOTE = 'Gesproken met moeder; gezin heeft al hulp via de huisarts.';

function ok(state: LifecycleState, command: LifecycleCommand, actor: Actor, at: string): LifecycleState {
  const result = applyTransition(state, command, actor, at);
  if (!result.ok) throw new Error(`expected ${command.verb} from ${state.status} to succeed: ${result.reason}`);
  return result.state;
}

/** A representative state for each status, all claimed by Anna. */
const claimed = ok(initialLifecycle(), { verb: 'claim' }, anna, T0);
const waiting = ok(claimed, { verb: 'ask', questionId: 'q-1' }, anna, T1);
const closed = ok(waiting, { verb: 'close', outcome: 'other', note: NOTE }, anna, T2);
const transferred = ok(claimed, { verb: 'transfer', toTeamId: 'zuid', reason: 'other-area' }, bram, T1);
const withdrawn = ok(claimed, { verb: 'withdraw', reason: 'sent-by-mistake' }, { aadObjectId: 'signaller-oid', name: 'melder' }, T1);
const stateIn: Record<LifecycleStatus, () => LifecycleState> = {
  new: initialLifecycle,
  claimed: () => structuredClone(claimed),
  'waiting-for-signaller': () => structuredClone(waiting),
  closed: () => structuredClone(closed),
  transferred: () => structuredClone(transferred),
  withdrawn: () => structuredClone(withdrawn),
};

/** A well-formed command for each verb; `answer` matches the question asked in `waiting`. */
const commandFor: Record<LifecycleVerb, LifecycleCommand> = {
  claim: { verb: 'claim' },
  ask: { verb: 'ask', questionId: 'q-2' },
  answer: { verb: 'answer', questionId: 'q-1' },
  close: { verb: 'close', outcome: 'help-started' },
  reopen: { verb: 'reopen' },
  unclaim: { verb: 'unclaim' },
  'take-over': { verb: 'take-over', reason: 'absent' },
  transfer: { verb: 'transfer', toTeamId: 'zuid', reason: 'other-area' },
  receive: { verb: 'receive', fromTeamId: 'noord' },
  withdraw: { verb: 'withdraw', reason: 'sent-by-mistake' },
  acknowledge: { verb: 'acknowledge' },
};

/** The machine from the issue, written out independently of the implementation's table. */
const EXPECTED_MACHINE: Record<LifecycleStatus, Partial<Record<LifecycleVerb, LifecycleStatus>>> = {
  new: { claim: 'claimed', transfer: 'transferred', withdraw: 'withdrawn' },
  claimed: { ask: 'waiting-for-signaller', close: 'closed', unclaim: 'new', 'take-over': 'claimed', transfer: 'transferred', withdraw: 'withdrawn' },
  'waiting-for-signaller': { answer: 'claimed', close: 'closed', 'take-over': 'waiting-for-signaller', transfer: 'transferred', withdraw: 'withdrawn' },
  closed: { reopen: 'claimed' },
  transferred: { receive: 'new' },
  withdrawn: { acknowledge: 'withdrawn' },
};

/** Why each disallowed combination is refused, for the claimer (Anna) and for a colleague (Bram). */
const both = (reason: RefusalReason) => ({ anna: reason, bram: reason });
const EXPECTED_REFUSAL: Record<LifecycleStatus, Partial<Record<LifecycleVerb, { anna: RefusalReason; bram: RefusalReason }>>> = {
  new: {
    ask: both('not-claimed'),
    answer: both('no-question-pending'),
    close: both('not-claimed'),
    reopen: both('not-closed'),
    unclaim: both('not-claimed'),
    'take-over': both('not-claimed'),
    receive: both('not-transferred'),
    acknowledge: both('not-withdrawn'),
  },
  claimed: {
    claim: { anna: 'already-claimed-by-you', bram: 'already-claimed' },
    answer: both('no-question-pending'),
    reopen: both('not-closed'),
    receive: both('not-transferred'),
    acknowledge: both('not-withdrawn'),
  },
  'waiting-for-signaller': {
    claim: { anna: 'already-claimed-by-you', bram: 'already-claimed' },
    ask: both('question-pending'),
    reopen: both('not-closed'),
    unclaim: both('question-pending'),
    receive: both('not-transferred'),
    acknowledge: both('not-withdrawn'),
  },
  closed: {
    claim: both('already-closed'),
    ask: both('already-closed'),
    answer: both('already-closed'),
    close: both('already-closed'),
    unclaim: both('already-closed'),
    'take-over': both('already-closed'),
    transfer: both('already-closed'),
    receive: both('not-transferred'),
    withdraw: both('already-closed'),
    acknowledge: both('not-withdrawn'),
  },
  // The team it left can do nothing more with it.
  transferred: Object.fromEntries(LIFECYCLE_VERBS.filter((v) => v !== 'receive').map((v) => [v, both('transferred')])),
  // Withdrawn by the signaller: intake can only say it saw it.
  withdrawn: Object.fromEntries(LIFECYCLE_VERBS.filter((v) => v !== 'acknowledge').map((v) => [v, both('withdrawn')])),
};

const combinations = LIFECYCLE_STATUSES.flatMap((status) => LIFECYCLE_VERBS.map((verb) => [status, verb] as [LifecycleStatus, LifecycleVerb]));
const allowed = combinations.filter(([status, verb]) => transitionFor(status, verb) !== undefined);
const refused = combinations.filter(([status, verb]) => transitionFor(status, verb) === undefined);

/** The refusal in the intake worker's words, as the card shows it (the texts say it, from the state it was refused in). */
function said(result: TransitionResult, state: LifecycleState): string {
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error).toBeInstanceOf(DomainError);
  return nl.intake.refusal(result, state);
}

/** Internal identifiers must not reach the intake worker; the English text exists and is as calm. */
function expectCalmDutch(result: TransitionResult, state: LifecycleState): void {
  const message = said(result, state);
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(200);
  expect(message).toMatch(/[.]$/);
  expect(message).not.toMatch(/waiting-for-signaller|\bclaim(ed)?\b|\breopen\b|\bundefined\b|!/);
  expect(message).toMatch(/\b(je|dit|het|de|er|is|eerst|alleen)\b/i);
  if (result.ok) return;
  const english = en.intake.refusal(result, state);
  expect(english).toMatch(/[.]$/);
  expect(english).not.toMatch(/\bundefined\b|!/);
}

describe('the transition table', () => {
  it('covers every status and matches the machine in the issue', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...LIFECYCLE_STATUSES].sort());
    const asData = Object.fromEntries(
      LIFECYCLE_STATUSES.map((s) => [s, Object.fromEntries(Object.entries(TRANSITIONS[s]).map(([verb, rule]) => [verb, rule.to]))]),
    );
    expect(asData).toEqual(EXPECTED_MACHINE);
  });

  it('every target is reachable and every status but new can be left', () => {
    const targets = new Set(allowed.map(([s, v]) => transitionFor(s, v)?.to));
    expect([...targets].sort()).toEqual(['claimed', 'closed', 'new', 'transferred', 'waiting-for-signaller', 'withdrawn']);
    for (const status of LIFECYCLE_STATUSES) expect(Object.keys(TRANSITIONS[status]).length).toBeGreaterThan(0);
  });

  it('only ask, close and giving back are for the claimer alone; taking over is for anyone but them', () => {
    const claimerOnly = allowed.filter(([s, v]) => transitionFor(s, v)?.by === 'claimer').map(([s, v]) => `${s}:${v}`);
    expect(claimerOnly.sort()).toEqual(['claimed:ask', 'claimed:close', 'claimed:unclaim', 'waiting-for-signaller:close']);
    const colleagueOnly = allowed.filter(([s, v]) => transitionFor(s, v)?.by === 'colleague').map(([s, v]) => `${s}:${v}`);
    expect(colleagueOnly.sort()).toEqual(['claimed:take-over', 'waiting-for-signaller:take-over']);
  });

  it('enumerates all 66 combinations: 17 allowed, 49 refused, and the refusals are all accounted for', () => {
    expect(combinations).toHaveLength(LIFECYCLE_STATUSES.length * LIFECYCLE_VERBS.length);
    expect(allowed).toHaveLength(17);
    expect(refused).toHaveLength(49);
    const listed = Object.entries(EXPECTED_REFUSAL).flatMap(([s, row]) => Object.keys(row).map((v) => `${s}:${v}`));
    expect(listed.sort()).toEqual(refused.map(([s, v]) => `${s}:${v}`).sort());
  });

  it('the representative states are what the schema accepts', () => {
    for (const status of LIFECYCLE_STATUSES) {
      const state = stateIn[status]();
      expect(state.status).toBe(status);
      expect(LifecycleStateSchema.parse(state)).toEqual(state);
    }
  });
});

describe('applyTransition: allowed combinations', () => {
  it.each(allowed)('%s + %s by the claimer (a colleague to take over): reaches the table target and appends one event', (status, verb) => {
    const before = stateIn[status]();
    const snapshot = structuredClone(before);
    const by = transitionFor(status, verb)?.by === 'colleague' ? bram : anna;
    const result = applyTransition(before, commandFor[verb], by, '2026-12-01T08:00:00.000Z');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.status).toBe(EXPECTED_MACHINE[status][verb]);
    expect(result.state.history).toHaveLength(before.history.length + 1);
    expect(result.state.history.slice(0, -1)).toEqual(snapshot.history);
    const codes = {
      'take-over': { reason: 'absent', previous: anna },
      transfer: { reason: 'other-area', teamId: 'zuid' },
      receive: { teamId: 'noord' },
      withdraw: { reason: 'sent-by-mistake' },
    } as Partial<Record<LifecycleVerb, object>>;
    const expectedEvent = { at: '2026-12-01T08:00:00.000Z', verb, actor: by, from: status, to: EXPECTED_MACHINE[status][verb], ...codes[verb] };
    expect(result.event).toEqual(expectedEvent);
    expect(result.state.history.at(-1)).toEqual(expectedEvent);
    expect(LifecycleStateSchema.safeParse(result.state).success).toBe(true);
    // The input is not mutated.
    expect(before).toEqual(snapshot);
  });

  it.each(allowed.filter(([s, v]) => transitionFor(s, v)?.by === 'anyone'))('%s + %s is open to a colleague too', (status, verb) => {
    const result = applyTransition(stateIn[status](), commandFor[verb], bram, T2);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.event.actor).toEqual(bram);
  });
});

describe('applyTransition: refused combinations', () => {
  const cases = refused.flatMap(([status, verb]) =>
    (['anna', 'bram'] as const).map((who) => [status, verb, who] as [LifecycleStatus, LifecycleVerb, 'anna' | 'bram']),
  );

  it.each(cases)('%s + %s by %s: conflict, a calm Dutch message, state untouched', (status, verb, who) => {
    const before = stateIn[status]();
    const snapshot = structuredClone(before);
    const result = applyTransition(before, commandFor[verb], who === 'anna' ? anna : bram, T2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.reason).toBe(EXPECTED_REFUSAL[status][verb]?.[who]);
    expectCalmDutch(result, before);
    expect(before).toEqual(snapshot);
    expect(result).not.toHaveProperty('state');
  });
});

describe('claimer-only verbs', () => {
  it.each(allowed.filter(([s, v]) => transitionFor(s, v)?.by === 'claimer'))('%s + %s by a colleague: forbidden, naming who has it', (status, verb) => {
    const before = stateIn[status]();
    const snapshot = structuredClone(before);
    const result = applyTransition(before, commandFor[verb], bram, T2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('forbidden');
    expect(result.reason).toBe('not-the-claimer');
    expect(said(result, before)).toContain('Anna de Vries');
    expectCalmDutch(result, before);
    expect(before).toEqual(snapshot);
  });

  it('the claimer is recognised by id, not by display name', () => {
    const renamed = { ...anna, name: 'A. de Vries' };
    const result = applyTransition(stateIn.claimed(), { verb: 'close', outcome: 'no-concerns' }, renamed, T2);
    expect(result.ok).toBe(true);
    const impostor = { ...bram, name: anna.name };
    const refusedResult = applyTransition(stateIn.claimed(), { verb: 'close', outcome: 'no-concerns' }, impostor, T2);
    expect(refusedResult.ok).toBe(false);
    if (!refusedResult.ok) expect(refusedResult.error.code).toBe('forbidden');
  });

  it('the claim keeps the name as it was when claimed', () => {
    const state = ok(stateIn.claimed(), { verb: 'ask', questionId: 'q-9' }, { ...anna, name: 'A. de Vries' }, T2);
    expect(state.claimedBy).toEqual(anna);
    expect(state.claimedAt).toBe(T0);
    expect(state.history.at(-1)?.actor.name).toBe('A. de Vries');
  });
});

describe('two people claiming', () => {
  it('exactly one wins; the second sees who has it and since when', () => {
    const start = initialLifecycle();
    const first = applyTransition(start, { verb: 'claim' }, anna, T0);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = applyTransition(first.state, { verb: 'claim' }, bram, T1);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('conflict');
    expect(second.reason).toBe('already-claimed');
    expect(said(second, first.state)).toBe('Dit signaal is al opgepakt door Anna de Vries (sinds 23-11-2026 om 10:00).');
    expect(first.state.claimedBy).toEqual(anna);
    expect(first.state.history).toHaveLength(1);
  });

  it('claiming again yourself says so', () => {
    const state = stateIn.claimed();
    const again = applyTransition(state, { verb: 'claim' }, anna, T1);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('conflict');
    expect(said(again, state)).toBe('Je hebt dit al opgepakt.');
  });

  it('while waiting for the signaller it is still claimed', () => {
    const state = stateIn['waiting-for-signaller']();
    const result = applyTransition(state, { verb: 'claim' }, bram, T2);
    expect(said(result, state)).toContain('al opgepakt door Anna de Vries');
  });

  it('a closed signal names who closed it and points to reopening', () => {
    const state = stateIn.closed();
    const result = applyTransition(state, { verb: 'claim' }, bram, T2);
    expect(said(result, state)).toBe('Dit signaal is al afgesloten door Anna de Vries (24-11-2026 om 14:15). Heropen het als je er weer mee verder wilt.');
  });
});

describe('asking and answering', () => {
  it('ask stores only the question id; answer clears it and returns to claimed', () => {
    const asked = ok(stateIn.claimed(), { verb: 'ask', questionId: 'q-7' }, anna, T1);
    expect(asked).toMatchObject({ status: 'waiting-for-signaller', pendingQuestionId: 'q-7', claimedBy: anna });
    const answered = ok(asked, { verb: 'answer', questionId: 'q-7' }, bram, T2);
    expect(answered.status).toBe('claimed');
    expect(answered).not.toHaveProperty('pendingQuestionId');
    expect(answered.claimedBy).toEqual(anna);
    expect(answered.history.map((e) => e.verb)).toEqual(['claim', 'ask', 'answer']);
  });

  it('an answer to another question is refused and changes nothing', () => {
    const before = stateIn['waiting-for-signaller']();
    const result = applyTransition(before, { verb: 'answer', questionId: 'q-old' }, anna, T2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.reason).toBe('other-question');
    expectCalmDutch(result, before);
    expect(before).toEqual(stateIn['waiting-for-signaller']());
  });

  it('ask, answer, ask again, answer again', () => {
    let state = stateIn.claimed();
    for (const q of ['q-1', 'q-2']) {
      state = ok(state, { verb: 'ask', questionId: q }, anna, T1);
      state = ok(state, { verb: 'answer', questionId: q }, anna, T1);
    }
    expect(state.status).toBe('claimed');
    expect(state.history.map((e) => `${e.from}>${e.to}`)).toEqual([
      'new>claimed',
      'claimed>waiting-for-signaller',
      'waiting-for-signaller>claimed',
      'claimed>waiting-for-signaller',
      'waiting-for-signaller>claimed',
    ]);
  });
});

describe('closing', () => {
  it.each(['help-started', 'handed-to-veilig-thuis', 'no-concerns'] as const)('%s needs no note', (outcome) => {
    const state = ok(stateIn.claimed(), { verb: 'close', outcome }, anna, T2);
    expect(state).toEqual({
      status: 'closed',
      claimedBy: anna,
      claimedAt: T0,
      closedBy: anna,
      closedAt: T2,
      closeOutcome: outcome,
      history: expect.any(Array),
    });
  });

  it.each<[string, LifecycleCommand]>([
    ['no note', { verb: 'close', outcome: 'other' }],
    ['an empty note', { verb: 'close', outcome: 'other', note: '' }],
    ['a note of spaces', { verb: 'close', outcome: 'other', note: '   \n ' }],
  ])("'other' with %s is invalid", (_, command) => {
    const before = stateIn.claimed();
    const result = applyTransition(before, command, anna, T2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.reason).toBe('note-required');
    expect(said(result, before)).toContain('toelichting');
    expectCalmDutch(result, before);
    expect(before).toEqual(stateIn.claimed());
  });

  it(`a note of ${CLOSE_NOTE_MAX} characters is fine, one more is invalid`, () => {
    expect(applyTransition(stateIn.claimed(), { verb: 'close', outcome: 'other', note: 'x'.repeat(CLOSE_NOTE_MAX) }, anna, T2).ok).toBe(true);
    const state = stateIn.claimed();
    const result = applyTransition(state, { verb: 'close', outcome: 'other', note: 'x'.repeat(CLOSE_NOTE_MAX + 1) }, anna, T2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.reason).toBe('note-too-long');
    expect(said(result, state)).toBe(`De toelichting is te lang: maximaal ${CLOSE_NOTE_MAX} tekens.`);
  });

  it('the note is trimmed and kept in closeNote; a note with another outcome is kept too', () => {
    expect(ok(stateIn.claimed(), { verb: 'close', outcome: 'other', note: `  ${NOTE}  ` }, anna, T2).closeNote).toBe(NOTE);
    expect(ok(stateIn.claimed(), { verb: 'close', outcome: 'no-concerns', note: NOTE }, anna, T2).closeNote).toBe(NOTE);
    expect(ok(stateIn.claimed(), { verb: 'close', outcome: 'no-concerns', note: ' ' }, anna, T2)).not.toHaveProperty('closeNote');
  });

  it('closing while waiting drops the open question', () => {
    const state = ok(stateIn['waiting-for-signaller'](), { verb: 'close', outcome: 'handed-to-veilig-thuis' }, anna, T2);
    expect(state).not.toHaveProperty('pendingQuestionId');
    expect(state.status).toBe('closed');
  });

  it('the history holds no note text, no question id and no outcome: only at, verb, actor, from, to', () => {
    const state = ok(stateIn['waiting-for-signaller'](), { verb: 'close', outcome: 'other', note: NOTE }, anna, T2);
    expect(state.closeNote).toBe(NOTE);
    const history = JSON.stringify(state.history);
    expect(history).not.toContain('moeder');
    expect(history).not.toContain('q-1');
    expect(history).not.toContain('other');
    for (const event of state.history) {
      expect(Object.keys(event).sort()).toEqual(['actor', 'at', 'from', 'to', 'verb']);
      expect(Object.keys(event.actor).sort()).toEqual(['aadObjectId', 'name']);
      expect(LifecycleEventSchema.safeParse(event).success).toBe(true);
    }
  });
});

describe('giving back, taking over, transferring', () => {
  it("giving back returns to new with no one on it; the next claim is anyone's", () => {
    const state = ok(stateIn.claimed(), { verb: 'unclaim' }, anna, T1);
    expect(state).toEqual({ status: 'new', history: [...claimed.history, { at: T1, verb: 'unclaim', actor: anna, from: 'claimed', to: 'new' }] });
    expect(ok(state, { verb: 'claim' }, bram, T2).claimedBy).toEqual(bram);
  });

  it('a colleague who takes over becomes the claimer (and may close), the question stays open, the history names who had it', () => {
    const state = ok(stateIn['waiting-for-signaller'](), { verb: 'take-over', reason: 'absent' }, bram, T2);
    expect(state).toMatchObject({ status: 'waiting-for-signaller', claimedBy: bram, claimedAt: T2, pendingQuestionId: 'q-1' });
    expect(state.history.at(-1)).toMatchObject({ verb: 'take-over', previous: anna, reason: 'absent' });
    expect(ok(state, { verb: 'close', outcome: 'no-concerns' }, bram, T2).status).toBe('closed');
    const byAnna = applyTransition(state, { verb: 'close', outcome: 'no-concerns' }, anna, T2);
    expect(!byAnna.ok && byAnna.reason).toBe('not-the-claimer');
  });

  it('taking over your own signal is refused in words', () => {
    const state = stateIn.claimed();
    const result = applyTransition(state, { verb: 'take-over', reason: 'workload' }, anna, T1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(said(result, state)).toBe('Je hebt dit signaal zelf al; overnemen is niet nodig.');
  });

  it('a transfer ends the lifecycle here and receiving starts it new, one chain, the schema satisfied', () => {
    const received = ok(stateIn.transferred(), { verb: 'receive', fromTeamId: 'noord' }, bram, T1);
    expect(received.status).toBe('new');
    expect(received).not.toHaveProperty('claimedBy');
    expect(received.history.map((e) => e.verb)).toEqual(['claim', 'transfer', 'receive']);
    expect(LifecycleStateSchema.safeParse(received).success).toBe(true);
    expect(stateIn.transferred()).toMatchObject({ claimedBy: anna });
  });
});

describe('withdrawn by the signaller', () => {
  it('keeps who had it; intake acknowledges once, and nothing else is possible', () => {
    const state = stateIn.withdrawn();
    expect(state).toMatchObject({ status: 'withdrawn', claimedBy: anna });
    const seen = ok(state, { verb: 'acknowledge' }, bram, T2);
    expect(seen.status).toBe('withdrawn');
    const again = applyTransition(seen, { verb: 'acknowledge' }, anna, T2);
    expect(!again.ok && again.reason).toBe('already-acknowledged');
    expect(LifecycleStateSchema.safeParse(seen).success).toBe(true);
  });
});

describe('reopening', () => {
  it('goes back to claimed by whoever reopens it, without the close details', () => {
    const state = ok(stateIn.closed(), { verb: 'reopen' }, bram, '2026-12-02T10:00:00.000Z');
    expect(state).toEqual({
      status: 'claimed',
      claimedBy: bram,
      claimedAt: '2026-12-02T10:00:00.000Z',
      history: [...stateIn.closed().history, { at: '2026-12-02T10:00:00.000Z', verb: 'reopen', actor: bram, from: 'closed', to: 'claimed' }],
    });
    // Now Bram works it; Anna may not close it any more.
    const byAnna = applyTransition(state, { verb: 'close', outcome: 'no-concerns' }, anna, T2);
    expect(!byAnna.ok && byAnna.error.code).toBe('forbidden');
    expect(ok(state, { verb: 'close', outcome: 'no-concerns' }, bram, T2).status).toBe('closed');
  });
});

describe('malformed input', () => {
  it.each<[string, unknown, unknown, string]>([
    ['an unknown verb', { verb: 'archive' }, anna, T1],
    ['ask without a question id', { verb: 'ask' }, anna, T1],
    ['ask with an empty question id', { verb: 'ask', questionId: ' ' }, anna, T1],
    ['an unknown outcome', { verb: 'close', outcome: 'done' }, anna, T1],
    ['question text smuggled into the command', { verb: 'ask', questionId: 'q-1', text: 'Hoe heet de moeder?' }, anna, T1],
    ['an actor without id', { verb: 'claim' }, { aadObjectId: '', name: 'Anna' }, T1],
    ['an actor without name', { verb: 'claim' }, { aadObjectId: anna.aadObjectId, name: ' ' }, T1],
    ['a time that is not ISO', { verb: 'claim' }, anna, 'maandag'],
  ])('%s: invalid, state untouched', (_, command, actor, at) => {
    const before = initialLifecycle();
    const result = applyTransition(before, command as LifecycleCommand, actor as Actor, at);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.reason).toBe('malformed-command');
    expectCalmDutch(result, before);
    expect(before).toEqual(initialLifecycle());
  });
});

describe('LifecycleStateSchema', () => {
  it.each<[string, unknown]>([
    ['claimed without who', { status: 'claimed', claimedAt: T0, history: [{ at: T0, verb: 'claim', actor: anna, from: 'new', to: 'claimed' }] }],
    ['new with a claimer', { status: 'new', claimedBy: anna, claimedAt: T0, history: [] }],
    ['claimed with no history', { status: 'claimed', claimedBy: anna, claimedAt: T0, history: [] }],
    ['waiting without a question', { ...waiting, pendingQuestionId: undefined }],
    ['claimed with a pending question', { ...claimed, pendingQuestionId: 'q-1' }],
    ['closed without outcome', { ...closed, closeOutcome: undefined }],
    ["closed 'other' without note", { ...closed, closeNote: undefined }],
    ['a broken history chain', { ...claimed, history: [{ at: T0, verb: 'claim', actor: anna, from: 'closed', to: 'claimed' }] }],
    ['an event that is not in the table', { ...claimed, history: [{ at: T0, verb: 'reopen', actor: anna, from: 'new', to: 'claimed' }] }],
    ['an event with content', { ...claimed, history: [{ at: T0, verb: 'claim', actor: anna, from: 'new', to: 'claimed', note: NOTE }] }],
    ['an unknown status', { status: 'archived', history: [] }],
  ])('rejects %s', (_, state) => {
    expect(LifecycleStateSchema.safeParse(state).success).toBe(false);
  });
});

describe('on a signal', () => {
  const submitted = (): Signal => SignalSchema.parse({ ...consultationSignal(), reference: 'WS-2026-000001' });

  it('a submitted signal (status new, no lifecycle) is valid and at the start', () => {
    const signal = submitted();
    expect(signal.status).toBe('new');
    expect(signal).not.toHaveProperty('lifecycle');
    expect(lifecycleOf(signal)).toEqual(initialLifecycle());
  });

  it('a worked signal round-trips through the schema, with the status stored once', () => {
    let signal = submitted();
    for (const [command, actor] of [
      [{ verb: 'claim' }, anna],
      [{ verb: 'ask', questionId: 'q-1' }, anna],
      [{ verb: 'answer', questionId: 'q-1' }, anna],
      [{ verb: 'close', outcome: 'other', note: NOTE }, anna],
    ] as Array<[LifecycleCommand, Actor]>) {
      signal = withLifecycle(signal, ok(lifecycleOf(signal), command, actor, T2));
      expect(SignalSchema.parse(JSON.parse(JSON.stringify(signal)))).toEqual(signal);
    }
    expect(signal.status).toBe('closed');
    expect(signal.lifecycle).not.toHaveProperty('status');
    expect(lifecycleOf(signal)).toMatchObject({ status: 'closed', closeOutcome: 'other', closeNote: NOTE, closedBy: anna });
  });

  it('rejects a status the lifecycle does not back, and a status inside the lifecycle', () => {
    expect(SignalSchema.safeParse({ ...submitted(), status: 'claimed' }).success).toBe(false);
    const claimedSignal = withLifecycle(submitted(), claimed);
    expect(SignalSchema.safeParse({ ...claimedSignal, status: 'closed' }).success).toBe(false);
    expect(SignalSchema.safeParse({ ...claimedSignal, lifecycle: { ...claimedSignal.lifecycle, status: 'claimed' } }).success).toBe(false);
  });

  it('takes a phase from the roadmap list only', () => {
    expect(SignalSchema.safeParse({ ...submitted(), phase: 'stabiele-veiligheid' }).success).toBe(true);
    expect(SignalSchema.safeParse({ ...submitted(), phase: 'nazorg' }).success).toBe(false);
  });

  it('a consultation still rejects names', () => {
    const signal = withLifecycle(submitted(), claimed);
    expect(SignalSchema.safeParse(signal).success).toBe(true);
    expect(SignalSchema.safeParse({ ...signal, child: { ...signal.child, name: 'X' } }).success).toBe(false);
    expect(
      SignalSchema.safeParse({
        ...signal,
        identity: { childName: 'X', birthYear: 2015, pc6: '1021AB', houseNumber: '1', parentsContact: '06' },
      }).success,
    ).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { createBotLogic } from '../../src/teams/router';
import type { RoutingTable, SignalStore, SignalToSubmit } from '../../src/domain';
import { createMemoryAuditLog } from '../../src/store/memory-audit-log';
import { createMemoryQueueFigures } from '../../src/store/memory-figures';
import { createMemoryChannelLinks, createMemoryDutyRosters } from '../../src/store/memory-channel-links';
import { createMemorySignalStore } from '../../src/store/memory-signal-store';
import { createSignalCodec } from '../../src/store/signal-codec';
import { createValueCipher } from '../../src/store/value-cipher';
import { fakeClock } from './fake-clock';

type Json = Record<string, unknown>;

/** What parseRoutingConfig makes of a file with areas [{ teamId: 'noord', pc4: ['1021-1022'] }] (tests/routing-file.test.ts checks). */
export const TEST_ROUTING: RoutingTable = {
  gemeente: 'Teststad',
  teams: [
    {
      id: 'noord',
      name: 'Wijkteam Noord',
      officeHours: { mon: '08:30-17:00', tue: '08:30-17:00', wed: '08:30-17:00', thu: '08:30-17:00', fri: '08:30-17:00', sat: null, sun: null },
      claimDeadline: { acute: { kind: 'clock', minutes: 60 }, urgent: { kind: 'working-days', days: 1 }, normal: { kind: 'working-days', days: 3 } },
    },
    {
      id: 'intake',
      name: 'Centrale intake',
      officeHours: { mon: '08:30-17:00', tue: '08:30-17:00', wed: '08:30-17:00', thu: '08:30-17:00', fri: '08:30-17:00', sat: null, sun: null },
      claimDeadline: { acute: { kind: 'clock', minutes: 60 }, urgent: { kind: 'working-days', days: 1 }, normal: { kind: 'working-days', days: 3 } },
    },
  ],
  pc4: { '1021': 'noord', '1022': 'noord' },
  pc6: {},
  fallbackTeamId: 'intake',
  holidays: { goodFriday: false, liberationDay: false },
};

export interface Reply {
  readonly text?: string;
  readonly card?: Json;
}

/**
 * A 1:1 conversation with the real bot logic (router, dialogue, state) over botbuilder's TestAdapter, with a memory
 * signal store that records what was submitted. Only the Teams transport is left out.
 */
export function startDialogue(options: { locale?: string; signals?: SignalStore; storage?: MemoryStorage; clock?: ReturnType<typeof fakeClock> } = {}) {
  const clock = options.clock ?? fakeClock();
  const inner = options.signals ?? createMemorySignalStore({ codec: createSignalCodec(createValueCipher({ plaintext: true })) });
  const submitted: SignalToSubmit[] = [];
  const signals: SignalStore = {
    submit: async (signal) => {
      submitted.push(signal);
      return inner.submit(signal);
    },
    receive: (signal, audit) => inner.receive(signal, audit),
    get: (teamId, id) => inner.get(teamId, id),
    findByReference: (teamId, reference) => inner.findByReference(teamId, reference),
    openPage: (teamId, offset, count) => inner.openPage(teamId, offset, count),
    signalsOf: (owners, count) => inner.signalsOf(owners, count),
    purge: (teamId, id, audit) => inner.purge(teamId, id, audit),
    update: (teamId, id, change) => inner.update(teamId, id, change),
  };
  const storage = options.storage ?? new MemoryStorage();
  const logic = createBotLogic({
    clock,
    signals,
    links: createMemoryChannelLinks(),
    duty: createMemoryDutyRosters(),
    audit: createMemoryAuditLog(),
    admins: new Set(),
    figures: createMemoryQueueFigures({}),
    coordinators: new Set(),
    dailySummaryMinute: 8 * 60 + 30,
    routing: TEST_ROUTING,
    followUpWeeks: 6,
    draftTtlMs: 7 * 24 * 60 * 60 * 1000,
  });
  const adapter = new TestAdapter(
    async (context) => {
      const state = new ConversationState(storage);
      await logic(context, state);
      await state.saveChanges(context);
    },
    {
      channelId: 'msteams',
      conversation: { id: 'a:dialogue-test', conversationType: 'personal', tenantId: '7a1e3b52-0c4d-4e8f-9a6b-2d5c8f1e0a93', isGroup: false, name: '' },
      user: { id: '29:test-user', name: 'Test Gebruiker', aadObjectId: '3f6c1d2e-8a4b-4c9d-b1e2-5f7a8c9d0e1f' } as never,
      bot: { id: '28:bot', name: 'wijksignaal' },
      serviceUrl: 'https://smba.example.invalid/emea/',
      locale: options.locale ?? 'nl-NL',
    } as never,
  );
  let transcript: Reply[] = [];
  let lastTurn: Reply[] = [];

  const receive = async (partial: Partial<Activity>): Promise<Reply[]> => {
    await adapter.receiveActivity({ type: 'message', id: randomUUID(), locale: options.locale ?? 'nl-NL', ...partial } as Activity);
    const replies = adapter.activeQueue.splice(0).map((a) => ({
      text: a.text,
      card: a.attachments?.[0]?.content as Json | undefined,
    }));
    transcript = [...transcript, ...replies];
    lastTurn = replies;
    return replies;
  };

  /** The card the bot showed in its latest turn: a check on it never passes on an older card. */
  const lastCard = (): Json => {
    const card = [...lastTurn].reverse().find((r) => r.card)?.card;
    if (!card) throw new Error('the last turn showed no card');
    return card;
  };

  return {
    clock,
    submitted,
    signals: inner,
    storage,
    transcript: () => transcript,
    say: (text: string) => receive({ text }),
    submit: (value: Json) => receive({ value }),
    lastCard,
    /** The question the last card asks (its prompt id), or 'summary'. */
    step: () => promptId(lastCard()),
    /** Presses the button on the last card whose data matches. */
    press: (match: (data: Json) => boolean, extra: Json = {}) => {
      const data = actionsOf(lastCard())
        .map((a) => a.data as Json)
        .find((d) => d && match(d));
      if (!data) throw new Error(`no such button on card ${promptId(lastCard())}`);
      return receive({ value: { ...data, ...extra } });
    },
    texts: () => transcript.map((r) => r.text ?? '').filter(Boolean),
  };
}

export type Dialogue = ReturnType<typeof startDialogue>;

export function promptId(card: Json): string {
  const first = (card.body as Json[] | undefined)?.find((e) => typeof e.id === 'string' && String(e.id).startsWith('prompt-'));
  return String(first?.id ?? '').replace(/^prompt-/, '');
}

export function actionsOf(card: Json): Json[] {
  const nested = JSON.stringify(card.body ?? []).includes('ActionSet')
    ? (card.body as Json[])
        .flatMap((e) => (e.type === 'ColumnSet' ? ((e.columns as Json[]) ?? []).flatMap((c) => (c.items as Json[]) ?? []) : [e]))
        .filter((e) => e.type === 'ActionSet')
        .flatMap((e) => e.actions as Json[])
    : [];
  return [...((card.actions as Json[]) ?? []), ...nested];
}

/**
 * Answers whatever the bot asks from a table of question id → answer until the summary appears (or `until`).
 * Choices press the button with that value; lists tick those values; text is typed. Returns the questions asked.
 */
export interface Walkable {
  step(): string;
  lastCard(): Json;
  press(match: (data: Json) => boolean, extra?: Json): Promise<unknown>;
  say(text: string): Promise<unknown>;
}

export async function walk(d: Walkable, answers: Readonly<Record<string, string | readonly string[]>>, until = 'summary'): Promise<string[]> {
  const asked: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const step = d.step();
    // A question on a card with several fields counts as reached when the card shows it.
    if (step === until || groupFields(d.lastCard()).includes(until)) return asked;
    if (step === 'summary') throw new Error(`reached the summary before ${until}; asked: ${asked.join(', ')}`);
    const answer = answers[step];
    if (answer === undefined) throw new Error(`unexpected question ${step}; asked so far: ${asked.join(', ')}`);
    const fields = groupFields(d.lastCard());
    if (fields.length > 0) {
      // A card with several fields: fill them all from the table, then "Verder".
      // A field the table has no answer for stays empty ("alleen als …" fields); the bot says when one was needed.
      const inputs: Json = {};
      for (const id of fields) {
        const value = answers[id];
        if (value === undefined) continue;
        asked.push(id);
        inputs[`q:${id}`] = Array.isArray(value) ? value.join(',') : value;
      }
      await d.press((data) => data.ws === 'group', inputs);
      const errors = fieldErrors(d.lastCard());
      if (errors.length > 0) throw new Error(`the card of ${step} came back: ${errors.join(', ')}`);
      continue;
    }
    asked.push(step);
    const buttons = actionsOf(d.lastCard()).map((a) => a.data as Json);
    if (Array.isArray(answer)) {
      await d.press((data) => data.ws === 'answer' && data.step === step, ticked(d.lastCard(), answer));
    } else if (buttons.some((b) => b?.ws === 'answer' && b.value !== undefined)) {
      await d.press((data) => data.ws === 'answer' && data.value === answer);
    } else {
      await d.say(answer as string);
    }
  }
  throw new Error('the dialogue did not end');
}

/** The questions a card with several fields asks (its inputs are named q:<question id>), in order. */
export function groupFields(card: Json): string[] {
  return ((card.body as Json[] | undefined) ?? [])
    .map((e) => String(e.id ?? ''))
    .filter((id) => id.startsWith('q:'))
    .map((id) => id.slice(2));
}

/** The fields a card that came back marks as not right. */
export function fieldErrors(card: Json): string[] {
  return ((card.body as Json[] | undefined) ?? [])
    .map((e) => String(e.id ?? ''))
    .filter((id) => id.startsWith('error-'))
    .map((id) => id.slice(6));
}

/** The inputs a person would tick: each value in the choice set that offers it; a value not on the card is an error. */
function ticked(card: Json, values: readonly string[]): Json {
  const sets = ((card.body as Json[] | undefined) ?? []).filter((e) => e.type === 'Input.ChoiceSet');
  const inputs: Record<string, string[]> = {};
  for (const value of values) {
    const set = sets.find((s) => ((s.choices as Json[]) ?? []).some((c) => c.value === value));
    if (!set) throw new Error(`the card offers no "${value}"`);
    const id = String(set.id);
    inputs[id] = [...(inputs[id] ?? []), value];
  }
  return Object.fromEntries(Object.entries(inputs).map(([id, list]) => [id, list.join(',')]));
}

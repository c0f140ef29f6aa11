import { randomUUID } from 'node:crypto';
import type { Activity, Attachment, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { classifyDanger, parsePostcode, routePostcode, type Clock, type DangerClass, type RoutingTable, type SignalStore } from '../src/domain';
import { parseCardAction, type CardAction } from './dialog-buttons';
import { groupCard, pendingCard, questionCard, summaryCard, type CardContext, type GroupRetry } from './dialog-cards';
import { commandOf } from './commands';
import { buildSignal } from './flow/build-signal';
import { DraftSchema, ProfileSchema, text, type Answer, type Draft, type Profile } from './flow/draft';
import { activeAnswers, answerQuestion, changePart, currentQuestion, hasDisclosure, isPart, type AnswerResult, type Notice } from './flow/flow';
import { answerGroup, currentGroup, goBackCard } from './flow/groups';
import { ageBandOf, professionOf, type Question, type TextQuestion } from './flow/questions';
import { identifyingIn, mayIdentify, reviewForAnonymity } from './flow/anonymity';
import { fieldParser, fieldValue, valueFromCard, valueFromText, yesNoOf } from './read-answers';
import { outcomeText, summarySections, whenTeamLooks } from './summary';
import { oncePerActivity } from '../src/toolkit/once-per-activity';
import { formatLongDate } from '../src/texts/dates';
import { languageOf, render, textsFor, type Language, type PromptVars, type Texts } from '../src/texts';

export const SIGNAL_DIALOG_ID = 'signal';

type Held = NonNullable<Draft['held']>;

export interface SignalDialogDeps {
  /** The only way the dialogue reaches storage outside its conversation state. */
  readonly signals: SignalStore;
  readonly clock: Clock;
  readonly routing: RoutingTable;
  readonly followUpWeeks: number;
  /** A draft untouched for this long is gone; the user is told when they come back. */
  readonly draftTtlMs: number;
  readonly draft: StatePropertyAccessor<unknown>;
  readonly profile: StatePropertyAccessor<unknown>;
}

export interface BeginOptions {
  /**
   * 'new' starts (or continues an existing draft), 'resume' continues one, 'stop' asks to discard one; 'danger' and
   * 'worry' are danger typed (clear, possible) or the danger button pressed while no dialogue was under way, e.g.
   * paused: the guidance, and a draft there is kept and marked acute (or asked about).
   */
  readonly intent?: 'new' | 'resume' | 'stop' | 'danger' | 'worry';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The guided signalling conversation. The order of questions, what "terug" and "wijzig" do and which notices are
 * due are pure functions in flow/; this class reads the user's input, keeps the draft in conversation state and
 * says things. Every turn ends by showing the question the user is at, so the chat always says what is expected.
 */
export class SignalDialog extends Dialog<BeginOptions> {
  constructor(private readonly deps: SignalDialogDeps) {
    super(SIGNAL_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: BeginOptions): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const { texts } = session;
    const intent = options?.intent ?? 'new';
    if (intent === 'danger' || intent === 'worry') {
      const danger = intent === 'danger' ? 'clear' : 'possible';
      if (session.draft && session.draft !== 'expired') return this.dangerInText(dc, session, { ...session.draft, pending: undefined }, danger);
      await this.dangerWithoutDraft(dc.context, texts, danger);
      if (session.draft === 'expired') {
        await this.forgetExpiry(dc.context, session);
        await dc.context.sendActivity(texts.dialog.draftExpired);
      }
      return dc.endDialog();
    }
    if (session.draft === 'expired') {
      await this.forgetExpiry(dc.context, session);
      await dc.context.sendActivity(texts.dialog.draftExpired);
      if (intent !== 'new') return dc.endDialog();
    } else if (session.draft) {
      if (intent === 'stop') return this.showCurrent(dc, session, { ...session.draft, pending: 'stop-confirm' });
      await dc.context.sendActivity(intent === 'resume' ? texts.dialog.resumed : texts.dialog.alreadyDraft);
      return this.showCurrent(dc, session, session.draft);
    } else if (intent !== 'new') {
      await dc.context.sendActivity(texts.dialog.noDraft);
      return dc.endDialog();
    }
    const now = this.deps.clock.now();
    const draft: Draft = {
      id: randomUUID(),
      startedAt: now,
      updatedAt: now,
      answers: session.profile.profession ? { 'signaller.remembered': session.profile.profession } : {},
      history: [],
      acute: false,
      told: [],
    };
    await dc.context.sendActivity(texts.dialog.start);
    return this.showCurrent(dc, session, draft);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = await this.session(dc.context);
    const { texts } = session;
    const activity = dc.context.activity;
    const action = parseCardAction(activity.value);
    // The router has stripped the @mention tags already.
    const typed = action ? undefined : (activity.text ?? '').trim();

    if (session.draft === 'expired' || !session.draft) {
      // Safety first, also when there is nothing left to continue.
      await this.dangerWithoutDraft(dc.context, texts, action?.ws === 'danger' ? 'clear' : classifyDanger(typed ?? ''));
      if (session.draft === 'expired') await this.forgetExpiry(dc.context, session);
      await dc.context.sendActivity(session.draft === 'expired' ? texts.dialog.draftExpired : texts.dialog.noDraft);
      return dc.endDialog();
    }
    const draft: Draft = session.draft;

    // Safety first: the danger button of any card leads straight to the guidance; the draft is kept.
    if (action?.ws === 'danger') return this.dangerNow(dc, session, { ...draft, pending: undefined });

    if (activity.value !== undefined && !action) {
      await dc.context.sendActivity(texts.dialog.outdatedCard);
      return this.showCurrent(dc, session, draft);
    }
    if (action && action.draft !== draft.id) return this.answerOutdated(dc, session, draft, action);

    const command = typed === undefined ? undefined : commandOf(typed);
    // "verder" after the danger guidance is the answer to it, not a command.
    if (command === 'resume' && draft.pending === 'after-danger') return this.afterDanger(dc, session, draft);
    if (command === 'help') {
      await dc.context.sendActivity(texts.dialog.help);
      return this.showCurrent(dc, session, draft);
    }
    if (command === 'stop') return this.showCurrent(dc, session, { ...draft, pending: 'stop-confirm' });
    if (command === 'pause') {
      // What was open stays open (shown again on "verder"), except the question whether to stop.
      await this.save(dc.context, draft.pending === 'stop-confirm' ? { ...draft, pending: undefined } : draft);
      await dc.context.sendActivity(texts.dialog.paused(formatLongDate(draft.updatedAt + this.deps.draftTtlMs, session.language)));
      return dc.endDialog();
    }
    if (command === 'back') {
      if (draft.pending) return this.showCurrent(dc, session, draft);
      const previous = goBackCard(draft, this.deps.clock.now());
      if (!previous) await dc.context.sendActivity(texts.dialog.backAtStart);
      return this.showCurrent(dc, session, previous ?? draft);
    }
    if (command === 'start' || command === 'resume') {
      await dc.context.sendActivity(texts.dialog.alreadyBusy);
      return this.showCurrent(dc, session, draft);
    }

    if (draft.pending) return this.answerPending(dc, session, draft, action, typed);

    if (action?.ws === 'change') {
      if (!isPart(action.part) || currentQuestion(draft)) return this.answerOutdated(dc, session, draft, action);
      return this.showCurrent(dc, session, changePart(draft, action.part, this.deps.clock.now()));
    }
    if (action?.ws === 'send') {
      if (currentQuestion(draft)) return this.answerOutdated(dc, session, draft, action);
      return this.submit(dc, session, draft);
    }
    if (action?.ws === 'confirm') return this.answerOutdated(dc, session, draft, action);
    if (action?.ws === 'group') return this.answerGroupCard(dc, session, draft, action);

    const question = currentQuestion(draft);
    if (!question) {
      // At the summary only its buttons mean something; a typed danger still gets the guidance.
      const danger = classifyDanger(typed ?? '');
      if (danger !== 'none') return this.dangerInText(dc, session, draft, danger);
      await dc.context.sendActivity(texts.dialog.chooseOne);
      return this.showCurrent(dc, session, draft);
    }
    if (action?.ws === 'answer' && action.step !== question.id) return this.answerOutdated(dc, session, draft, action);
    if (action?.ws !== 'answer' && question.kind === 'text') return this.answerText(dc, session, draft, question, typed ?? '');

    const value =
      action?.ws === 'answer'
        ? valueFromCard(question, action, draft, texts)
        : question.kind === 'text'
          ? 'outdated'
          : valueFromText(question, typed ?? '', draft, session);
    if (value === 'outdated' && action) return this.answerOutdated(dc, session, draft, action);
    if (value === 'outdated') return this.showCurrent(dc, session, draft);
    if (!value.ok) {
      // Typed at a choice card: danger wording is never "choose one of the buttons". A typed choice that matched an
      // option ("Ja, er is nu gevaar") is an answer and does not come here.
      const danger = classifyDanger(typed ?? '');
      if (danger !== 'none') return this.dangerInText(dc, session, draft, danger);
      const several = (currentGroup(draft)?.questions.length ?? 0) > 1;
      await dc.context.sendActivity(action === undefined && several ? texts.dialog.fillCard : value.hint);
      return this.showCurrent(dc, session, draft);
    }
    return this.applyAnswer(dc, session, draft, question, value.value);
  }

  /**
   * A typed answer to a text question. Nothing is stored until it passed the checks: danger in it gets the guidance
   * first (the text is held and offered back), and in a consultation what may identify someone is shown and asked
   * about. `checked` says which checks the signaller already answered for this very text.
   */
  private async answerText(
    dc: DialogContext,
    session: Session,
    draft: Draft,
    question: TextQuestion,
    typed: string,
    checked: { danger?: boolean; identifying?: boolean } = {},
  ): Promise<DialogTurnResult> {
    const validated = question.validate?.(typed, this.deps.clock.now()) ?? { ok: true as const, value: typed.trim() };
    const danger = checked.danger ? 'none' : classifyDanger(typed);
    if (!validated.ok) {
      if (danger !== 'none') return this.dangerInText(dc, session, draft, danger);
      await dc.context.sendActivity(session.texts.dialog.hints[validated.hint] ?? session.texts.dialog.hints.empty ?? '');
      return this.showCurrent(dc, session, draft);
    }
    const held = { question: question.id, text: validated.value };
    if (danger !== 'none') return this.dangerInText(dc, session, draft, danger, held);
    const active = activeAnswers(draft.answers);
    if (!checked.identifying && mayIdentify(question.id, validated.value, active, draft)) {
      return this.showCurrent(dc, session, { ...draft, held, pending: 'identifying-confirm', updatedAt: this.deps.clock.now() });
    }
    const confirmed = checked.identifying ? identifyingIn(validated.value, draft.notIdentifying?.[question.id]).map((f) => f.text) : [];
    const notIdentifying =
      confirmed.length > 0 ? { ...draft.notIdentifying, [question.id]: [...(draft.notIdentifying?.[question.id] ?? []), ...confirmed] } : undefined;
    return this.applyAnswer(dc, session, { ...draft, ...(notIdentifying && { notIdentifying }) }, question, validated.value);
  }

  /** Stores an answer that passed its checks and says what follows: notices, an end, the next question. */
  private async applyAnswer(dc: DialogContext, session: Session, draft: Draft, question: Question, value: Answer): Promise<DialogTurnResult> {
    // Whatever text was held back is settled by an answer: it is stored as this one, or it was typed anew.
    return this.afterAnswers(dc, session, answerQuestion({ ...draft, held: undefined }, question, value, this.deps.clock.now()));
  }

  private async afterAnswers(dc: DialogContext, session: Session, result: AnswerResult, then?: (draft: Draft) => Promise<DialogTurnResult>) {
    const { texts } = session;
    await this.say(dc.context, result.notices, session);
    if (result.end) {
      await this.deps.draft.delete(dc.context);
      // Closing without a suspicion after the child told something: not without saying that it weighs heavily.
      if (result.end === 'no-suspicion' && hasDisclosure(activeAnswers(result.draft.answers))) {
        await dc.context.sendActivity(texts.notices.disclosureNoSuspicion);
      }
      await dc.context.sendActivity(render(texts.ends[result.end], varsOf(result.draft, session)));
      return dc.endDialog();
    }
    const next = this.askAboutPostcode(reviewForAnonymity(result.draft, activeAnswers(result.draft.answers)));
    return then && !next.pending ? then(next) : this.showCurrent(dc, session, next);
  }

  /**
   * A postcode in no team's area is asked about at once: a typo is caught here, not at the wrong intake. (A routing
   * without areas, one team for the whole gemeente, has nothing to catch.)
   */
  private askAboutPostcode(draft: Draft): Draft {
    const postcode = text(activeAnswers(draft.answers), 'child.postcode');
    const { routing } = this.deps;
    const areas = Object.keys(routing.pc4).length + Object.keys(routing.pc6).length;
    if (draft.pending || postcode === undefined || areas === 0 || draft.told.includes(`postcode:${postcode}`)) return draft;
    const parsed = parsePostcode(postcode);
    if (!parsed.ok || routePostcode(this.deps.routing, parsed.pc4, parsed.pc6).reason !== 'fallback-unknown-postcode') return draft;
    return { ...draft, pending: 'postcode-confirm' };
  }

  /**
   * "Verder" on a card with several fields. Every field is checked first; one that is not right brings the card back
   * with the problem under it and nothing stored. A text with danger in it, or (in a consultation) something that
   * may identify someone, is held back like a typed one, and the card's other fields are stored.
   */
  private async answerGroupCard(dc: DialogContext, session: Session, draft: Draft, action: Extract<CardAction, { ws: 'group' }>) {
    const shown = currentGroup(draft);
    if (!shown || shown.group.id !== action.group) return this.answerOutdated(dc, session, draft, action);
    const raw = Object.fromEntries(shown.group.questions.map((id) => [id, fieldValue(action, id)]));
    const active = activeAnswers(draft.answers);
    const typed = shown.questions.filter((q) => q.kind === 'text' && raw[q.id]?.trim());
    const dangerous = typed.map((q) => ({ q, danger: classifyDanger(raw[q.id] ?? '') })).find((t) => t.danger !== 'none');
    const identifying = typed.find((q) => mayIdentify(q.id, raw[q.id] ?? '', active, draft));
    const held = dangerous?.q ?? identifying;
    const now = this.deps.clock.now();
    const result = answerGroup(draft, shown.group, raw, fieldParser(now), now, new Set(held ? [held.id] : []));
    if (result.errors) return this.showCurrent(dc, session, draft, { errors: result.errors, values: raw });
    return this.afterAnswers(dc, session, result, async (next) => {
      if (!held) return this.showCurrent(dc, session, next);
      const hold = { question: held.id, text: (raw[held.id] ?? '').trim() };
      if (dangerous) return this.dangerInText(dc, session, next, dangerous.danger, hold);
      return this.showCurrent(dc, session, { ...next, held: hold, pending: 'identifying-confirm' });
    });
  }

  /** The answer to a question asked outside the order (see PENDING). */
  private async answerPending(dc: DialogContext, session: Session, draft: Draft, action: CardAction | undefined, typed: string | undefined) {
    const { texts } = session;
    const pressed = action?.ws === 'confirm' && action.about === draft.pending ? action.value : undefined;
    if (action && !pressed) return this.answerOutdated(dc, session, draft, action);
    const value = pressed ?? yesNoOf(typed, texts);
    const danger = value === undefined ? classifyDanger(typed ?? '') : 'none';
    const open = { ...draft, pending: undefined };
    const current = currentQuestion(draft);
    const heldQuestion = draft.held && current?.id === draft.held.question ? current : undefined;
    const retyped = heldQuestion?.kind === 'text' && typed !== undefined && value === undefined && danger === 'none';

    switch (draft.pending) {
      case 'stop-confirm':
        if (value === 'ja') {
          await this.deps.draft.delete(dc.context);
          await dc.context.sendActivity(texts.dialog.stopped);
          return dc.endDialog();
        }
        if (value === 'nee') {
          await dc.context.sendActivity(texts.dialog.stopCancelled);
          return this.showCurrent(dc, session, open);
        }
        break;
      case 'danger-confirm':
        if (value === 'ja') return this.dangerNow(dc, session, open);
        if (value === 'nee') {
          // No danger now: the same text is the answer, not typed again.
          const rest = { ...open, held: undefined };
          return heldQuestion?.kind === 'text' && draft.held
            ? this.answerText(dc, session, rest, heldQuestion, draft.held.text, { danger: true })
            : this.showCurrent(dc, session, rest);
        }
        if (danger === 'clear') return this.dangerNow(dc, session, open);
        break;
      case 'after-danger':
        if (danger !== 'none') return this.dangerNow(dc, session, open);
        return this.afterDanger(dc, session, draft);
      case 'postcode-confirm': {
        const postcode = text(draft.answers, 'child.postcode') ?? '';
        if (value === 'ja') return this.showCurrent(dc, session, { ...open, told: [...draft.told, `postcode:${postcode}`] });
        if (value === 'nee') {
          const { 'child.postcode': _wrong, ...answers } = draft.answers;
          return this.showCurrent(dc, session, { ...open, answers, history: draft.history.filter((id) => id !== 'child.postcode') });
        }
        break;
      }
      case 'use-held':
      case 'identifying-confirm': {
        const rest = { ...open, held: undefined };
        if (!heldQuestion || heldQuestion.kind !== 'text' || !draft.held) return this.showCurrent(dc, session, rest);
        const keep = draft.pending === 'use-held' ? { danger: true } : { danger: true, identifying: true };
        if (value === 'ja') return this.answerText(dc, session, rest, heldQuestion, draft.held.text, keep);
        if (value === 'nee') return this.showCurrent(dc, session, rest);
        // Typed again: that is the answer now, checked like any other.
        if (retyped || danger !== 'none') return this.answerText(dc, session, rest, heldQuestion, typed ?? '');
        break;
      }
    }
    if (danger !== 'none') return this.dangerInText(dc, session, open, danger);
    return this.showCurrent(dc, session, draft);
  }

  /** Going on after the danger guidance: the held text is offered back first. */
  private afterDanger(dc: DialogContext, session: Session, draft: Draft): Promise<DialogTurnResult> {
    return this.showCurrent(dc, session, { ...draft, pending: draft.held ? 'use-held' : undefined });
  }

  private async session(context: TurnContext): Promise<Session> {
    const language = languageOf(context.activity.locale);
    const texts = textsFor(context.activity.locale);
    const profile: Profile = ProfileSchema.catch({}).parse(await this.deps.profile.get(context, {}));
    const stored = DraftSchema.safeParse(await this.deps.draft.get(context));
    // expireDraft (run by the router on every turn) has already removed an expired draft and left this mark.
    const draft = stored.success ? stored.data : profile.draftExpired ? 'expired' : undefined;
    return { language, texts, profile, draft };
  }

  /** The user has been told their draft expired; the mark is not needed any more. */
  private async forgetExpiry(context: TurnContext, session: Session): Promise<void> {
    const { draftExpired: _told, ...profile } = session.profile;
    await this.deps.profile.set(context, profile);
  }

  private async save(context: TurnContext, draft: Draft): Promise<void> {
    await this.deps.draft.set(context, draft);
    const a = activeAnswers(draft.answers);
    const profession = professionOf(a);
    if (profession) {
      const profile = ProfileSchema.catch({}).parse(await this.deps.profile.get(context, {}));
      const organisation = text(a, 'signaller.organisation') ?? profile.organisation;
      const af = text(a, 'signaller.aandachtsfunctionaris');
      const aandachtsfunctionaris = af === 'ja' || af === 'nee' ? af : profile.aandachtsfunctionaris;
      const next = { ...profile, profession, organisation, aandachtsfunctionaris };
      if (JSON.stringify(next) !== JSON.stringify(profile)) await this.deps.profile.set(context, next);
    }
  }

  /** Saves the draft and shows what the user is at: a question asked outside the order, the current card, or the summary. */
  private async showCurrent(dc: DialogContext, session: Session, draft: Draft, retry?: GroupRetry): Promise<DialogTurnResult> {
    await this.save(dc.context, draft);
    const ctx = this.cardContext(session, draft);
    const pending = pendingCard(ctx);
    if (pending) {
      await sendCard(dc.context, pending);
      return Dialog.EndOfTurn;
    }
    const shown = currentGroup(draft);
    const [only] = shown?.questions ?? [];
    if (shown && only && shown.questions.length === 1 && shown.group.id !== 'signaller') {
      const options = only.kind === 'choice' ? only.options(activeAnswers(draft.answers)) : undefined;
      await sendCard(dc.context, questionCard(only, options, ctx));
    } else if (shown) {
      await sendCard(dc.context, groupCard(shown.group.id, shown.questions, ctx, remembered(session.profile), retry));
    } else {
      const sections = summarySections(draft, session.texts, session.language, this.deps.routing, this.followUpDate(session.language));
      await sendCard(dc.context, summaryCard(sections, ctx));
    }
    return Dialog.EndOfTurn;
  }

  /**
   * Danger now (the button, clear wording, "ja" to the question): the guidance at once, the draft kept and marked
   * acute, and nothing more asked until the signaller chooses to go on. A text typed with it is held, not stored.
   */
  private async dangerNow(dc: DialogContext, session: Session, draft: Draft, held = draft.held): Promise<DialogTurnResult> {
    await dc.context.sendActivity(session.texts.dialog.acuteGuidance);
    return this.showCurrent(dc, session, { ...draft, held, acute: true, pending: 'after-danger', updatedAt: this.deps.clock.now() });
  }

  /** Danger in typed words: clear gets the guidance; possible gets the guidance lines and the question, on one card. */
  private dangerInText(dc: DialogContext, session: Session, draft: Draft, danger: DangerClass, held?: Held): Promise<DialogTurnResult> {
    if (danger === 'clear') return this.dangerNow(dc, session, draft, held ?? draft.held);
    return this.showCurrent(dc, session, { ...draft, held: held ?? draft.held, pending: 'danger-confirm', updatedAt: this.deps.clock.now() });
  }

  private async dangerWithoutDraft(context: TurnContext, texts: Texts, danger: DangerClass): Promise<void> {
    if (danger === 'clear') await context.sendActivity(`${texts.dialog.acuteGuidance}\n\n${texts.dialog.acuteOffer}`);
    else if (danger === 'possible') await context.sendActivity(texts.dialog.worryHeard);
  }

  private async answerOutdated(dc: DialogContext, session: Session, draft: Draft, action: CardAction): Promise<DialogTurnResult> {
    const sent = session.profile.lastSubmitted;
    if (action.ws === 'send' && sent && sent.draftId === action.draft) {
      await dc.context.sendActivity(session.texts.dialog.alreadySent(sent.reference));
    } else {
      await dc.context.sendActivity(session.texts.dialog.outdatedCard);
    }
    return this.showCurrent(dc, session, draft);
  }

  private async submit(dc: DialogContext, session: Session, draft: Draft): Promise<DialogTurnResult> {
    const context = dc.context;
    const activity = context.activity;
    const signal = buildSignal(draft, {
      now: this.deps.clock.now(),
      language: session.language,
      routing: this.deps.routing,
      followUpWeeks: this.deps.followUpWeeks,
      aadObjectId: activity.from.aadObjectId,
      signaller: referenceOf(activity),
    });
    // Once per activity, and idempotent on the signal id (derived from the draft) besides: a turn that runs again
    // after a lost compare-and-set, or a second "Versturen", never creates a second signal.
    const { reference } = await oncePerActivity(context.turnState).once('signal-submit', () => this.deps.signals.submit(signal));
    await this.deps.draft.delete(context);
    await this.deps.profile.set(context, { ...session.profile, lastSubmitted: { draftId: draft.id, reference, teamName: signal.routing.teamName } });
    const { texts } = session;
    await context.sendActivity(
      `${texts.summary.sent(reference, signal.routing.teamName)}\n\n${whenTeamLooks(signal, this.deps.routing, this.deps.clock.now(), texts, session.language)}`,
    );
    await context.sendActivity(texts.summary.whatNext(signal.afweging.meldnorm, signal.signaller.willingToBeContacted));
    return dc.endDialog();
  }

  private async say(context: TurnContext, notices: readonly Notice[], session: Session): Promise<void> {
    const { texts } = session;
    for (const notice of notices) {
      switch (notice.kind) {
        case 'suspicion-doubt':
          await context.sendActivity(texts.notices.suspicionDoubt);
          break;
        case 'gp-must-ask-veilig-thuis':
          await context.sendActivity(texts.notices.gpMustAskVeiligThuis);
          break;
        case 'veilig-thuis-advice':
          await context.sendActivity(texts.notices.veiligThuisAdvice);
          break;
        case 'disclosure-weighs':
          await context.sendActivity(texts.notices.disclosureWeighs);
          break;
        case 'consultation-no-names':
          await context.sendActivity(texts.notices.consultationNoNames);
          break;
        case 'consent-missing':
          await context.sendActivity(texts.notices.consentMissing(texts.notices.consentWho[notice.who]));
          break;
        case 'outcome': {
          // Short paragraphs: the outcome under its heading, then what to do, then the follow-up.
          const parts = [`**${texts.outcome.heading}**`, outcomeText(notice.weighing, texts)];
          if (notice.weighing.meldnorm) parts.push(texts.outcome.meldnorm, texts.outcome.stillToWijkteam);
          parts.push(texts.outcome.followUp(this.followUpDate(session.language)));
          await context.sendActivity(parts.join('\n\n'));
          break;
        }
      }
    }
  }

  private cardContext(session: Session, draft: Draft): CardContext {
    const fallbackTeam = this.deps.routing.teams.find((t) => t.id === this.deps.routing.fallbackTeamId)?.name;
    return { texts: session.texts, language: session.language, vars: varsOf(draft, session), draft, fallbackTeam };
  }

  private followUpDate(language: Language): string {
    return formatLongDate(this.deps.clock.now() + this.deps.followUpWeeks * 7 * DAY_MS, language);
  }
}

interface Session {
  readonly language: Language;
  readonly texts: Texts;
  readonly profile: Profile;
  /** The stored draft; 'expired' once untouched longer than the draft TTL. */
  readonly draft: Draft | 'expired' | undefined;
}

function varsOf(draft: Draft, session: { profile: Profile }): PromptVars {
  const a = activeAnswers(draft.answers);
  return {
    profession: professionOf(a),
    remembered: (text(a, 'signaller.remembered') as PromptVars['remembered']) ?? session.profile.profession,
    band: ageBandOf(a),
    disclosure: hasDisclosure(a),
  };
}

/** What the first card offers back from the signaller's last signal, to confirm or change. */
function remembered(profile: Profile): Record<string, string> {
  const values: Record<string, string | undefined> = {
    'signaller.profession': profile.profession,
    'signaller.organisation': profile.organisation,
    'signaller.aandachtsfunctionaris': profile.aandachtsfunctionaris,
  };
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

function referenceOf(activity: Activity) {
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    channelId: activity.channelId,
    tenantId: activity.conversation.tenantId,
    botId: activity.recipient.id,
    userId: activity.from.id,
    // "Versturen" is pressed on the summary card: Teams names that card's message, so it can be redacted later.
    ...(activity.replyToId ? { summaryActivityId: activity.replyToId } : {}),
  };
}

async function sendCard(context: TurnContext, attachment: Attachment): Promise<void> {
  await context.sendActivity({ type: 'message', attachments: [attachment] });
}

/**
 * Drafts expire on their own clock, not only when read: run on every turn, so an untouched draft is removed once
 * its time is up even when the conversation goes on with other things. A mark tells the user on their next visit.
 */
export async function expireDraft(context: TurnContext, deps: Pick<SignalDialogDeps, 'draft' | 'profile' | 'clock' | 'draftTtlMs'>): Promise<void> {
  const stored = DraftSchema.safeParse(await deps.draft.get(context));
  if (!stored.success || stored.data.updatedAt + deps.draftTtlMs > deps.clock.now()) return;
  await deps.draft.delete(context);
  const profile = ProfileSchema.catch({}).parse(await deps.profile.get(context, {}));
  await deps.profile.set(context, { ...profile, draftExpired: true });
}

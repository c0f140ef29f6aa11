import type { CoordinationTexts } from './coordination-types';
import type {
  AgeBand,
  EndReason,
  LifecycleState,
  LifecycleVerb,
  Outcome,
  Profession,
  RefusalReason,
  SuspicionAnswer,
  Urgency,
  CloseOutcome,
  HOUSEHOLD_ROLES,
  IdentifyingKind,
  LifecycleStatus,
  NETWORK_ROLES,
  NOT_TALKED_REASONS,
  Phase,
  WeighingReason,
  TakeOverReason,
  TransferReason,
  WithdrawReason,
  FollowUpAnswer,
} from '../domain';

/** The languages the bot speaks: Dutch first, English for users whose Teams works in English. */
export type Language = 'nl' | 'en';

export type SummaryLabel =
  | 'suspicion'
  | 'profession'
  | 'organisation'
  | 'aandachtsfunctionaris'
  | 'route'
  | 'kindcheck'
  | 'ageBand'
  | 'postcode'
  | 'household'
  | 'checklist'
  | 'observation'
  | 'when'
  | 'source'
  | 'disclosure'
  | 'words'
  | 'colleague'
  | 'veiligThuis'
  | 'talked'
  | 'notTalked'
  | 'outcome'
  | 'urgency'
  | 'followUp'
  | 'mode'
  | 'consentParents'
  | 'consentChild'
  | 'parentsInformed'
  | 'childName'
  | 'birthYear'
  | 'address'
  | 'parentsContact'
  | 'notIdentifying'
  | 'network'
  | 'contact'
  | 'team'
  | 'acute';

export interface PromptVars {
  readonly profession?: Profession;
  readonly remembered?: Profession;
  readonly band?: AgeBand;
  readonly disclosure: boolean;
}

export type Prompt = string | ((vars: PromptVars) => string);

export interface QuestionTexts {
  readonly prompt: Prompt;
  /** Shown under the question, e.g. the length limit or what counts. */
  readonly note?: Prompt;
  readonly options?: Readonly<Record<string, string>>;
}

export interface IntakeTexts {
  /** Answers to presses on a channel card, shown to the intake worker who pressed. */
  readonly cardActions: {
    readonly wrongChannel: string;
    readonly detailsNeedsNewerTeams: string;
    readonly notFound: string;
    readonly outdated: string;
    readonly chooseOutcome: string;
    readonly writeQuestion: string;
  };
  /** What the signaller hears, 1:1, when the wijkteam works their signal. */
  readonly signallerUpdates: {
    readonly claim: (reference: string, team: string) => string;
    readonly close: (reference: string, team: string, outcome: string) => string;
    readonly reopen: (reference: string, team: string) => string;
  };
  /**
   * The wijkteam's question to the signaller, as a card in the 1:1 chat with its own answer field (so an answer is
   * never taken for a step of a dialogue in progress), and the replies to a press of its button.
   */
  readonly signallerQuestions: {
    readonly title: (reference: string) => string;
    readonly intro: (team: string) => string;
    readonly questionLabel: string;
    readonly answerLabel: (max: number) => string;
    readonly answerPlaceholder: string;
    readonly answerRequired: string;
    /** On a consultation: the signal is anonymous, so the answer should be too. */
    readonly noNames: string;
    readonly send: string;
    readonly thanks: (team: string) => string;
    readonly writeAnswer: (max: number) => string;
    readonly alreadyAnswered: string;
    readonly notYours: string;
    readonly notFound: string;
    /** After the safety line, when an answer speaks of danger: the answer is held until the signaller says there is none now. */
    readonly dangerHeld: string;
    readonly sendAnyway: string;
    /** An answer in an anonymous consultation that may identify someone: held, with what was found. */
    readonly identifyingHeld: (found: string) => string;
    readonly sendAsIs: string;
  };

  readonly channel: {
    readonly linked: (team: string) => string;
    readonly unlinked: (team: string) => string;
    readonly notLinked: string;
    readonly which: (team: string) => string;
    readonly notAdmin: string;
    readonly unknownTeam: (typed: string, known: string) => string;
    readonly help: string;
  };
  /** The signal's cards in the wijkteam's intake channel (src/intake/cards/). */
  readonly signalCard: SignalCardTexts;
  /** Intake's daily work around the cards: the worklist, find, transfer, take over, phase, history, on duty. */
  readonly work: IntakeWorkTexts;
  /** Why a press on the card changed nothing, for the intake worker who pressed: from the lifecycle's refusal. */
  readonly refusal: (refusal: { readonly reason: RefusalReason; readonly verb: LifecycleVerb }, state: LifecycleState) => string;
}

/** The words of intake's daily work (src/intake/): typed commands in the channel and the forms behind the card. */
export interface IntakeWorkTexts {
  readonly worklist: {
    readonly title: (team: string, total: number) => string;
    readonly empty: (team: string) => string;
    /** Which rows this page shows, e.g. "1-20 van 57, oudste eerst". */
    readonly page: (from: number, to: number, total: number) => string;
    readonly overdue: string;
    readonly nobody: string;
    readonly next: string;
    readonly previous: string;
    readonly notLinked: string;
  };
  readonly find: {
    readonly usage: string;
    readonly notFound: (reference: string) => string;
    /** The signal is in another team's queue: said without any detail. */
    readonly otherTeam: (reference: string) => string;
  };
  /** A short line for the card and the worklist once the deadline has passed unclaimed. */
  readonly overdueMark: string;
  /** In the card's thread, past the deadline and unclaimed, once per escalation interval. */
  readonly escalation: (reference: string, late: string) => string;
  readonly transfer: {
    readonly button: string;
    readonly title: (reference: string) => string;
    readonly intro: string;
    readonly teamLabel: string;
    readonly reasonLabel: string;
    readonly reasons: Readonly<Record<TransferReason, string>>;
    readonly noteLabel: (max: number) => string;
    readonly notePlaceholder: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly chooseTeam: string;
    readonly chooseReason: string;
    readonly sameTeam: string;
    readonly noOtherTeam: string;
    /** The status on the old card, which then has no actions. */
    readonly status: (team: string, when: string) => string;
    /** What the signaller hears, in their language. */
    readonly toSignaller: (reference: string, from: string, to: string) => string;
    /** Details refused to the team the signal left. */
    readonly detailsGone: (team: string) => string;
  };
  readonly unclaim: { readonly button: string };
  readonly takeOver: {
    readonly button: string;
    readonly title: (reference: string, who: string) => string;
    readonly reasonLabel: string;
    readonly reasons: Readonly<Record<TakeOverReason, string>>;
    readonly confirm: string;
    readonly cancel: string;
    readonly chooseReason: string;
    /** In the thread, after an @mention of the worker who had it. */
    readonly notice: (reference: string, who: string, reason: string) => string;
  };
  readonly phase: {
    readonly button: string;
    readonly title: (reference: string) => string;
    readonly label: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly choose: string;
    readonly fact: string;
  };
  readonly history: {
    readonly section: string;
    readonly verbs: Readonly<Record<LifecycleVerb, string>>;
    /** One line: what, by whom, when, and a code's words (a reason, a team). */
    readonly line: (what: string, who: string, when: string, extra: string) => string;
    readonly transferSection: string;
    readonly transferLine: (from: string, to: string, reason: string) => string;
    readonly transferNote: string;
  };
  readonly copy: {
    readonly button: string;
    readonly title: (reference: string) => string;
    readonly intro: string;
    readonly label: string;
  };
  readonly duty: {
    readonly show: (team: string, names: string) => string;
    readonly none: (team: string) => string;
    readonly set: (team: string, names: string) => string;
    readonly cleared: (team: string) => string;
    readonly usage: string;
  };
  /** A channel linked for signals must be private: refusals and the warning for a standard channel. */
  readonly privacy: {
    readonly sharedRefused: string;
    readonly standardWarning: (team: string, confirm: string) => string;
    readonly unknownTypeWarning: (team: string, confirm: string) => string;
  };
  /** In the signaller's confirmation: when the team will look at it, and out of hours for acute, where to go now. */
  readonly whenLooked: {
    readonly now: (team: string, deadline: string) => string;
    readonly later: (team: string, opening: string, deadline: string) => string;
    readonly acuteOutOfHours: string;
  };
  /** The channel's "help": how to work a card and the typed commands. */
  readonly help: string;
  /** What intake sees of the signaller's later changes: never the content on the card or in the thread. */
  readonly fromSignaller: {
    readonly withdrawnStatus: (when: string, reason: string) => string;
    readonly acknowledgedStatus: (when: string, reason: string, who: string) => string;
    readonly acknowledge: string;
    readonly withdrawNotice: (reference: string) => string;
    readonly additionNotice: string;
    readonly additionsSection: string;
    readonly addition: (when: string) => string;
    readonly withdrawalSection: string;
    readonly withdrawalNote: string;
    /** In the thread when the follow-up's answer is "no" or "don't know": that it is, never the note. */
    readonly followUpNotice: (reference: string) => string;
    readonly followUpSection: string;
    readonly followUpAsked: (when: string) => string;
    readonly followUpAnswered: (when: string, answer: string) => string;
    readonly followUpUndeliverable: (when: string) => string;
    readonly followUpNote: string;
  };
  /** Retention and erasure: the card that replaces a purged signal's card, and the admin's "wis" command. */
  readonly retention: {
    readonly removed: (reference: string) => string;
    readonly erased: (reference: string) => string;
    readonly eraseUsage: string;
    readonly eraseNotAdmin: string;
    readonly eraseNotFound: (reference: string) => string;
    readonly eraseScheduled: (reference: string) => string;
  };
}

/** The signaller's own view after sending (src/signaller/): "mijn signalen" and what they can do there. */
export interface SignallerTexts {
  readonly list: {
    readonly title: string;
    readonly intro: string;
    readonly empty: string;
    readonly sent: (date: string, team: string) => string;
    readonly status: (status: string, since: string) => string;
    readonly phase: (phase: string) => string;
    readonly more: string;
    /** After the list, when a draft waits in this chat. */
    readonly draftWaits: string;
  };
  readonly statusNames: Readonly<Record<LifecycleStatus, string>>;
  readonly buttons: { readonly addInfo: string; readonly withdraw: string; readonly record: string };
  readonly addInfo: {
    readonly title: (reference: string) => string;
    readonly intro: (team: string) => string;
    readonly label: (max: number) => string;
    readonly placeholder: string;
    readonly required: string;
    readonly noNames: string;
    readonly send: string;
    readonly thanks: (team: string) => string;
    readonly write: (max: number) => string;
    readonly notOpen: string;
    readonly tooMany: string;
  };
  readonly withdraw: {
    readonly title: (reference: string) => string;
    readonly intro: string;
    readonly reasonLabel: string;
    readonly reasons: Readonly<Record<WithdrawReason, string>>;
    readonly noteLabel: (max: number) => string;
    readonly confirm: string;
    readonly chooseReason: string;
    readonly done: (reference: string, team: string) => string;
    readonly closed: (reference: string) => string;
    readonly already: (reference: string) => string;
  };
  readonly record: {
    readonly title: (reference: string) => string;
    readonly intro: string;
    readonly label: string;
    readonly lines: {
      readonly reference: string;
      readonly sent: string;
      readonly team: string;
      readonly profession: string;
      readonly ageBand: string;
      readonly route: string;
      readonly steps: string;
      readonly colleague: string;
      readonly veiligThuis: string;
      readonly talked: string;
      readonly afweging: string;
      readonly outcome: string;
      readonly urgency: string;
      readonly mode: string;
      readonly followUp: string;
      readonly wijkteam: string;
      readonly yes: string;
      readonly no: string;
    };
  };
  /** What replaces the summary of a purged signal in the signaller's chat. */
  readonly redactedSummary: (reference: string) => string;
  /** Afweging question 5 on the follow-up date, in the signaller's chat. */
  readonly followUp: {
    readonly title: (reference: string) => string;
    readonly intro: (sent: string, team: string) => string;
    readonly question: string;
    readonly answers: Readonly<Record<FollowUpAnswer, string>>;
    readonly noteLabel: (max: number) => string;
    readonly send: string;
    readonly chooseAnswer: string;
    readonly thanks: string;
    /** After "no" or "don't know": the advice to report to Veilig Thuis. */
    readonly advice: (team: string) => string;
    readonly already: string;
  };
  readonly notYours: string;
  readonly notFound: string;
}

export interface Texts {
  readonly safetyLine: string;
  readonly welcome: readonly string[];
  readonly helpHint: string;
  readonly startHint: string;
  readonly teamWelcome: string;
  readonly notUnderstood: string;
  /** The state store could not be reached: the message was not kept (the guidance for danger comes first). */
  readonly storeDown: string;
  readonly tenantRefused: string;

  readonly dialog: {
    readonly start: string;
    readonly resumed: string;
    readonly alreadyDraft: string;
    readonly noDraft: string;
    readonly draftExpired: string;
    readonly paused: (until: string) => string;
    readonly help: string;
    readonly stopConfirm: string;
    readonly stopped: string;
    readonly stopCancelled: string;
    readonly backAtStart: string;
    readonly outdatedCard: string;
    readonly cardNotActive: string;
    readonly resumeHint: string;
    readonly alreadyBusy: string;
    readonly worryHeard: string;
    readonly useOneOnOne: string;
    readonly alreadySent: (reference: string) => string;
    readonly dangerButton: string;
    readonly dangerConfirm: string;
    readonly acuteGuidance: string;
    readonly acuteOffer: string;
    /** A postcode in no team's area, asked about at once (a typo is caught here). */
    readonly postcodeUnknown: (pc4: string, fallbackTeam: string) => string;
    readonly postcodeRight: string;
    readonly postcodeCorrect: string;
    /** At the top of the first card: the red button is the answer to "is there danger now?". */
    readonly safetyFirst: string;
    /** On a card with several fields: when a field counts, if an answer on the same card decides that. */
    readonly onlyWhen: Readonly<Record<string, string>>;
    /** The placeholder of a text field on a card: its limit. */
    readonly maxChars: (max: number) => string;
    /** The button that sends a card with several fields. */
    readonly next: string;
    /** Typed in the chat while a card with several fields is open. */
    readonly fillCard: string;
    /** Beside "is there danger now?" on one card: what to do if there is. */
    readonly guidanceLines: string;
    /** After the guidance for danger now: the draft waits until the signaller chooses to go on. */
    readonly afterDanger: string;
    readonly continueButton: string;
    /** A text typed at a question and held back (danger named in it), offered back as the answer. */
    readonly useHeld: (question: string, typed: string) => string;
    readonly useHeldYes: string;
    readonly useHeldNo: string;
    /** In an anonymous consultation: what was found that may identify someone, and what to do. */
    readonly identifyingFound: (found: string) => string;
    /** The same after a hand-over became a consultation, about an answer given earlier. */
    readonly identifyingReview: (question: string, typed: string, found: string) => string;
    readonly identifyingKinds: Readonly<Record<IdentifyingKind, string>>;
    readonly keepAsIs: string;
    readonly yes: string;
    readonly no: string;
    readonly done: string;
    readonly noneOfThese: string;
    readonly chooseOne: string;
    readonly chooseAtLeastOne: string;
    readonly typeAnswer: (max: number) => string;
    readonly hints: Readonly<Record<string, string>>;
    readonly groups: Readonly<Record<string, string>>;
  };
  readonly q: Readonly<Record<string, QuestionTexts>>;
  readonly notices: {
    readonly suspicionDoubt: string;
    readonly gpMustAskVeiligThuis: string;
    readonly veiligThuisAdvice: string;
    readonly disclosureWeighs: string;
    readonly disclosureNoSuspicion: string;
    readonly consentMissing: (who: string) => string;
    readonly consentWho: { readonly parents: string; readonly child: string; readonly both: string; readonly youngPerson: string };
    readonly consultationNoNames: string;
  };
  readonly outcome: Readonly<Record<Outcome, string>> & {
    /** report-and-help when the signaller did not know about safety and the child disclosed: no claim of unsafety. */
    readonly reportAndHelpUnsure: string;
    /** Said above the outcome when it is given in the chat (the summary has its own label). */
    readonly heading: string;
    readonly meldnorm: string;
    readonly stillToWijkteam: string;
    readonly followUp: (date: string) => string;
  };
  readonly urgency: Readonly<Record<Urgency, string>>;
  readonly ends: Readonly<Record<EndReason, Prompt>>;
  readonly summary: {
    readonly title: string;
    readonly intro: string;
    readonly send: string;
    readonly change: string;
    readonly stop: string;
    readonly sections: Readonly<Record<string, string>>;
    readonly labels: Readonly<Record<SummaryLabel, string>>;
    readonly none: string;
    readonly sent: (reference: string, team: string) => string;
    readonly whatNext: (meldnorm: boolean, contact: boolean) => string;
    readonly modes: { readonly consultation: string; readonly handover: string };
    /** In a consultation: what the signaller kept after the identifying-details check said it may identify someone. */
    readonly keptDespiteCheck: (found: string) => string;
  };
  /** Everything the intake side says: channel cards, card presses, linking, and what the signaller hears of it. */
  readonly intake: IntakeTexts;
  /** The signaller's own signals after sending. */
  readonly mine: SignallerTexts;
  /** Queue figures for coordinators (and intake's own queue). */
  readonly coordination: CoordinationTexts;
}

type SignalDetailsLabel =
  | 'question'
  | 'answer'
  | 'noAnswerYet'
  | 'profession'
  | 'organisation'
  | 'aandachtsfunctionaris'
  | 'contact'
  | 'route'
  | 'kindcheck'
  | 'ageBand'
  | 'sixteenOrOlder'
  | 'postcode'
  | 'household'
  | 'checklist'
  | 'observation'
  | 'when'
  | 'source'
  | 'disclosure'
  | 'words'
  | 'colleague'
  | 'veiligThuis'
  | 'talked'
  | 'notTalked'
  | 'outcome'
  | 'urgency'
  | 'acute'
  | 'meldnorm'
  | 'reasons'
  | 'suspicion'
  | 'unsafety'
  | 'canOrganiseHelp'
  | 'helpAccepted'
  | 'followUp'
  | 'mode'
  | 'consentParents'
  | 'consentChild'
  | 'parentsInformed'
  | 'handoverRefused'
  | 'childName'
  | 'birthYear'
  | 'address'
  | 'parentsContact'
  | 'network'
  | 'team'
  | 'status'
  | 'phase'
  | 'closeOutcome'
  | 'closeNote';

/**
 * The channel card shows only reference, urgency, age band, PC4, deadline, afweging, form/consent and status; the
 * details card (for whoever presses "Details") shows the whole signal. Dates are formatted by the card code.
 */
export interface SignalCardTexts {
  /** Which checklist labels (checklistItem(code)[language]) and which date locale the cards use. */
  readonly language: 'nl' | 'en';
  readonly title: (reference: string, urgency: string) => string;
  /** The marker on an acute signal's card, e.g. "ACUUT". */
  readonly acuteMarker: string;
  readonly facts: {
    readonly urgency: string;
    readonly ageBand: string;
    readonly postcode: string;
    readonly deadline: string;
    readonly afweging: string;
    readonly mode: string;
    readonly status: string;
  };
  readonly ageBands: Readonly<Record<AgeBand, string>>;
  /** A postcode the routing file has in no team's area: the signal went to the fallback intake. */
  readonly postcodeOutsideAreas: (pc4: string) => string;
  /** Short afweging outcome, e.g. "melding Veilig Thuis geadviseerd". */
  readonly afweging: Readonly<Record<Outcome, string>>;
  /** After the outcome on the channel card when question 1 was answered in doubt. */
  readonly afwegingInDoubt: (outcome: string) => string;
  readonly modes: { readonly consultation: string; readonly consultationAfterRefusal: string; readonly handover: string };
  readonly status: {
    readonly new: string;
    readonly claimed: (who: string, when: string) => string;
    readonly waiting: (who: string, since: string) => string;
    readonly closed: (who: string, when: string, outcome: string) => string;
  };
  readonly statusNames: Readonly<Record<LifecycleStatus, string>>;
  readonly someone: string;
  readonly closeOutcomes: Readonly<Record<CloseOutcome, string>>;
  readonly actions: {
    readonly details: string;
    readonly claim: string;
    readonly ask: string;
    /** On the disabled button when the signaller does not want to be contacted: says why no question can be sent. */
    readonly noContact: string;
    readonly noContactTooltip: string;
    readonly close: string;
    readonly reopen: string;
    readonly back: string;
  };
  readonly details: {
    readonly title: (reference: string) => string;
    readonly onlyYou: string;
    /** When the card would be too big for Teams with every question on it: how many older ones are not shown. */
    readonly olderQuestionsLeftOut: (count: number) => string;
    readonly sections: {
      readonly signaller: string;
      readonly route: string;
      readonly child: string;
      readonly signals: string;
      readonly steps: string;
      readonly afweging: string;
      readonly consent: string;
      readonly identity: string;
      readonly network: string;
      readonly questions: string;
      readonly handling: string;
    };
    readonly labels: Readonly<Record<SignalDetailsLabel, string>>;
    readonly values: {
      readonly yes: string;
      readonly no: string;
      readonly unknown: string;
      readonly none: string;
      readonly notNeeded: string;
      readonly given: string;
      readonly notGiven: string;
      readonly notAsked: string;
      /** A colleague consulted, derived from the aandachtsfunctionaris question (the colleague question is then not asked). */
      readonly viaAandachtsfunctionaris: string;
    };
    readonly professions: Readonly<Record<Profession, string>>;
    readonly routes: { readonly home: string; readonly kindcheck: string };
    readonly household: Readonly<Record<(typeof HOUSEHOLD_ROLES)[number], string>>;
    readonly network: Readonly<Record<(typeof NETWORK_ROLES)[number], string>>;
    readonly source: { readonly 'first-hand': string; readonly told: string };
    readonly talkedWith: { readonly parents: string; readonly child: string; readonly both: string; readonly 'not-yet': string };
    readonly notTalked: Readonly<Record<(typeof NOT_TALKED_REASONS)[number], string>>;
    readonly suspicion: Readonly<Record<SuspicionAnswer, string>>;
    readonly unsafety: { readonly acute: string; readonly structural: string; readonly no: string; readonly unsure: string };
    readonly helpAccepted: { readonly yes: string; readonly no: string; readonly unknown: string };
    readonly reasons: Readonly<Record<WeighingReason, string>>;
    readonly phases: Readonly<Record<Phase, string>>;
  };
  readonly close: {
    readonly title: (reference: string) => string;
    readonly outcomeLabel: string;
    readonly outcomeRequired: string;
    readonly noteLabel: (max: number) => string;
    readonly notePlaceholder: string;
    readonly confirm: string;
    readonly cancel: string;
  };
  readonly ask: {
    readonly title: (reference: string) => string;
    readonly intro: string;
    readonly questionLabel: (max: number) => string;
    readonly questionPlaceholder: string;
    readonly questionRequired: string;
    readonly send: string;
    readonly cancel: string;
    /** Instead of the form when the signaller does not want to be contacted. */
    readonly noContact: string;
  };
  /** Beside an acute card, after the @mentions of the on-duty intake. */
  readonly acuteMention: (reference: string) => string;
  /** Posted in the thread of an acute signal nobody has claimed yet. */
  readonly reminder: (reference: string) => string;
  /**
   * Posted in the card's thread (after an @mention of the worker who asked) when the signaller answered: only that
   * there is an answer. The channel sees no content; the question and the answer are in Details.
   */
  readonly answerPosted: string;
}

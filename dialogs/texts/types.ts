import type { AgeBand, Outcome, Profession, Urgency } from '../../src/domain';
import type { EndReason } from '../flow/questions';

export type SummaryLabel =
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

export interface Texts {
  readonly safetyLine: string;
  readonly welcome: readonly string[];
  readonly helpHint: string;
  readonly startHint: string;
  readonly teamWelcome: string;
  readonly notUnderstood: string;
  readonly tenantRefused: string;

  readonly channel: {
    readonly linked: (team: string) => string;
    readonly unlinked: (team: string) => string;
    readonly notLinked: string;
    readonly which: (team: string) => string;
    readonly notAdmin: string;
    readonly unknownTeam: (typed: string, known: string) => string;
    readonly help: string;
  };

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
    readonly draftKept: string;
    readonly acuteOffer: string;
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
  readonly outcome: Readonly<Record<Outcome, string>> & { readonly meldnorm: string; readonly stillToWijkteam: string; readonly followUp: (date: string) => string };
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
  };
}

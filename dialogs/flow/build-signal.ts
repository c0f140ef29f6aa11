import {
  DEFAULT_HOLIDAY_RULES,
  SIGNAL_SCHEMA_VERSION,
  checkHandover,
  claimDeadlineFor,
  deriveSignalId,
  parseAddress,
  parsePostcode,
  routePostcode,
  type RoutingTable,
  type SignalToSubmit,
} from '../../src/domain';
import type { Language } from '../../src/texts';
import { list, text, type Draft } from './draft';
import { activeAnswers, hasDisclosure, isAcute, weighingOf } from './flow';
import { afwegingAnswers } from './derive';
import { ageBandOf, childrensBands, consentNeededFor, effectiveMode, isKindcheck, professionOf } from './questions';

export interface SignalContext {
  readonly now: number;
  readonly language: Language;
  readonly routing: RoutingTable;
  readonly followUpWeeks: number;
  readonly signaller: SignalToSubmit['signaller']['reference'];
  readonly aadObjectId?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Turns a finished draft into the signal to submit. The store parses it with the domain schema, so anything the
 * dialogue let through by mistake is refused there, not stored.
 */
export function buildSignal(draft: Draft, ctx: SignalContext): SignalToSubmit {
  const a = activeAnswers(draft.answers);
  const weighing = weighingOf(draft);
  const profession = professionOf(a);
  const band = ageBandOf(a);
  const postcode = parsePostcode(text(a, 'child.postcode') ?? '');
  if (!weighing || !profession || !band || !postcode.ok) throw new Error('draft is not complete');

  const route = routePostcode(ctx.routing, postcode.pc4, postcode.pc6);
  const yes = (id: string) => text(a, id) === 'ja';
  const optionalYes = (id: string) => (text(a, id) === undefined ? undefined : yes(id));
  const needed = consentNeededFor(a);
  const mode = effectiveMode(a) ?? 'consultation';
  const afweging = afwegingAnswers(a);
  const createdAt = new Date(ctx.now).toISOString();
  const acute = isAcute(draft);

  const base = {
    id: deriveSignalId(draft.id),
    schemaVersion: SIGNAL_SCHEMA_VERSION,
    createdAt,
    // Fixed now, in the team's working time, and kept if the signal later moves to another team.
    claimDueAt: claimDeadlineFor({ acute, afweging: { urgency: weighing.urgency }, createdAt }, route.team, ctx.routing.holidays ?? DEFAULT_HOLIDAY_RULES),
    language: ctx.language,
    route: isKindcheck(a) ? ('kindcheck' as const) : ('home' as const),
    acute,
    signaller: {
      aadObjectId: ctx.aadObjectId,
      profession,
      organisation: text(a, 'signaller.organisation') ?? '',
      consultedAandachtsfunctionaris: yes('signaller.aandachtsfunctionaris'),
      willingToBeContacted: yes('network.contact'),
      reference: ctx.signaller,
    },
    child: {
      ageBand: band,
      bands: isKindcheck(a) ? childrensBands(a) : undefined,
      sixteenOrOlder: band === '12-17' ? optionalYes('consent.sixteen') : undefined,
      pc4: postcode.pc4,
      household: list(a, 'child.household') as SignalToSubmit['child']['household'],
    },
    observations: {
      codes: [...list(a, 'signals.checklist')],
      kindcheckReasons: isKindcheck(a) ? [...list(a, 'route.kindcheckReasons')] : undefined,
      text: text(a, 'signals.observation') ?? '',
      when: text(a, 'signals.when') ?? '',
      source: text(a, 'signals.source') === 'verteld' ? ('told' as const) : ('first-hand' as const),
      disclosure: { told: hasDisclosure(a), words: text(a, 'signals.words') },
    },
    steps: {
      colleagueConsulted: yes('signaller.aandachtsfunctionaris') || yes('steps.colleague'),
      veiligThuisAdvice: yes('steps.veiligThuis'),
      talkedWith: talkedWith(text(a, 'steps.talked')),
      notTalkedReason: text(a, 'steps.notTalked') as SignalToSubmit['steps']['notTalkedReason'],
    },
    afweging: {
      answers: { ...afweging, suspicion: afweging.suspicion ?? 'yes' },
      outcome: weighing.outcome,
      urgency: weighing.urgency,
      meldnorm: weighing.meldnorm,
      reasons: [...weighing.reasons],
      followUpDate: new Date(ctx.now + ctx.followUpWeeks * 7 * DAY_MS).toISOString().slice(0, 10),
    },
    consent: {
      needed: { parents: needed.parents, child: needed.child },
      parents: optionalYes('consent.parents'),
      child: optionalYes('consent.child'),
      parentsInformed: yes('consent.parentsInformed'),
      handoverRefused:
        text(a, 'consent.mode') === 'handover' &&
        !checkHandover(needed, { parents: optionalYes('consent.parents'), child: optionalYes('consent.child') }).allowed,
    },
    network: { protectiveRoles: list(a, 'network.roles') as SignalToSubmit['network']['protectiveRoles'] },
    routing: { teamId: route.team.id, teamName: route.team.name, reason: route.reason },
    status: 'new' as const,
  };

  if (mode === 'consultation') return { mode, ...base };
  const address = parseAddress(text(a, 'identity.address') ?? '');
  if (!address.ok) throw new Error('draft is not complete');
  return {
    mode,
    ...base,
    identity: {
      childName: text(a, 'identity.childName') ?? '',
      birthYear: Number(text(a, 'identity.birthYear')),
      pc6: address.pc6,
      houseNumber: address.houseNumber,
      parentsContact: text(a, 'identity.parentsContact') ?? '',
    },
  };
}

function talkedWith(value: string | undefined): SignalToSubmit['steps']['talkedWith'] {
  switch (value) {
    case 'ouders':
      return 'parents';
    case 'kind':
      return 'child';
    case 'beiden':
      return 'both';
    default:
      return 'not-yet';
  }
}

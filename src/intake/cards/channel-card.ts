import {
  DEFAULT_CLAIM_DEADLINE_HOURS,
  claimDeadline,
  effectiveUrgency,
  lifecycleOf,
  type ClaimDeadlineHours,
  type RoutingTable,
  type Signal,
} from '../../domain';
import { cardJson, factSet, textBlock, type CardJson } from '../../toolkit/cards';
import { intakeTexts, type Texts } from '../../texts';
import { formatCardMoment } from '../../texts/dates';
import { button, checkVersion } from './card-button';
import { ageBandsText, modeText, postcodeText, statusText } from './status-text';

/**
 * The shared card everyone in the intake channel sees. Deliberately thin: reference, urgency, age band, PC4, the
 * claim deadline, the afweging's outcome, form/consent and status. Never the observation, the signaller's
 * organisation, the child's words, household or network roles, or a hand-over's identity fields.
 */

/** What the channel card needs of the team: the claim deadline per urgency (see the routing file). */
export interface SignalCardTeam {
  readonly name: string;
  readonly claimDeadlineHours: ClaimDeadlineHours;
}

/** The card version is the number of lifecycle events: every change raises it, so an older card is recognised. */
export const cardVersionOf = (signal: Signal): number => lifecycleOf(signal).history.length;

/** The shared card in the intake channel, as it is now, in the intake language. */
export function channelCardFor(signal: Signal, team: Pick<RoutingTable['teams'][number], 'name' | 'claimDeadlineHours'> | undefined): CardJson {
  return signalCard(
    signal,
    { name: team?.name ?? signal.routing.teamName, claimDeadlineHours: team?.claimDeadlineHours ?? DEFAULT_CLAIM_DEADLINE_HOURS },
    intakeTexts(),
    cardVersionOf(signal),
  );
}

/** The buttons for the signal's status; at most three. */
function channelActions(signal: Signal, texts: Texts, cardVersion: number): CardJson[] {
  const a = texts.intake.signalCard.actions;
  const actions = [button('signal.details', a.details, signal, cardVersion)];
  switch (signal.status) {
    case 'new':
      actions.push(button('signal.claim', a.claim, signal, cardVersion, { style: 'positive' }));
      break;
    case 'claimed':
      actions.push(
        signal.signaller.willingToBeContacted
          ? button('signal.ask', a.ask, signal, cardVersion)
          : // Disabled where the client supports isEnabled (1.5); elsewhere a press answers with the same explanation.
            button('signal.noContact', a.noContact, signal, cardVersion, { isEnabled: false, tooltip: a.noContactTooltip }),
      );
      actions.push(button('signal.close', a.close, signal, cardVersion));
      break;
    case 'waiting-for-signaller':
      actions.push(button('signal.close', a.close, signal, cardVersion));
      break;
    case 'closed':
      actions.push(button('signal.reopen', a.reopen, signal, cardVersion));
      break;
  }
  return actions;
}

/**
 * The card in the intake channel, the same for everyone; post it for a new signal and update it in place after every
 * transition (with a higher `cardVersion`, so presses on an older copy can be told apart).
 */
export function signalCard(signal: Signal, team: SignalCardTeam, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const t = texts.intake.signalCard;
  const urgency = effectiveUrgency(signal);
  const acute = urgency === 'acute';
  const open = signal.status !== 'closed';
  const title = t.title(signal.reference, texts.urgency[urgency]);

  // Acute stands out while it is open: the attention style, and the marker above the title. Urgent gets a warning.
  const style = open && acute ? 'attention' : open && urgency === 'urgent' ? 'warning' : undefined;
  const header: CardJson = {
    type: 'Container',
    ...(style ? { style, bleed: true } : {}),
    items: [
      ...(acute ? [textBlock(t.acuteMarker, { id: 'acute-marker', size: 'Large', weight: 'Bolder', color: 'Attention' })] : []),
      textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder', ...(acute ? { spacing: 'None' } : {}) }),
    ],
  };

  const facts = factSet([
    [t.facts.urgency, texts.urgency[urgency]],
    [t.facts.ageBand, ageBandsText(signal, t)],
    [t.facts.postcode, postcodeText(signal, t)],
    [t.facts.deadline, formatCardMoment(claimDeadline(signal, team.claimDeadlineHours), t.language)],
    [
      t.facts.afweging,
      signal.afweging.answers.suspicion === 'doubt' ? t.afwegingInDoubt(t.afweging[signal.afweging.outcome]) : t.afweging[signal.afweging.outcome],
    ],
    [t.facts.mode, modeText(signal, texts)],
    [t.facts.status, statusText(signal, texts)],
  ]);

  return cardJson([header, { ...facts, id: 'facts' }], channelActions(signal, texts, cardVersion), title);
}

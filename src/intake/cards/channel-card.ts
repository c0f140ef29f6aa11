import { effectiveUrgency, isOpenStatus, lifecycleOf, type Signal } from '../../domain';
import { cardJson, factSet, textBlock, type CardJson } from '../../toolkit/cards';
import { intakeTexts, type Texts } from '../../texts';
import { formatCardMoment } from '../../texts/dates';
import { button, checkVersion } from './card-button';
import { ageBandsText, modeText, postcodeText, statusText } from './status-text';

/**
 * The shared card everyone in the intake channel sees. Deliberately thin: reference, urgency, age band, PC4, the
 * claim deadline, the afweging's outcome, form/consent, phase and status. Never the observation, the signaller's
 * organisation, the child's words, household or network roles, or a hand-over's identity fields.
 */

/** The card version is the number of lifecycle events: every change raises it, so an older card is recognised. */
export const cardVersionOf = (signal: Signal): number => lifecycleOf(signal).history.length;

/** The shared card in the intake channel, as it is now, in the intake language. */
export function channelCardFor(signal: Signal): CardJson {
  return signalCard(signal, intakeTexts(), cardVersionOf(signal));
}

/** Unclaimed past its deadline, as the overdue task decided (so every copy of the card says the same). */
export const isOverdue = (signal: Signal): boolean => signal.status === 'new' && signal.overdueAt !== undefined;

/**
 * The buttons for the signal's status: at most three in view, the rest of the day's work ("Teruggeven", "Overnemen",
 * "Overdragen") in the card's overflow menu, six at most as Teams allows; the phase is set from Details. A
 * transferred copy has none: the signal is the other team's now.
 */
function channelActions(signal: Signal, texts: Texts, cardVersion: number): CardJson[] {
  const a = texts.intake.signalCard.actions;
  const w = texts.intake.work;
  if (signal.status === 'transferred') return [];
  const actions = [button('signal.details', a.details, signal, cardVersion)];
  // Withdrawn by the signaller: nothing left to do but say it was seen.
  if (signal.status === 'withdrawn') {
    const seen = lifecycleOf(signal).history.some((e) => e.verb === 'acknowledge');
    return seen ? actions : [...actions, button('signal.acknowledge', w.fromSignaller.acknowledge, signal, cardVersion, { style: 'positive' })];
  }
  const more = (verb: Parameters<typeof button>[0], title: string) => button(verb, title, signal, cardVersion, { mode: 'secondary' });
  switch (signal.status) {
    case 'new':
      actions.push(button('signal.claim', a.claim, signal, cardVersion, { style: 'positive' }));
      actions.push(more('signal.transfer', w.transfer.button));
      break;
    case 'claimed':
      actions.push(
        signal.signaller.willingToBeContacted
          ? button('signal.ask', a.ask, signal, cardVersion)
          : // Disabled where the client supports isEnabled (1.5); elsewhere a press answers with the same explanation.
            button('signal.noContact', a.noContact, signal, cardVersion, { isEnabled: false, tooltip: a.noContactTooltip }),
      );
      actions.push(button('signal.close', a.close, signal, cardVersion));
      actions.push(more('signal.unclaim', w.unclaim.button), more('signal.takeOver', w.takeOver.button), more('signal.transfer', w.transfer.button));
      break;
    case 'waiting-for-signaller':
      actions.push(button('signal.close', a.close, signal, cardVersion));
      actions.push(more('signal.takeOver', w.takeOver.button), more('signal.transfer', w.transfer.button));
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
export function signalCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const t = texts.intake.signalCard;
  const urgency = effectiveUrgency(signal);
  const acute = urgency === 'acute';
  const open = isOpenStatus(signal.status);
  const overdue = isOverdue(signal);
  const title = t.title(signal.reference, texts.urgency[urgency]);

  // Acute stands out while it is open: the attention style, and the marker above the title. Urgent gets a warning.
  const style = open && acute ? 'attention' : open && urgency === 'urgent' ? 'warning' : undefined;
  const header: CardJson = {
    type: 'Container',
    ...(style ? { style, bleed: true } : {}),
    items: [
      ...(acute ? [textBlock(t.acuteMarker, { id: 'acute-marker', size: 'Large', weight: 'Bolder', color: 'Attention' })] : []),
      ...(overdue ? [textBlock(texts.intake.work.overdueMark, { id: 'overdue-marker', weight: 'Bolder', color: 'Attention' })] : []),
      textBlock(title, { id: 'title', size: 'Medium', weight: 'Bolder', ...(acute || overdue ? { spacing: 'None' } : {}) }),
    ],
  };

  const facts = factSet([
    [t.facts.urgency, texts.urgency[urgency]],
    [t.facts.ageBand, ageBandsText(signal, t)],
    [t.facts.postcode, postcodeText(signal, t)],
    // The claim deadline matters until someone claims it; after that the status says who has it and since when.
    [t.facts.deadline, signal.status === 'new' ? deadlineText(signal, texts) : undefined],
    [
      t.facts.afweging,
      signal.afweging.answers.suspicion === 'doubt' ? t.afwegingInDoubt(t.afweging[signal.afweging.outcome]) : t.afweging[signal.afweging.outcome],
    ],
    [t.facts.mode, modeText(signal, texts)],
    [texts.intake.work.phase.fact, signal.phase ? t.details.phases[signal.phase] : undefined],
    [t.facts.status, statusText(signal, texts)],
  ]);

  return cardJson([header, { ...facts, id: 'facts' }], channelActions(signal, texts, cardVersion), title);
}

/** "do 26 nov 2026 10:00", and once passed unclaimed "… (te laat)". */
export function deadlineText(signal: Signal, texts: Texts): string {
  const when = formatCardMoment(signal.claimDueAt, texts.intake.signalCard.language);
  return isOverdue(signal) ? `${when} (${texts.intake.work.worklist.overdue})` : when;
}

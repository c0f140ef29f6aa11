import { lifecycleOf, type Actor, type Signal } from '../../domain';
import { clean } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { formatCardMoment, formatMoment } from '../../texts/dates';

/** Who and when on the status line: Dutch as the lifecycle's own messages say it ("23-11-2026 om 10:00"). */
export function moment(iso: string | undefined, texts: Texts): string {
  if (iso === undefined) return '';
  return texts.intake.signalCard.language === 'nl' ? formatMoment(iso, 'nl') : formatCardMoment(iso, 'en');
}

/** The status with who and when, e.g. "opgepakt door Eva de Vries, 23-11-2026 om 10:15". */
export function statusText(signal: Signal, texts: Texts): string {
  const t = texts.intake.signalCard;
  const state = lifecycleOf(signal);
  const who = (actor: Actor | undefined) => (actor ? clean(actor.name) : t.someone);
  switch (state.status) {
    case 'new':
      return t.status.new;
    case 'claimed':
      return t.status.claimed(who(state.claimedBy), moment(state.claimedAt, texts));
    case 'waiting-for-signaller': {
      const asked = [...state.history].reverse().find((event) => event.verb === 'ask' && event.to === 'waiting-for-signaller');
      return t.status.waiting(who(asked?.actor ?? state.claimedBy), moment(asked?.at ?? state.claimedAt, texts));
    }
    case 'closed':
      return t.status.closed(who(state.closedBy), moment(state.closedAt, texts), state.closeOutcome ? t.closeOutcomes[state.closeOutcome] : '');
    case 'withdrawn': {
      const f = texts.intake.work.fromSignaller;
      const when = moment(signal.withdrawal?.at, texts);
      const reason = signal.withdrawal ? texts.mine.withdraw.reasons[signal.withdrawal.reason] : '';
      const seen = [...state.history].reverse().find((e) => e.verb === 'acknowledge');
      return seen ? f.acknowledgedStatus(when, reason, clean(seen.actor.name)) : f.withdrawnStatus(when, reason);
    }
    case 'transferred': {
      const last = signal.transfers?.at(-1);
      return texts.intake.work.transfer.status(last ? clean(last.to.teamName) : t.someone, moment(last?.at, texts));
    }
  }
}

export function modeText(signal: Signal, texts: Texts): string {
  const m = texts.intake.signalCard.modes;
  if (signal.mode === 'handover') return m.handover;
  return signal.consent.handoverRefused ? m.consultationAfterRefusal : m.consultation;
}

/** The PC4, and when the routing file had it in no team's area (so the fallback intake got it), that too. */
export function postcodeText(signal: Signal, t: Texts['intake']['signalCard']): string {
  return signal.routing.reason === 'fallback-unknown-postcode' ? t.postcodeOutsideAreas(signal.child.pc4) : signal.child.pc4;
}

/** The age band, or for a kindcheck the band of each child ("4-11, 12-17"): one signal per family. */
export function ageBandsText(signal: Signal, t: Texts['intake']['signalCard']): string {
  return signal.child.bands ? signal.child.bands.join(', ') : t.ageBands[signal.child.ageBand];
}

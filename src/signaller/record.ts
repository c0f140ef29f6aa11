import { effectiveUrgency, lifecycleOf, type Signal } from '../domain';
import type { Texts } from '../texts';
import { formatCardDate, formatMoment } from '../texts/dates';

/**
 * The record for the signaller's own file (leerlingdossier, patiëntdossier): the reference, when and to whom it was
 * sent, the Meldcode steps taken, the afweging and its outcome, and what the wijkteam did and when. Only what the
 * signaller knows already and no other person's data: the team's name, never a worker's, and nothing of the family
 * (their file holds that).
 */
export function recordText(signal: Signal, texts: Texts): string {
  const t = texts.mine.record.lines;
  const d = texts.intake.signalCard.details;
  const lang = texts.intake.signalCard.language;
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  const history = lifecycleOf(signal).history.map((event) => {
    const what = texts.intake.work.history.verbs[event.verb];
    const outcome = event.verb === 'close' && signal.lifecycle?.closeOutcome ? `: ${texts.intake.signalCard.closeOutcomes[signal.lifecycle.closeOutcome]}` : '';
    return `- ${formatMoment(event.at, lang)}: ${what}${outcome}`;
  });
  return [
    `${t.reference}: ${signal.reference}`,
    `${t.sent}: ${formatMoment(signal.createdAt, lang)}`,
    `${t.team}: ${signal.routing.teamName}`,
    `${t.profession}: ${d.professions[signal.signaller.profession]}`,
    `${t.ageBand}: ${signal.child.bands ? signal.child.bands.join(', ') : texts.intake.signalCard.ageBands[signal.child.ageBand]}`,
    `${t.route}: ${d.routes[signal.route]}`,
    '',
    `${t.steps}:`,
    `- ${t.colleague}: ${yesNo(signal.signaller.consultedAandachtsfunctionaris || signal.steps.colleagueConsulted)}`,
    `- ${t.veiligThuis}: ${yesNo(signal.steps.veiligThuisAdvice)}`,
    `- ${t.talked}: ${d.talkedWith[signal.steps.talkedWith]}`,
    '',
    `${t.afweging}:`,
    `- ${t.outcome}: ${texts.intake.signalCard.afweging[signal.afweging.outcome]}`,
    `- ${t.urgency}: ${texts.urgency[effectiveUrgency(signal)]}`,
    `- ${t.mode}: ${signal.mode === 'handover' ? texts.intake.signalCard.modes.handover : texts.intake.signalCard.modes.consultation}`,
    `- ${t.followUp}: ${formatCardDate(signal.afweging.followUpDate, lang)}`,
    '',
    `${t.wijkteam}:`,
    ...(history.length > 0 ? history : [`- ${texts.mine.statusNames[signal.status]}`]),
  ].join('\n');
}

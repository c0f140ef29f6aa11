import { effectiveUrgency, type Signal } from '../../domain';
import { cardJson, textBlock, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';
import { checklistLabel } from '../../texts/checklist';
import { formatCardMoment } from '../../texts/dates';
import { button, checkVersion } from './card-button';
import { historyLines } from './details-card';
import { ageBandsText, modeText, postcodeText, statusText } from './status-text';

/**
 * "Kopieer voor registratie": the signal as plain text for intake's own registration system, in a read-only text
 * field the worker can select and copy. Content, so an invoke answer for the presser only; the caller audits it.
 */
export function registrationCard(signal: Signal, texts: Texts, cardVersion: number): CardJson {
  checkVersion(cardVersion);
  const c = texts.intake.work.copy;
  return cardJson(
    [
      textBlock(c.title(signal.reference), { id: 'title', size: 'Medium', weight: 'Bolder' }),
      textBlock(c.intro, { isSubtle: true, spacing: 'Small' }),
      { type: 'Input.Text', id: 'registration', label: c.label, isMultiline: true, value: registrationText(signal, texts) },
    ],
    [button('signal.cancel', texts.intake.signalCard.actions.back, signal, cardVersion, { associatedInputs: 'none' })],
    c.title(signal.reference),
  );
}

/** Label: value lines, then the typed texts and the history; what Details shows, flat. */
export function registrationText(signal: Signal, texts: Texts): string {
  const t = texts.intake.signalCard;
  const d = t.details;
  const L = d.labels;
  const line = (label: string, value: string | undefined) => (value === undefined || value === '' ? [] : [`${label}: ${value}`]);
  const urgency = effectiveUrgency(signal);
  return [
    `${signal.reference} (${formatCardMoment(signal.createdAt, t.language)})`,
    ...line(L.team, signal.routing.teamName),
    ...line(t.facts.urgency, texts.urgency[urgency]),
    ...line(L.ageBand, ageBandsText(signal, t)),
    ...line(L.postcode, postcodeText(signal, t)),
    ...line(L.outcome, t.afweging[signal.afweging.outcome]),
    ...line(L.mode, modeText(signal, texts)),
    ...line(L.profession, d.professions[signal.signaller.profession]),
    ...line(L.organisation, signal.signaller.organisation),
    ...line(L.checklist, signal.observations.codes.map((code) => checklistLabel(code, t.language) ?? code).join('; ')),
    ...line(L.observation, signal.observations.text),
    ...line(L.when, signal.observations.when),
    ...line(L.words, signal.observations.disclosure.words),
    ...(signal.mode === 'handover'
      ? [
          ...line(L.childName, signal.identity.childName),
          ...line(L.birthYear, String(signal.identity.birthYear)),
          ...line(L.address, `${signal.identity.pc6} ${signal.identity.houseNumber}`),
          ...line(L.parentsContact, signal.identity.parentsContact),
        ]
      : []),
    ...(signal.questions ?? []).flatMap((q) => [...line(L.question, q.text), ...line(L.answer, q.answer?.text ?? L.noAnswerYet)]),
    ...line(L.status, statusText(signal, texts)),
    ...line(L.phase, signal.phase ? d.phases[signal.phase] : undefined),
    ...line(L.closeNote, signal.lifecycle?.closeNote),
    ...(signal.transfers ?? []).flatMap((tr) => line(texts.intake.work.history.transferNote, tr.note)),
    ...(signal.additions ?? []).flatMap((a) => line(texts.intake.work.fromSignaller.addition(formatCardMoment(a.at, t.language)), a.text)),
    ...line(texts.intake.work.fromSignaller.withdrawalNote, signal.withdrawal?.note),
    '',
    `${texts.intake.work.history.section}:`,
    ...historyLines(signal, texts),
  ].join('\n');
}

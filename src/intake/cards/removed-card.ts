import { noticeCard, type CardJson } from '../../toolkit/cards';
import type { Texts } from '../../texts';

/** What replaces a purged signal's card in the channel: its reference and that it was removed, nothing else. */
export function removedCard(reference: string, erased: boolean, texts: Texts): CardJson {
  const t = texts.intake.work.retention;
  return noticeCard(erased ? t.erased(reference) : t.removed(reference));
}

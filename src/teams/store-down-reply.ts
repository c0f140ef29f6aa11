import type { TurnContext } from 'botbuilder';
import { parseCardAction } from '../../dialogs/dialog-buttons';
import { classifyDanger } from '../domain';
import { textsFor } from '../texts';
import { stripMentions } from './strip-mentions';

/**
 * What a person hears when their message could not be kept because the state store is unreachable: that it was not
 * saved, and, when it names danger or is the danger button, the guidance first. Recognising danger needs no store.
 */
export async function replyWhileStoreDown(context: TurnContext): Promise<void> {
  const { activity } = context;
  const texts = textsFor(activity.locale);
  const danger = parseCardAction(activity.value)?.ws === 'danger' ? 'clear' : classifyDanger(stripMentions(activity.text ?? ''));
  await context.sendActivity(danger === 'none' ? texts.storeDown : `${texts.dialog.guidanceLines}\n\n${texts.storeDown}`);
}

import type { AfwegingAnswers, SuspicionAnswer } from '../../src/domain';

/** The dialogue's options for afweging question 1, in domain terms; "Ik twijfel" stays doubt. */
const SUSPICION_BY_OPTION: Readonly<Record<string, SuspicionAnswer>> = { ja: 'yes', twijfel: 'doubt', nee: 'no' };
import { text, type Answers } from './draft';

/** The afweging answers in domain terms, from whatever has been answered so far. */
export function afwegingAnswers(a: Answers): Partial<AfwegingAnswers> {
  const suspicion = text(a, 'afweging.suspicion');
  const unsafety = text(a, 'afweging.unsafety');
  const canOrganiseHelp = text(a, 'afweging.canOrganiseHelp');
  const helpAccepted = text(a, 'afweging.helpAccepted');
  return {
    suspicion: suspicion === undefined ? undefined : SUSPICION_BY_OPTION[suspicion],
    unsafety: unsafety as AfwegingAnswers['unsafety'],
    canOrganiseHelp: canOrganiseHelp === undefined ? undefined : canOrganiseHelp === 'ja',
    helpAccepted: helpAccepted as AfwegingAnswers['helpAccepted'],
  };
}

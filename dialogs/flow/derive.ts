import type { AfwegingAnswers } from '../../src/domain';
import { text, type Answers } from './draft';

/** The afweging answers in domain terms, from whatever has been answered so far. */
export function afwegingAnswers(a: Answers): Partial<AfwegingAnswers> {
  const suspicion = text(a, 'afweging.suspicion');
  const unsafety = text(a, 'afweging.unsafety');
  const canOrganiseHelp = text(a, 'afweging.canOrganiseHelp');
  const helpAccepted = text(a, 'afweging.helpAccepted');
  return {
    suspicion: suspicion === undefined ? undefined : suspicion !== 'nee',
    unsafety: unsafety as AfwegingAnswers['unsafety'],
    canOrganiseHelp: canOrganiseHelp === undefined ? undefined : canOrganiseHelp === 'ja',
    helpAccepted: helpAccepted as AfwegingAnswers['helpAccepted'],
  };
}

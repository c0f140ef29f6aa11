import { checkTypedText, type TypedTextAnswers } from '../../src/domain';

const DANGER = 'Vader staat nu voor de deur en slaat moeder';
const NAMED = 'Daan Vermeulen had vandaag weer blauwe plekken op zijn arm.';
const PLAIN = 'Het kind was vandaag rustig en at zijn lunch op.';

describe('checkTypedText: what a signaller types after sending, checked in the dialogue’s order', () => {
  it.each<[string, string, 'consultation' | 'handover', TypedTextAnswers, string | undefined]>([
    ['an empty text', '', 'consultation', {}, undefined],
    ['a plain sentence', PLAIN, 'consultation', {}, undefined],
    ['danger, in a handover', DANGER, 'handover', {}, 'danger'],
    ['danger, in a consultation', DANGER, 'consultation', {}, 'danger'],
    ['danger the signaller said is not there now', DANGER, 'handover', { noDangerNow: true }, undefined],
    ['a name in an anonymous consultation', NAMED, 'consultation', {}, 'identifying'],
    ['a name in a consultation, said not to identify anyone', NAMED, 'consultation', { notIdentifying: true }, undefined],
    ['a name in a handover (names belong there)', NAMED, 'handover', {}, undefined],
    ['danger and a name: danger first', `${DANGER}. ${NAMED}`, 'consultation', {}, 'danger'],
    ['danger and a name, no danger now: the name next', `${DANGER}. ${NAMED}`, 'consultation', { noDangerNow: true }, 'identifying'],
  ])('%s', (_name, text, mode, answers, expected) => {
    expect(checkTypedText(text, { mode }, answers)?.kind).toBe(expected);
  });

  it('names what it found, so the card can show it', () => {
    const finding = checkTypedText(NAMED, { mode: 'consultation' }, {});
    expect(finding?.kind === 'identifying' && finding.found.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('Daan')]));
  });
});

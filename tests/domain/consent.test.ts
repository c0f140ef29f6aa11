import { checkHandover, consentNeeded, type ConsentGiven, type ConsentNeeded, type HandoverCheck } from '../../src/domain/consent';
import type { AgeBand } from '../../src/domain/signal-checklist';

describe('consentNeeded', () => {
  it.each<[AgeBand, boolean | undefined, ConsentNeeded, string]>([
    ['0-3', undefined, { parents: true, child: false }, 'under 12: the parents'],
    ['0-3', false, { parents: true, child: false }, 'under 12: the parents'],
    ['0-3', true, { parents: true, child: false }, 'the 16+ flag means nothing under 12'],
    ['4-11', undefined, { parents: true, child: false }, 'under 12: the parents'],
    ['4-11', false, { parents: true, child: false }, 'under 12: the parents'],
    ['4-11', true, { parents: true, child: false }, 'the 16+ flag means nothing under 12'],
    ['12-17', false, { parents: true, child: true }, '12-15: parents and child'],
    ['12-17', undefined, { parents: true, child: true }, '12-17 without knowing 16+: parents and child (the safe side)'],
    ['12-17', true, { parents: false, child: true }, '16-17: the young person alone'],
  ])('%s, 16+ %s → %j (%s)', (band, sixteen, expected) => {
    expect(consentNeeded(band, sixteen)).toEqual(expected);
  });
});

describe('checkHandover', () => {
  const parentsOnly: ConsentNeeded = { parents: true, child: false };
  const both: ConsentNeeded = { parents: true, child: true };
  const childOnly: ConsentNeeded = { parents: false, child: true };

  it.each<[string, ConsentNeeded, ConsentGiven, HandoverCheck]>([
    // under 12
    ['<12, parents agree', parentsOnly, { parents: true }, { allowed: true }],
    ['<12, parents agree, child asked too', parentsOnly, { parents: true, child: false }, { allowed: true }],
    ['<12, parents refuse', parentsOnly, { parents: false }, { allowed: false, missing: ['parents'] }],
    ['<12, parents not asked', parentsOnly, {}, { allowed: false, missing: ['parents'] }],
    ['<12, only the child agrees', parentsOnly, { child: true }, { allowed: false, missing: ['parents'] }],
    // 12-15
    ['12-15, both agree', both, { parents: true, child: true }, { allowed: true }],
    ['12-15, child refuses', both, { parents: true, child: false }, { allowed: false, missing: ['child'] }],
    ['12-15, parents refuse', both, { parents: false, child: true }, { allowed: false, missing: ['parents'] }],
    ['12-15, both refuse', both, { parents: false, child: false }, { allowed: false, missing: ['parents', 'child'] }],
    ['12-15, nothing asked', both, {}, { allowed: false, missing: ['parents', 'child'] }],
    ['12-15, only parents asked', both, { parents: true }, { allowed: false, missing: ['child'] }],
    // 16-17
    ['16+, young person agrees', childOnly, { child: true }, { allowed: true }],
    ['16+, young person agrees, parents refuse', childOnly, { parents: false, child: true }, { allowed: true }],
    ['16+, young person refuses, parents agree', childOnly, { parents: true, child: false }, { allowed: false, missing: ['child'] }],
    ['16+, not asked', childOnly, {}, { allowed: false, missing: ['child'] }],
    // nothing needed
    ['no consent needed', { parents: false, child: false }, {}, { allowed: true }],
  ])('%s', (_name, needed, given, expected) => {
    expect(checkHandover(needed, given)).toEqual(expected);
  });

  it.each<[AgeBand, boolean | undefined, ConsentGiven, boolean]>([
    ['0-3', undefined, { parents: true }, true],
    ['4-11', undefined, { child: true }, false],
    ['12-17', false, { parents: true }, false],
    ['12-17', false, { parents: true, child: true }, true],
    ['12-17', undefined, { child: true }, false],
    ['12-17', true, { child: true }, true],
    ['12-17', true, { parents: true }, false],
  ])('end to end: %s, 16+ %s, given %j → allowed %s', (band, sixteen, given, allowed) => {
    expect(checkHandover(consentNeeded(band, sixteen), given).allowed).toBe(allowed);
  });
});

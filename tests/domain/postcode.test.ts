import { parseAddress, parsePostcode, type PostcodeProblem } from '../../src/domain/postcode';

describe('parsePostcode: valid input', () => {
  it.each<[string, string, string | undefined]>([
    ['1234', '1234', undefined],
    ['9999', '9999', undefined],
    ['1000', '1000', undefined],
    ['1234 AB', '1234', '1234AB'],
    ['1234AB', '1234', '1234AB'],
    ['1234ab', '1234', '1234AB'],
    ['1234 aB', '1234', '1234AB'],
    ['  1234   AB  ', '1234', '1234AB'],
    ['\t1234\tab\n', '1234', '1234AB'],
    [' 5611 ', '5611', undefined],
    ['1234 A B', '1234', '1234AB'],
    ['3511 SB', '3511', '3511SB'],
    ['3511 AS', '3511', '3511AS'],
  ])('%j → pc4 %s, pc6 %s', (input, pc4, pc6) => {
    const result = parsePostcode(input);
    expect(result).toEqual(pc6 === undefined ? { ok: true, pc4 } : { ok: true, pc4, pc6 });
    if (result.ok && pc6 === undefined) expect('pc6' in result).toBe(false);
  });
});

describe('parsePostcode: problems', () => {
  it.each<[string, PostcodeProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\t\n', 'empty'],
    ['123', 'too-few-digits'],
    ['1', 'too-few-digits'],
    ['123 AB', 'too-few-digits'],
    ['12345', 'too-many-digits'],
    ['12345 AB', 'too-many-digits'],
    ['01234', 'too-many-digits'],
    ['0123', 'starts-with-zero'],
    ['0123 AB', 'starts-with-zero'],
    ['0000', 'starts-with-zero'],
    ['1234 SA', 'bad-letters'],
    ['1234 SD', 'bad-letters'],
    ['1234 SS', 'bad-letters'],
    ['1234sa', 'bad-letters'],
    ['1234 A', 'bad-letters'],
    ['1234 ABC', 'bad-letters'],
    ['AB 1234', 'not-a-postcode'],
    ['AB', 'not-a-postcode'],
    ['12-34', 'not-a-postcode'],
    ['1234-AB', 'not-a-postcode'],
    ['1234 AB!', 'not-a-postcode'],
    ['1234 A1', 'not-a-postcode'],
    ['1234 ÄB', 'not-a-postcode'],
    ['Amsterdam', 'not-a-postcode'],
    ['1234 AB 12', 'not-a-postcode'],
  ])('%j → %s', (input, problem) => {
    expect(parsePostcode(input)).toEqual({ ok: false, problem });
  });
});

describe('parseAddress', () => {
  it.each<[string, string, string]>([
    ['1234 AB 12', '1234AB', '12'],
    ['1234AB 12', '1234AB', '12'],
    ['1234ab 12', '1234AB', '12'],
    ['1234AB 12a', '1234AB', '12a'],
    ['1234 AB 12A', '1234AB', '12A'],
    ['1234 AB 12-2', '1234AB', '12-2'],
    ['1234 AB 12 - 2', '1234AB', '12-2'],
    ['1234 AB 12 bis', '1234AB', '12-bis'],
    ['  1234 AB   7  ', '1234AB', '7'],
    ['9999 ZZ 12345', '9999ZZ', '12345'],
  ])('%j → %s nr %s', (input, pc6, houseNumber) => {
    expect(parseAddress(input)).toEqual({ ok: true, pc6, houseNumber });
  });

  it.each<[string, string]>([
    ['1234 AB', 'house number missing'],
    ['1234AB', 'house number missing'],
    ['1234 12', 'PC4 only'],
    ['1234', 'PC4 only, no number'],
    ['', 'empty'],
    ['1234 AB12', 'no space before the number'],
    ['1234 SA 12', 'letters never issued'],
    ['1234 SS 12', 'letters never issued'],
    ['0123 AB 12', 'starts with zero'],
    ['123 AB 12', 'too few digits'],
    ['12345 AB 12', 'too many digits'],
    ['1234 A 12', 'one letter'],
    ['1234 ABC 12', 'three letters'],
    ['1234 AB straat', 'number is a word'],
    ['1234 AB 12 abcde', 'suffix too long'],
    ['1234 AB 12; DROP', 'trailing text'],
    ['Dorpsstraat 12, 1234 AB', 'street first'],
  ])('%j is rejected (%s)', (input) => {
    expect(parseAddress(input)).toEqual({ ok: false });
  });
});

describe('parseAddress keeps the addition apart', () => {
  // "12 2" is number 12, second floor: joining the digits would name a different house (122).
  it.each<[string, string]>([
    ['1234 AB 12 2', '122'],
    ['1234 AB 1 23', '123'],
  ])('%j must not become house number %s', (input, wrong) => {
    expect(parseAddress(input)).not.toMatchObject({ ok: true, houseNumber: wrong });
  });
});

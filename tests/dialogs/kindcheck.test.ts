import { GP, without, type Answers } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { WORKER_ANNA, cardOf, postedCards, pressCard, startIntakeApp, teacherSends, until } from '../helpers/intake';
import type { TestApp } from '../helpers/test-app';

/**
 * A GP's kindcheck over HTTP: about the parent (the V list) and the children at home, one signal per family with the
 * age band of each child. A GP who did not see the children is not asked about signals at a child or what it told:
 * the walk fails on any question its table has no answer for, so leaving those out of the table is the check.
 */
const TWO_CHILDREN_NOT_SEEN: Answers = {
  ...without(GP, 'signals.checklist', 'signals.disclosure', 'signals.words', 'child.ageBand', 'postcode-confirm'),
  'child.postcode': '1021',
  'kindcheck.ages': '8 en 14',
  'kindcheck.seen': 'nee',
  'signals.observation': 'Patiënt drinkt dagelijks sinds het ontslag; de kinderen zijn vaak alleen thuis. (verzonnen)',
};

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  ({ app } = await startIntakeApp(capture));
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

describe('a GP’s kindcheck with two children at home (HTTP)', () => {
  it('records each child’s age band, asks nothing about signals at a child not seen, and shows the bands on the intake card', async () => {
    await teacherSends(app, capture, TWO_CHILDREN_NOT_SEEN);
    await until(async () => (await app.jobs.runOnce(), postedCards(capture).length === 1));
    const card = cardOf(postedCards(capture)[0]);
    const signalId = String(((card.actions as Array<{ data: { signalId: string } }>)[0]?.data ?? {}).signalId);
    const stored = await app.signals.get('noord', signalId);
    expect(stored?.route).toBe('kindcheck');
    expect(stored?.child).toMatchObject({ ageBand: '12-17', bands: ['4-11', '12-17'] });
    expect(stored?.observations.codes).toEqual([]);
    expect(stored?.observations.kindcheckReasons).toEqual(['V.01', 'V.05']);
    expect(JSON.stringify(card)).toContain('"4-11, 12-17"');
    const details = await pressCard(app, capture, card, /Details/, WORKER_ANNA);
    expect(JSON.stringify(details)).toContain('4-11, 12-17');
  });

  it('ages that are no ages bring the card back with the hint under the field', async () => {
    await expect(teacherSends(app, capture, { ...TWO_CHILDREN_NOT_SEEN, 'kindcheck.ages': 'twee kinderen' })).rejects.toThrow(/came back: kindcheck.ages/);
  });
});

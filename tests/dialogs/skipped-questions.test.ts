import { DAYCARE, TEACHER, without, type Answers } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Questions whose answer is already known are not asked (HTTP level, the whole Teams-facing path): the walk fails on
 * any question the table has no answer for, so leaving the known answer out of the table is the check.
 */

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startTestApp();
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

async function askedFor(answers: Answers): Promise<string[]> {
  const d = httpDialogue(capture);
  d.useBot(app.url);
  await d.say('start');
  const asked = await walk(d, answers);
  await d.press((data) => data.ws === 'send');
  expect(d.texts().join('\n')).toMatch(/Je referentie is WS-/);
  return asked;
}

describe('questions whose answer is already known are not asked', () => {
  it('a child who tells about violence, ticked on the checklist: not asked again whether the child told, but asked for the words', async () => {
    const ticked = {
      ...without(TEACHER, 'signals.disclosure'),
      'signals.checklist': ['4-11.K.07'],
      'signals.words': '"Papa wordt heel boos als ik huil." (verzonnen)',
    };
    const asked = await askedFor(ticked);
    expect(asked).not.toContain('signals.disclosure');
    expect(asked).toContain('signals.words');
  });

  it('without the tick, the question is asked', async () => {
    expect(await askedFor(TEACHER)).toContain('signals.disclosure');
  });

  it.each(['unsafe-child', 'unsafe-others'])('parents not told because that is unsafe (%s): not asked whether they know about the signal', async (reason) => {
    const answers = { ...without(DAYCARE, 'consent.parentsInformed'), 'steps.talked': 'nog-niet', 'steps.notTalked': reason };
    expect(await askedFor(answers)).not.toContain('consent.parentsInformed');
  });

  it('parents not told for another reason: asked', async () => {
    const answers = { ...DAYCARE, 'steps.talked': 'nog-niet', 'steps.notTalked': 'trust-relationship' };
    expect(await askedFor(answers)).toContain('consent.parentsInformed');
  });
});

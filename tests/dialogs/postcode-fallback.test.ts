import { TEACHER } from '../fixtures/answers';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { promptId, walk } from '../helpers/dialogue';
import { httpDialogue } from '../helpers/http-dialogue';
import { OTHER_CHANNEL, WORKER_ANNA, cardOf, postedCards, pressCard, startIntakeApp, teacherSends, until } from '../helpers/intake';
import type { TestApp } from '../helpers/test-app';

/** 9999 is in no team's area of the intake routing (tests/helpers/intake.ts); 1021 is Noord's. */
const OUTSIDE = { ...TEACHER, 'child.postcode': '9999' };

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

const cardText = (card: Record<string, unknown>) => JSON.stringify(card.body);

describe('a postcode in no team’s area (HTTP)', () => {
  it('is asked about at once; "Nee" shows the postcode field again, and a corrected one goes on', async () => {
    const d = httpDialogue(capture);
    d.useBot(app.url);
    await d.say('start');
    await walk(d, OUTSIDE, 'postcode-confirm');
    expect(cardText(d.lastCard())).toContain('De postcode 9999 ligt in geen wijkteamgebied dat ik ken');
    expect(cardText(d.lastCard())).toContain('Centrale intake');
    await d.press((data) => data.about === 'postcode-confirm' && data.value === 'nee');
    expect(promptId(d.lastCard())).toBe('child.postcode');
    await walk(d, TEACHER, 'signals.checklist');
  });

  it('confirmed: the signal goes to the fallback intake, whose card and Details say why', async () => {
    await teacherSends(app, capture, { ...OUTSIDE, 'postcode-confirm': 'ja' });
    await until(async () => (await app.jobs.runOnce(), postedCards(capture).length === 1));
    const posted = postedCards(capture)[0]!;
    expect(posted.conversationId.startsWith(OTHER_CHANNEL)).toBe(true);
    const card = cardOf(posted);
    expect(JSON.stringify(card)).toContain('9999 (in geen wijkteamgebied)');
    const details = await pressCard(app, capture, card, /Details/, WORKER_ANNA, OTHER_CHANNEL);
    expect(JSON.stringify(details)).toContain('9999 (in geen wijkteamgebied)');
  });

  it('a postcode in a team’s area is not asked about', async () => {
    const d = httpDialogue(capture);
    d.useBot(app.url);
    await d.say('start');
    const asked = await walk(d, TEACHER);
    expect(asked).not.toContain('postcode-confirm');
  });
});

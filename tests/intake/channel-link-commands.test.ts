import { messageActivity } from '../helpers/activities';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server';
import { ADMIN, INTAKE_ROUTING, WORKER_BAS } from '../helpers/intake';
import { startTestApp, type TestApp } from '../helpers/test-app';

const WORKER = WORKER_BAS.aadObjectId;

let capture: CaptureServer;
let app: TestApp;
beforeEach(async () => {
  capture = await startCaptureServer();
  app = await startTestApp({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN }, routing: INTAKE_ROUTING });
});
afterEach(async () => {
  await app.stop();
  await capture.close();
});

/** A message in a team channel, @mentioning the bot, as Teams delivers it. */
function inChannel(text: string, options: { from?: string; channel?: string; locale?: string; type?: string | null } = {}) {
  const channel = options.channel ?? '19:intake-noord@thread.tacv2';
  const base = messageActivity({
    serviceUrl: capture.serviceUrl,
    conversationId: `${channel};messageid=1700000000000`,
    text: `<at>wijksignaal</at> ${text}`,
    locale: options.locale,
  });
  return {
    ...base,
    from: { ...base.from, aadObjectId: options.from ?? ADMIN },
    conversation: { ...base.conversation, conversationType: 'channel' },
    channelData: {
      ...base.channelData,
      team: { id: '19:team-general@thread.tacv2' },
      channel: { id: channel, ...(options.type === null ? {} : { type: options.type ?? 'private' }) },
    },
    entities: [{ type: 'mention', mentioned: { id: base.recipient.id, name: 'wijksignaal' }, text: '<at>wijksignaal</at>' }],
  };
}

const lastReply = () => capture.texts().at(-1) ?? '';

describe('linking an intake channel to a wijkteam', () => {
  it.each(['koppel wijkteam noord', 'koppel noord', 'Koppel Wijkteam Noord.', 'link team noord'])('an admin links with "%s"', async (command) => {
    await app.post(inChannel(command));
    expect(lastReply()).toMatch(/nu het intakekanaal van Wijkteam Noord/);
    expect(lastReply()).toMatch(/privékanaal/);
    expect(await app.links.get('noord')).toMatchObject({
      channelId: '19:intake-noord@thread.tacv2',
      msTeamId: '19:team-general@thread.tacv2',
      linkedBy: ADMIN,
    });
    expect((await app.audit.list('noord')).map((e) => e.action)).toEqual(['channel-linked']);
  });

  it('a non-admin gets a polite refusal; nothing changes and the refusal is audited', async () => {
    await app.post(inChannel('koppel wijkteam noord', { from: WORKER }));
    expect(lastReply()).toMatch(/Alleen een beheerder/);
    expect(await app.links.get('noord')).toBeUndefined();
    expect(await app.audit.list('noord')).toEqual([expect.objectContaining({ action: 'action-refused', actor: WORKER, reason: 'not-admin' })]);
  });

  it('an unknown team is named, with the teams that exist', async () => {
    await app.post(inChannel('koppel wijkteam west'));
    expect(lastReply()).toMatch(/Ik ken geen wijkteam "west". Bekende wijkteams: Wijkteam Noord, Wijkteam Zuid, Centrale intake/);
  });

  it('relinking moves the team to the new channel; one channel serves one team', async () => {
    await app.post(inChannel('koppel noord'));
    await app.post(inChannel('koppel noord', { channel: '19:nieuw@thread.tacv2' }));
    expect(await app.links.get('noord')).toMatchObject({ channelId: '19:nieuw@thread.tacv2' });
    expect(await app.links.teamOfChannel('19:intake-noord@thread.tacv2')).toBeUndefined();
    await app.post(inChannel('koppel zuid', { channel: '19:nieuw@thread.tacv2' }));
    expect(await app.links.get('noord')).toBeUndefined();
    expect(await app.links.teamOfChannel('19:nieuw@thread.tacv2')).toBe('zuid');
  });

  it('unlinks, and says which team a channel serves', async () => {
    await app.post(inChannel('koppel noord'));
    await app.post(inChannel('welk wijkteam'));
    expect(lastReply()).toMatch(/Dit kanaal is het intakekanaal van Wijkteam Noord/);
    await app.post(inChannel('ontkoppel'));
    expect(lastReply()).toMatch(/niet meer het intakekanaal van Wijkteam Noord/);
    expect(await app.links.get('noord')).toBeUndefined();
    await app.post(inChannel('welk wijkteam'));
    expect(lastReply()).toMatch(/aan geen wijkteam gekoppeld/);
    expect((await app.audit.list('noord')).map((e) => e.action)).toEqual(['channel-linked', 'channel-unlinked']);
  });

  // Found through the Agents Playground, which sends en-US: the channel is the intake team's, so it hears Dutch
  // like its cards, whatever the language of the one who typed.
  it.each([
    ['koppel wijkteam noord', /nu het intakekanaal van Wijkteam Noord/],
    ['welk wijkteam', /Dit kanaal is het intakekanaal van Wijkteam Noord/],
    ['hallo', /koppel wijkteam <naam>/],
  ])('in the intake language, also for someone whose Teams is in English: "%s"', async (command, dutch) => {
    await app.post(inChannel('koppel noord'));
    await app.post(inChannel(command, { locale: 'en-US' }));
    expect(lastReply()).toMatch(dutch);
  });

  it('other messages in a channel get the channel help, with the safety line', async () => {
    await app.post(inChannel('hallo'));
    expect(lastReply()).toMatch(/koppel wijkteam <naam>/);
    expect(lastReply()).toContain('112');
  });
});

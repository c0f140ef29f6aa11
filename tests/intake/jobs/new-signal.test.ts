import { consultationSignal } from '../../fixtures/signal';
import { ACUTE_REMINDER_MS, ON_DUTY, acuteSignal, intakeJobsSetUp } from './intake-jobs-setup';

let setups: Array<ReturnType<typeof intakeJobsSetUp>> = [];
const setUp = () => {
  const setup = intakeJobsSetUp();
  setups.push(setup);
  return setup;
};
afterEach(async () => {
  await Promise.all(setups.map((s) => s.stop()));
  setups = [];
});

describe("intake's new-signal job", () => {
  it('waits while the queue has no linked channel, then posts the card in a new thread once, and records it', async () => {
    const jobs = setUp();
    const signal = await jobs.submit();
    expect(await jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 1 });
    expect(jobs.sent).toEqual([]);

    await jobs.linkNoord();
    expect(await jobs.runOnce()).toEqual({ delivered: 1, dropped: 0, waiting: 0 });
    expect(jobs.sent).toEqual([
      {
        to: 'new-thread',
        channelId: '19:intake-noord@thread.tacv2',
        message: { type: 'message', attachments: [expect.objectContaining({ contentType: 'application/vnd.microsoft.card.adaptive' })] },
      },
    ]);
    expect(await jobs.postedCard(signal.id)).toEqual({
      conversationId: '19:intake-noord@thread.tacv2;messageid=1',
      activityId: '1',
      serviceUrl: 'https://smba.example.invalid/emea/',
    });
    // A consultation is not acute: no mention, no reminder.
    jobs.clock.advance(ACUTE_REMINDER_MS);
    expect(await jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 0 });
    expect(jobs.sent).toHaveLength(1);
  });

  it('an acute signal is posted with an @mention of the on-duty intake, and its first reminder is scheduled', async () => {
    const jobs = setUp();
    await jobs.linkNoord();
    const signal = await jobs.submit(acuteSignal('acute-1'));
    await jobs.runOnce();
    const [post] = jobs.sent;
    expect(post?.to === 'new-thread' && post.message.text).toMatch(/^<at>Dienstdoende intake<\/at> acuut signaal WS-/);
    expect(post?.to === 'new-thread' && post.message.entities).toEqual([
      { type: 'mention', text: '<at>Dienstdoende intake</at>', mentioned: { id: ON_DUTY.aadObjectId, name: ON_DUTY.name } },
    ]);
    expect(await jobs.reminders.takeDue(jobs.clock.now() + ACUTE_REMINDER_MS - 1, 10)).toEqual([]);
    expect(await jobs.reminders.takeDue(jobs.clock.now() + ACUTE_REMINDER_MS, 10)).toEqual([{ teamId: 'noord', signalId: signal.id }]);
  });

  it('a failed post is logged with its status (no content) and waits for its backoff', async () => {
    const jobs = setUp();
    await jobs.linkNoord();
    jobs.failNext(502);
    await jobs.submit();
    expect(await jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 1 });
    expect(await jobs.runOnce()).toEqual({ delivered: 0, dropped: 0, waiting: 1 });
    expect(jobs.sent).toEqual([]);
    const line = jobs.logLines().find((l) => l.includes('not delivered yet; will retry'));
    expect(line).toContain('"status":502');
    expect(line).not.toContain('Blauwe plekken');
  });

  it('the duplicate window, named: an instance that dies after Teams accepted the card and before it was recorded leaves a second card', async () => {
    const jobs = setUp();
    await jobs.linkNoord();
    const signal = await jobs.submit(consultationSignal({ draftId: 'window' }));
    // The card goes out; then recording it fails, and the instance dies right there.
    const record = jobs.cards.record;
    jobs.cards.record = () => Promise.reject(new Error('gone before recording'));
    const dying = jobs.instance('dying');
    await dying.runOnce();
    await dying.stop();
    jobs.cards.record = record;
    expect(jobs.sent).toHaveLength(1);

    // Another instance takes the job over once it is stale, finds no record, and posts the card again.
    jobs.clock.advance(30_000);
    await jobs.runOnce();
    expect(jobs.sent.map((s) => s.to)).toEqual(['new-thread', 'new-thread']);
    expect(await jobs.postedCard(signal.id)).toEqual(expect.objectContaining({ activityId: '2' }));
  });

  it('after the card was recorded, a job taken over does not post again', async () => {
    const jobs = setUp();
    await jobs.linkNoord();
    await jobs.submit();
    // Posted and recorded, and the instance dies before acknowledging the job.
    const queue = jobs.queue;
    const ack = queue.ack;
    queue.ack = () => Promise.reject(new Error('gone before acknowledging'));
    const dying = jobs.instance('dying');
    await dying.runOnce();
    await dying.stop();
    queue.ack = ack;

    jobs.clock.advance(30_000);
    expect(await jobs.runOnce()).toEqual({ delivered: 0, dropped: 1, waiting: 0 });
    expect(jobs.sent).toHaveLength(1);
  });
});

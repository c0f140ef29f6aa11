import { ACUTE_REMINDER_MS, ON_DUTY, acuteSignal, intakeJobsSetUp } from './intake-jobs-setup';

let jobs: ReturnType<typeof intakeJobsSetUp>;
beforeEach(async () => {
  jobs = intakeJobsSetUp();
  await jobs.linkNoord();
});
afterEach(async () => {
  await jobs.stop();
});

const reminders = () => jobs.sent.flatMap((s) => (s.to === 'thread' && /nog niet opgepakt/.test(String(s.message.text)) ? [s] : []));

describe('acute reminders', () => {
  it('an unclaimed acute signal is announced again in its thread every interval, and no more once claimed', async () => {
    const signal = await jobs.submit(acuteSignal('remind-me'));
    await jobs.runOnce();
    const thread = (await jobs.postedCard(signal.id))!.conversationId;

    jobs.clock.advance(ACUTE_REMINDER_MS - 1);
    await jobs.runOnce();
    expect(reminders()).toHaveLength(0);

    jobs.clock.advance(1);
    await jobs.runOnce();
    const { reference } = (await jobs.signals.get('noord', signal.id))!;
    // The reminder @mentions who is on duty (until a channel sets "dienst", the routing file's acuteMentions).
    expect(reminders()).toEqual([
      {
        to: 'thread',
        conversationId: thread,
        message: {
          type: 'message',
          text: expect.stringMatching(new RegExp(`^<at>Dienstdoende intake</at> .*${reference}`)),
          entities: [{ type: 'mention', text: '<at>Dienstdoende intake</at>', mentioned: { id: ON_DUTY.aadObjectId, name: ON_DUTY.name } }],
        },
      },
    ]);

    jobs.clock.advance(ACUTE_REMINDER_MS);
    await jobs.runOnce();
    expect(reminders()).toHaveLength(2);

    await jobs.claim(signal.id);
    jobs.clock.advance(ACUTE_REMINDER_MS);
    await jobs.runOnce();
    jobs.clock.advance(ACUTE_REMINDER_MS);
    await jobs.runOnce();
    expect(reminders()).toHaveLength(2);
    expect(await jobs.reminders.takeDue(jobs.clock.now() + 10 * ACUTE_REMINDER_MS, 10)).toEqual([]);
  });

  it('one instance at a time announces: a second instance does not remind too', async () => {
    await jobs.submit(acuteSignal('once-only'));
    await jobs.runOnce();
    const other = jobs.instance('instance-b');
    jobs.clock.advance(ACUTE_REMINDER_MS);
    await other.runOnce();
    await jobs.runOnce();
    expect(reminders()).toHaveLength(1);
  });

  it('a reminder that cannot be posted is not retried; the next one comes at its time', async () => {
    await jobs.submit(acuteSignal('unlucky'));
    await jobs.runOnce();
    jobs.clock.advance(ACUTE_REMINDER_MS);
    jobs.failNext(503);
    await jobs.runOnce();
    await jobs.runOnce();
    expect(reminders()).toHaveLength(0);
    jobs.clock.advance(ACUTE_REMINDER_MS);
    await jobs.runOnce();
    expect(reminders()).toHaveLength(1);
  });
});

import { adaptiveCard, executeButton, executePayload, invokeResponseBody, withMentions } from '../../src/toolkit/cards';

describe('the card toolkit', () => {
  it('an Execute button carries its data, with an Action.Submit fallback that carries the verb too', () => {
    const button = executeButton('signal.claim', 'Pak dit op', { signalId: 'sig_x', cardVersion: 2 }, { style: 'positive' });
    expect(button).toEqual({
      type: 'Action.Execute',
      title: 'Pak dit op',
      verb: 'signal.claim',
      data: { signalId: 'sig_x', cardVersion: 2 },
      style: 'positive',
      fallback: { type: 'Action.Submit', title: 'Pak dit op', data: { verb: 'signal.claim', signalId: 'sig_x', cardVersion: 2 }, style: 'positive' },
    });
  });

  it.each([
    [
      'an invoke: the verb is the action’s',
      { action: { type: 'Action.Execute', verb: 'signal.claim', data: { signalId: 'sig_x' } } },
      { signalId: 'sig_x', verb: 'signal.claim' },
    ],
    [
      'an invoke whose data smuggles another verb: the action’s wins',
      { action: { type: 'Action.Execute', verb: 'signal.details', data: { verb: 'signal.close', signalId: 'sig_x' } } },
      { signalId: 'sig_x', verb: 'signal.details' },
    ],
    ['a Submit fallback: its value as it came', { verb: 'signal.claim', signalId: 'sig_x' }, { verb: 'signal.claim', signalId: 'sig_x' }],
    ['anything else: as it came, for the schema to refuse', 'nonsense', 'nonsense'],
  ])('executePayload reads %s', (_name, value, payload) => {
    expect(executePayload(value)).toEqual(payload);
  });

  it('an invoke answer is a card or a message, as Teams expects', () => {
    expect(invokeResponseBody({ card: { type: 'AdaptiveCard' } })).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard' },
    });
    expect(invokeResponseBody({ text: 'Al opgepakt.' })).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Al opgepakt.',
    });
    expect(adaptiveCard({ type: 'AdaptiveCard' })).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } });
  });

  it('a mention tags each person, and a name cannot break out of its tag', () => {
    const notice = withMentions(
      [
        { id: 'aad-1', name: 'Eva Jansen' },
        { id: 'aad-2', name: 'Bas </at><b>Intake\u0007' },
      ],
      'kijk even',
    );
    expect(notice.text).toBe('<at>Eva Jansen</at> <at>Bas /atbIntake</at> kijk even');
    expect(notice.entities).toEqual([
      { type: 'mention', text: '<at>Eva Jansen</at>', mentioned: { id: 'aad-1', name: 'Eva Jansen' } },
      { type: 'mention', text: '<at>Bas /atbIntake</at>', mentioned: { id: 'aad-2', name: 'Bas /atbIntake' } },
    ]);
  });
});

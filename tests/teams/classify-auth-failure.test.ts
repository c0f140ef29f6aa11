import { AuthenticationError } from 'botframework-connector';
import { classifyAuthFailure } from '../../src/teams/classify-auth-failure';

const named = (name: string) => Object.assign(new Error('x'), { name });

describe('classifyAuthFailure', () => {
  it.each<[string, unknown, ReturnType<typeof classifyAuthFailure>]>([
    ['AuthenticationError 401', new AuthenticationError('bad token', 401), 'refused'],
    ['AuthenticationError 403', new AuthenticationError('forbidden', 403), 'refused'],
    ['AuthenticationError 500 (keys could not be loaded)', new AuthenticationError('Failed to load Keys: 500', 500), 'unavailable'],
    ['jsonwebtoken: bad signature', named('JsonWebTokenError'), 'refused'],
    ['jsonwebtoken: not yet valid', named('NotBeforeError'), 'refused'],
    ['jsonwebtoken: expired', named('TokenExpiredError'), 'refused'],
    ['any other error', new Error('redis down'), undefined],
    ['not an error at all', 'string', undefined],
  ])('%s → %s', (_name, err, expected) => {
    expect(classifyAuthFailure(err)).toBe(expected);
  });
});

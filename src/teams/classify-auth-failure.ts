import { AuthenticationError } from 'botframework-connector';

/**
 * botbuilder wraps most token failures in AuthenticationError, but rethrows jsonwebtoken's own errors unwrapped
 * (bad signature, not yet valid, algorithm not allowed: botframework-connector jwtTokenExtractor.js validateToken).
 */
const JWT_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * 'refused': the caller's token is missing or wrong (401, Teams must not retry a forged request).
 * 'unavailable': authentication itself could not run, e.g. the OpenID metadata could not be fetched (503, so Teams
 * delivers again). undefined: not an authentication failure.
 */
export function classifyAuthFailure(err: unknown): 'refused' | 'unavailable' | undefined {
  if (err instanceof AuthenticationError) {
    const status = (err as AuthenticationError & { statusCode?: number }).statusCode;
    return status === undefined || status === 401 || status === 403 ? 'refused' : 'unavailable';
  }
  if (err instanceof Error && JWT_ERROR_NAMES.has(err.name)) return 'refused';
  return undefined;
}

import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config/config';

/**
 * Where inbound tokens are checked against. Never read from the environment: only tests point these at a local
 * OpenID endpoint, so a misconfigured deployment cannot trust another issuer.
 */
export interface AuthEndpoints {
  readonly ToBotFromChannelOpenIdMetadataUrl: string;
  readonly ToBotFromChannelTokenIssuer: string;
}

/** Without an app id (local mode only, see config) botbuilder skips authentication; with one, every request's token is checked. */
export function createAdapter(botAuth: Config['botAuth'], endpoints?: AuthEndpoints): BotAdapterWithHandle {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...botAuth, ...(endpoints && withPublicCloudDefaults(endpoints)) });
  const adapter = new BotAdapterWithHandle(auth);
  // Rethrow so the request ends in a 500 and Teams delivers the activity again; the server logs it once.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return adapter;
}

/**
 * Setting any endpoint makes botbuilder take all of them from the configuration, leaving the rest unset (replies then
 * fail for want of a login URL). Everything not overridden keeps the public cloud's value, as in production.
 */
function withPublicCloudDefaults(endpoints: AuthEndpoints) {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ...endpoints,
  };
}

/**
 * CloudAdapter.process parses the body with its own rules, prints errors with console.error and sends their
 * messages to the caller. The server parses, logs and answers itself, so it needs the authenticated step alone.
 */
export class BotAdapterWithHandle extends CloudAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

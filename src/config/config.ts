import { z } from 'zod';
import { blankToUndefined, GUID, issueLines } from './env-fields';

/** One key of STATE_ENCRYPTION_KEYS; the store's cipher seals with the first and opens with all. */
export interface EncryptionKey {
  /** Short name stored beside each value, so old values stay readable after the key rotates. */
  readonly id: string;
  /** 32 bytes for AES-256-GCM. */
  readonly key: Buffer;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'use true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
);
const guidList = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine((ids) => ids.every((id) => GUID.test(id)), { error: `every entry must be ${what} (a GUID), comma-separated` }),
  );
const encryptionKeys = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((value, ctx): EncryptionKey[] => {
      if (value === undefined) return [];
      const keys: EncryptionKey[] = [];
      for (const entry of value.split(',').map((s) => s.trim())) {
        const match = /^([A-Za-z0-9_-]{1,16}):([A-Za-z0-9+/=_-]+)$/.exec(entry);
        const key = match?.[2] ? Buffer.from(match[2], 'base64') : undefined;
        if (!match?.[1] || key?.length !== 32) {
          ctx.addIssue({ code: 'custom', message: 'each entry must be <key id>:<32 bytes in base64>, comma-separated; the first one encrypts' });
          return z.NEVER;
        }
        keys.push({ id: match[1], key });
      }
      if (new Set(keys.map((k) => k.id)).size !== keys.length) {
        ctx.addIssue({ code: 'custom', message: 'key ids must be unique' });
      }
      return keys;
    }),
);

/** Entra's multi-tenant sign-in metadata: its keys sign every tenant's tokens; the issuer names the tenant. */
export const MICROSOFT_OPENID_METADATA = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';

function isSafeMetadataUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  MicrosoftAppId: optionalText.refine((v) => v === undefined || GUID.test(v), { error: 'must be the bot registration’s app id (a GUID)' }),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    blankToUndefined,
    z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], { error: 'use SingleTenant, MultiTenant or UserAssignedMSI' }).default('SingleTenant'),
  ),
  MicrosoftAppTenantId: optionalText.refine((v) => v === undefined || GUID.test(v), { error: 'must be a tenant id (a GUID)' }),
  BOT_LOCAL_MODE: flag,
  PORT: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).int().min(1).max(65535).default(3978)),
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v), { error: 'must start with redis:// or rediss://' }),
  REDIS_KEY_PREFIX: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_-]{0,32}$/, { error: 'letters, digits, : _ - only, at most 32' })
      .default('ws:'),
  ),
  STATE_ENCRYPTION_KEYS: encryptionKeys,
  ALLOW_PLAINTEXT_STATE: flag,
  STATE_TTL_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a number' }).min(0.01, { error: 'at least 0.01 (about a quarter of an hour)' }).max(365).default(14),
  ),
  DRAFT_TTL_DAYS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(0.01).max(365).default(7)),
  FOLLOW_UP_WEEKS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).int().min(1).max(52).default(6)),
  RETENTION_DAYS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(1).max(3650).default(30)),
  AUDIT_RETENTION_DAYS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(30).max(3650).default(365)),
  ROUTING_FILE: optionalText,
  ALLOWED_TENANT_IDS: guidList('a tenant id'),
  ADMIN_AAD_OBJECT_IDS: guidList('an Entra object id'),
  COORDINATOR_AAD_OBJECT_IDS: guidList('an Entra object id'),
  DAILY_SUMMARY_TIME: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time of day as HH:MM, e.g. 08:30' })
      .default('08:30'),
  ),
  ESCALATION_INTERVAL_HOURS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(0.25).max(168).default(4)),
  TAB_SSO_APP_ID: optionalText.refine((v) => v === undefined || GUID.test(v), { error: 'must be the app registration’s client id (a GUID)' }),
  TAB_SSO_RESOURCE: optionalText.refine((v) => v === undefined || /^api:\/\/[^\s]+$/.test(v), {
    error: 'must be the Application ID URI, api://<host>/<app id>',
  }),
  TAB_OPENID_METADATA_URL: z.preprocess(
    blankToUndefined,
    z.string().trim().default(MICROSOFT_OPENID_METADATA).refine(isSafeMetadataUrl, { error: 'must be an https URL (http only for localhost or 127.0.0.1)' }),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /** No longer used (the notifier waits for wake-ups); still accepted, so an old deployment starts, with a warning. */
  NOTIFIER_POLL_MS: optionalText,
  ACUTE_REMINDER_MINUTES: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(0.01).max(1440).default(15)),
  NOTIFIER_STALE_SECONDS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(1).max(3600).default(30)),
  SHUTDOWN_GRACE_SECONDS: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).min(0).max(120).default(10)),
});

type Env = z.infer<typeof EnvSchema>;

export interface Config {
  readonly mode: 'local' | 'production';
  readonly host: string;
  readonly port: number;
  /** Handed to botbuilder's ConfigurationBotFrameworkAuthentication under the Bot Framework's own names. */
  readonly botAuth: {
    readonly MicrosoftAppId?: string;
    readonly MicrosoftAppPassword?: string;
    readonly MicrosoftAppType?: Env['MicrosoftAppType'];
    readonly MicrosoftAppTenantId?: string;
  };
  readonly redis?: { readonly url: string; readonly keyPrefix: string };
  readonly encryption: { readonly keys: readonly EncryptionKey[] } | { readonly plaintext: true };
  readonly stateTtlMs: number;
  /** Shorter than the state TTL, so a user coming back to an expired draft can still be told so. */
  readonly draftTtlMs: number;
  /** Afweging question 5 is asked this long after a signal. */
  readonly followUpWeeks: number;
  /** A closed or withdrawn signal's content is purged this long after; audit entries are kept auditRetentionMs. */
  readonly retentionMs: number;
  readonly auditRetentionMs: number;
  /** Path of the routing file (PC4 → wijkteam); without it (local mode only) everything goes to one intake. */
  readonly routingFile?: string;
  /** Entra object ids of the people who may link intake channels to wijkteams. */
  readonly admins: ReadonlySet<string>;
  /** Entra object ids of the coordinators: the queue status in their 1:1 chat, and the month's count. */
  readonly coordinators: ReadonlySet<string>;
  /** When the daily summary goes to the coordinators' channel, in minutes after midnight (Europe/Amsterdam). */
  readonly dailySummaryMinute: number;
  /** A signal past its deadline and still unclaimed is brought up again in its intake channel this often. */
  readonly escalationIntervalMs: number;
  /**
   * Sign-in for the coordinators' tab: the audience a Teams SSO token must carry (the app registration's client id;
   * Entra's v2 tokens carry no other) and where Entra's keys are published. Absent without an app id (local mode
   * without TAB_SSO_APP_ID): the tab's API then refuses every request.
   */
  readonly tabSso?: { readonly audience: string; readonly metadataUrl: string };
  /**
   * The gemeente's own tenant (MicrosoftAppTenantId): only its Entra app role Coordinator counts. An admin of another
   * allowed tenant (a school's) could give the role to anyone in theirs.
   */
  readonly coordinatorRoleTenant?: string;
  /** 'any' only in local mode without a list. */
  readonly allowedTenants: ReadonlySet<string> | 'any';
  readonly logLevel: Env['LOG_LEVEL'];
  readonly shutdownGraceMs: number;
  /**
   * The background work: after how long it takes over jobs of an instance that died (also how often it sweeps every
   * queue, and how long the one-instance lease lasts), how often unclaimed acute signals are announced again, and
   * whether the retired NOTIFIER_POLL_MS is still set (start-up warns).
   */
  readonly notifier: { readonly staleMs: number; readonly acuteReminderMs: number; readonly pollMsIgnored: boolean };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Reads only the given env; one line per problem, `NAME: what is wrong`, never a value. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: issueLines(parsed.error) };
  }
  const e = parsed.data;
  const problems = crossFieldProblems(e);
  if (problems.length > 0) return { ok: false, problems };

  const local = e.BOT_LOCAL_MODE;
  return {
    ok: true,
    config: {
      mode: local ? 'local' : 'production',
      // Local mode runs without Bot Framework authentication, so it must not be reachable from elsewhere.
      host: local ? '127.0.0.1' : '0.0.0.0',
      port: e.PORT,
      botAuth: {
        MicrosoftAppId: e.MicrosoftAppId,
        MicrosoftAppPassword: e.MicrosoftAppPassword,
        // botbuilder insists on an app id for SingleTenant; without an app id it simply authenticates nothing.
        MicrosoftAppType: local ? undefined : e.MicrosoftAppType,
        MicrosoftAppTenantId: e.MicrosoftAppTenantId,
      },
      redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
      encryption: e.STATE_ENCRYPTION_KEYS.length > 0 ? { keys: e.STATE_ENCRYPTION_KEYS } : { plaintext: true },
      stateTtlMs: Math.round(e.STATE_TTL_DAYS * DAY_MS),
      draftTtlMs: Math.round(e.DRAFT_TTL_DAYS * DAY_MS),
      followUpWeeks: e.FOLLOW_UP_WEEKS,
      retentionMs: Math.round(e.RETENTION_DAYS * DAY_MS),
      auditRetentionMs: Math.round(e.AUDIT_RETENTION_DAYS * DAY_MS),
      allowedTenants: e.ALLOWED_TENANT_IDS.length > 0 ? new Set(e.ALLOWED_TENANT_IDS) : 'any',
      admins: new Set(e.ADMIN_AAD_OBJECT_IDS),
      coordinators: new Set(e.COORDINATOR_AAD_OBJECT_IDS),
      dailySummaryMinute: Number(e.DAILY_SUMMARY_TIME.slice(0, 2)) * 60 + Number(e.DAILY_SUMMARY_TIME.slice(3)),
      escalationIntervalMs: Math.round(e.ESCALATION_INTERVAL_HOURS * 60 * 60 * 1000),
      tabSso: tabSsoOf(e),
      coordinatorRoleTenant: e.MicrosoftAppTenantId?.toLowerCase(),
      routingFile: e.ROUTING_FILE,
      logLevel: e.LOG_LEVEL,
      shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
      notifier: {
        staleMs: e.NOTIFIER_STALE_SECONDS * 1000,
        acuteReminderMs: Math.round(e.ACUTE_REMINDER_MINUTES * 60_000),
        pollMsIgnored: e.NOTIFIER_POLL_MS !== undefined,
      },
    },
  };
}

function tabSsoOf(e: Env): Config['tabSso'] {
  // In production the bot's own registration usually carries the tab's SSO too; local mode has no app id.
  const appId = e.TAB_SSO_APP_ID ?? (e.BOT_LOCAL_MODE ? undefined : e.MicrosoftAppId);
  if (!appId) return undefined;
  return { audience: appId.toLowerCase(), metadataUrl: e.TAB_OPENID_METADATA_URL };
}

function crossFieldProblems(e: Env): string[] {
  const problems: string[] = [];
  const add = (name: string, message: string) => problems.push(`${name}: ${message}`);
  if (e.BOT_LOCAL_MODE) {
    if (e.MicrosoftAppId) add('BOT_LOCAL_MODE', 'local mode runs without authentication; unset MicrosoftAppId or BOT_LOCAL_MODE');
  } else {
    if (!e.MicrosoftAppId) {
      add('MicrosoftAppId', 'required in production; for local development on 127.0.0.1 set BOT_LOCAL_MODE=true instead');
    }
    const needsTenant = e.MicrosoftAppType === 'SingleTenant' || e.MicrosoftAppType === 'UserAssignedMSI';
    if (needsTenant && !e.MicrosoftAppTenantId) add('MicrosoftAppTenantId', `required for MicrosoftAppType ${e.MicrosoftAppType}`);
    if (e.MicrosoftAppType === 'UserAssignedMSI' && e.MicrosoftAppPassword) {
      add('MicrosoftAppPassword', 'must be empty for UserAssignedMSI (the managed identity signs in)');
    }
    if (e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
      add('MicrosoftAppPassword', `required for MicrosoftAppType ${e.MicrosoftAppType}`);
    }
    if (!e.REDIS_URL) add('REDIS_URL', 'required in production; without it every conversation is lost on restart');
    if (e.ALLOWED_TENANT_IDS.length === 0) add('ALLOWED_TENANT_IDS', 'required in production: the tenants whose users may use the bot');
    if (e.ALLOW_PLAINTEXT_STATE) add('ALLOW_PLAINTEXT_STATE', 'only allowed with BOT_LOCAL_MODE=true');
    if (!e.ROUTING_FILE) add('ROUTING_FILE', 'required in production: which wijkteam serves which postcode (see config/routing.example.json)');
  }
  if (e.DRAFT_TTL_DAYS >= e.STATE_TTL_DAYS) {
    add('DRAFT_TTL_DAYS', 'must be shorter than STATE_TTL_DAYS, so an expired draft can still be recognised');
  }
  if (e.STATE_ENCRYPTION_KEYS.length > 0 && e.ALLOW_PLAINTEXT_STATE) {
    add('ALLOW_PLAINTEXT_STATE', 'set either STATE_ENCRYPTION_KEYS or ALLOW_PLAINTEXT_STATE, not both');
  }
  if (e.REDIS_URL && e.STATE_ENCRYPTION_KEYS.length === 0 && !e.ALLOW_PLAINTEXT_STATE) {
    add('STATE_ENCRYPTION_KEYS', 'required with REDIS_URL (or, for local development only, ALLOW_PLAINTEXT_STATE=true)');
  }
  return problems;
}

import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import { blankToUndefined, GUID, issueLines } from '../src/config/env-fields';
import { validateManifest } from './manifest-check';
import { readPngHeader } from './png-header';

/** Stands in for real ids in the committed manifest, so no environment's ids end up in git. */
export const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';
/** Stands in for the bot's public host (BOT_PUBLIC_HOST) in the committed manifest's tab URL, SSO resource and valid domains. */
export const PLACEHOLDER_HOST = 'wijksignaal.example';
export const DEFAULT_ZIP_NAME = 'wijksignaal-teams-app.zip';

// Teams accepts only MAJOR.MINOR.PATCH: no pre-release or build suffix.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
// Teams rejects a package whose icons have other sizes.
const ICON_SIZES = { color: 192, outline: 32 } as const;
// A fixed timestamp makes the same inputs give the same zip bytes.
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');
// A public DNS name with at least one dot; no scheme, port or path. The last label starts with a letter, which rules out IP addresses.
const DNS_HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PLACEHOLDER_ORIGIN = `https://${PLACEHOLDER_HOST}`;

const guid = (missing: string, invalid: string) =>
  z
    .string({ error: missing })
    .trim()
    .regex(GUID, { error: invalid })
    .refine((v) => v !== PLACEHOLDER_GUID, { error: 'is still the placeholder GUID; use the real one' });

const NOT_A_TEAMS_APP_ID = 'must be a GUID (leave unset to reuse MicrosoftAppId)';
const NOT_A_TAB_SSO_APP_ID = 'must be the tab’s SSO app registration’s client id, a GUID (leave unset to reuse MicrosoftAppId)';
const NOT_A_HOST = 'must be the bot’s public host name only, e.g. wijksignaal.gemeente.nl (no https://, port or path)';
const EnvSchema = z.object({
  MicrosoftAppId: z.preprocess(blankToUndefined, guid("required, the bot registration's app id (a GUID)", "must be the bot registration's app id (a GUID)")),
  TEAMS_APP_ID: z.preprocess(blankToUndefined, guid(NOT_A_TEAMS_APP_ID, NOT_A_TEAMS_APP_ID).optional()),
  TEAMS_APP_VERSION: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(SEMVER, { error: 'must be MAJOR.MINOR.PATCH, e.g. 1.2.0 (leave unset to keep the manifest’s)' }).optional(),
  ),
  BOT_PUBLIC_HOST: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'required, the bot’s public host name, e.g. wijksignaal.gemeente.nl (no https://, port or path)' })
      .trim()
      .toLowerCase()
      .regex(DNS_HOST, { error: NOT_A_HOST })
      .refine((v) => v !== PLACEHOLDER_HOST, { error: 'is still the placeholder host; use the real one' }),
  ),
  TAB_SSO_APP_ID: z.preprocess(blankToUndefined, guid(NOT_A_TAB_SSO_APP_ID, NOT_A_TAB_SSO_APP_ID).optional()),
  TAB_SSO_RESOURCE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^api:\/\/\S+$/, { error: 'must be the Application ID URI, api://<host>/<app id> (leave unset for api://<BOT_PUBLIC_HOST>/<TAB_SSO_APP_ID>)' })
      .refine((v) => !v.includes(PLACEHOLDER_GUID) && !v.toLowerCase().startsWith(`api://${PLACEHOLDER_HOST}/`), {
        error: 'is still the placeholder Application ID URI; use the real one',
      })
      .optional(),
  ),
});

// Only the fields this script fills or reads; everything else passes through untouched for the schema to judge.
const SourceManifestSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  icons: z.looseObject({ color: z.string(), outline: z.string() }),
  bots: z.array(z.looseObject({ botId: z.string() })).min(1, { error: 'needs the bot entry whose botId gets filled in' }),
  configurableTabs: z.array(z.looseObject({ configurationUrl: z.string() })).optional(),
  validDomains: z.array(z.string()).optional(),
  webApplicationInfo: z.looseObject({ id: z.string(), resource: z.string().optional() }).optional(),
});
export type AppManifestJson = z.infer<typeof SourceManifestSchema>;

export type Env = Readonly<Record<string, string | undefined>>;
export type Result<T> = ({ ok: true } & T) | { ok: false; problems: string[] };
export interface IconFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** The same URL on the real host when it points at the placeholder host; any other URL stays as it is. */
function onHost(url: string, host: string): string {
  const rest = url.slice(PLACEHOLDER_ORIGIN.length);
  return url.startsWith(PLACEHOLDER_ORIGIN) && /^([/?#]|$)/.test(rest) ? `https://${host}${rest}` : url;
}

/** Puts the environment's ids, version and public host into a copy of the source manifest; one line per problem, never a value. */
export function fillManifest(source: unknown, env: Env): Result<{ manifest: AppManifestJson }> {
  const shape = SourceManifestSchema.safeParse(source);
  if (!shape.success) return { ok: false, problems: issueLines(shape.error, 'manifest') };
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: issueLines(parsed.error) };

  const { MicrosoftAppId, TEAMS_APP_ID, TEAMS_APP_VERSION, BOT_PUBLIC_HOST, TAB_SSO_APP_ID, TAB_SSO_RESOURCE } = parsed.data;
  // Teams grants the tab's token only when the resource's host is the host the tab is served from.
  if (TAB_SSO_RESOURCE && !TAB_SSO_RESOURCE.toLowerCase().startsWith(`api://${BOT_PUBLIC_HOST}/`)) {
    return { ok: false, problems: ['TAB_SSO_RESOURCE: must name the same host as BOT_PUBLIC_HOST (api://<BOT_PUBLIC_HOST>/<app id>)'] };
  }
  const m = shape.data;
  const ssoAppId = TAB_SSO_APP_ID ?? MicrosoftAppId;
  const manifest: AppManifestJson = {
    ...m,
    id: TEAMS_APP_ID ?? MicrosoftAppId,
    version: TEAMS_APP_VERSION ?? m.version,
    bots: m.bots.map((bot, i) => (i === 0 ? { ...bot, botId: MicrosoftAppId } : bot)),
    ...(m.configurableTabs && {
      configurableTabs: m.configurableTabs.map((tab) => ({ ...tab, configurationUrl: onHost(tab.configurationUrl, BOT_PUBLIC_HOST) })),
    }),
    // The tab's getAuthToken() asks for this resource; Teams only grants it for an app that declares it here.
    webApplicationInfo: { ...m.webApplicationInfo, id: ssoAppId, resource: TAB_SSO_RESOURCE ?? `api://${BOT_PUBLIC_HOST}/${ssoAppId}` },
    validDomains: [BOT_PUBLIC_HOST, ...(m.validDomains ?? []).filter((d) => d !== PLACEHOLDER_HOST && d !== BOT_PUBLIC_HOST)],
  };
  return { ok: true, manifest };
}

/** Reads the icons the manifest names and checks their sizes before they go into the package. */
export function readIcons(manifest: AppManifestJson, manifestDir: string): Result<{ icons: IconFile[] }> {
  const problems: string[] = [];
  const icons: IconFile[] = [];
  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons[kind];
    const size = ICON_SIZES[kind];
    // The name doubles as the zip entry, so it must stay inside the package.
    if (isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
      problems.push(`icons.${kind}: "${name}" must be a path inside the manifest folder`);
      continue;
    }
    const file = join(manifestDir, name);
    if (!existsSync(file)) {
      problems.push(`icons.${kind}: ${name} not found next to manifest.json`);
      continue;
    }
    const bytes = readFileSync(file);
    const header = readPngHeader(bytes);
    if (!header) problems.push(`icons.${kind}: ${name} is not a PNG`);
    else if (header.width !== size || header.height !== size) {
      problems.push(`icons.${kind}: ${name} is ${header.width}x${header.height}, Teams wants ${size}x${size}`);
    } else icons.push({ name, bytes });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, icons };
}

/** Writes the zip Teams expects: manifest.json and the icons at the root. */
export async function writeAppPackage(outPath: string, manifest: AppManifestJson, icons: readonly IconFile[]): Promise<void> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime: ZIP_MTIME });
  for (const icon of icons) zip.addBuffer(icon.bytes, icon.name, { mtime: ZIP_MTIME });
  zip.end();
  mkdirSync(dirname(outPath), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(outPath));
}

/** The whole run: fill, validate against the local schema, check icons, write. Writes nothing if anything is wrong. */
export async function packageApp(env: Env, paths: { manifestDir: string; outPath: string }): Promise<Result<{ outPath: string }>> {
  let source: unknown;
  try {
    source = JSON.parse(readFileSync(join(paths.manifestDir, 'manifest.json'), 'utf8'));
  } catch (err) {
    return { ok: false, problems: [`manifest.json: cannot read (${err instanceof Error ? err.message : String(err)})`] };
  }
  const filled = fillManifest(source, env);
  if (!filled.ok) return filled;
  const schemaErrors = await validateManifest(filled.manifest);
  if (schemaErrors.length > 0) return { ok: false, problems: schemaErrors.map((e) => `manifest.json: ${e}`) };
  const icons = readIcons(filled.manifest, paths.manifestDir);
  if (!icons.ok) return icons;
  await writeAppPackage(paths.outPath, filled.manifest, icons.icons);
  return { ok: true, outPath: paths.outPath };
}

/** Source and compiled copies sit at different depths (scripts/ vs dist/scripts/), so look for the manifest upwards. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'manifest', 'manifest.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('manifest/manifest.json not found above ' + __dirname);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const root = repoRoot();
  const outPath = resolve(values.out ?? join(root, 'dist', DEFAULT_ZIP_NAME));
  const result = await packageApp(process.env, { manifestDir: join(root, 'manifest'), outPath });
  if (!result.ok) {
    for (const line of result.problems) console.error(line);
    process.exitCode = 1;
    return;
  }
  const shown = relative(process.cwd(), result.outPath);
  console.log(`Wrote ${shown.startsWith('..') ? result.outPath : shown}`);
}

if (require.main === module) {
  // Operators get one readable line, not a stack trace.
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}

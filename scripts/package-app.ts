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
export const DEFAULT_ZIP_NAME = 'wijksignaal-teams-app.zip';

// Teams accepts only MAJOR.MINOR.PATCH: no pre-release or build suffix.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
// Teams rejects a package whose icons have other sizes.
const ICON_SIZES = { color: 192, outline: 32 } as const;
// A fixed timestamp makes the same inputs give the same zip bytes.
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

const guid = (missing: string, invalid: string) =>
  z
    .string({ error: missing })
    .trim()
    .regex(GUID, { error: invalid })
    .refine((v) => v !== PLACEHOLDER_GUID, { error: 'is still the placeholder GUID; use the real one' });

const NOT_A_TEAMS_APP_ID = 'must be a GUID (leave unset to reuse MicrosoftAppId)';
const EnvSchema = z.object({
  MicrosoftAppId: z.preprocess(blankToUndefined, guid("required, the bot registration's app id (a GUID)", "must be the bot registration's app id (a GUID)")),
  TEAMS_APP_ID: z.preprocess(blankToUndefined, guid(NOT_A_TEAMS_APP_ID, NOT_A_TEAMS_APP_ID).optional()),
  TEAMS_APP_VERSION: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(SEMVER, { error: 'must be MAJOR.MINOR.PATCH, e.g. 1.2.0 (leave unset to keep the manifest’s)' }).optional(),
  ),
});

// Only the fields this script fills or reads; everything else passes through untouched for the schema to judge.
const SourceManifestSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  icons: z.looseObject({ color: z.string(), outline: z.string() }),
  bots: z.array(z.looseObject({ botId: z.string() })).min(1, { error: 'needs the bot entry whose botId gets filled in' }),
});
export type AppManifestJson = z.infer<typeof SourceManifestSchema>;

export type Env = Readonly<Record<string, string | undefined>>;
export type Result<T> = ({ ok: true } & T) | { ok: false; problems: string[] };
export interface IconFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Puts the environment's ids and version into a copy of the source manifest; one line per problem, never a value. */
export function fillManifest(source: unknown, env: Env): Result<{ manifest: AppManifestJson }> {
  const shape = SourceManifestSchema.safeParse(source);
  if (!shape.success) return { ok: false, problems: issueLines(shape.error, 'manifest') };
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: issueLines(parsed.error) };

  const { MicrosoftAppId, TEAMS_APP_ID, TEAMS_APP_VERSION } = parsed.data;
  const m = shape.data;
  const manifest: AppManifestJson = {
    ...m,
    id: TEAMS_APP_ID ?? MicrosoftAppId,
    version: TEAMS_APP_VERSION ?? m.version,
    bots: m.bots.map((bot, i) => (i === 0 ? { ...bot, botId: MicrosoftAppId } : bot)),
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

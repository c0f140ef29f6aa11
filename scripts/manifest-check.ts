import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

// The package exposes no "exports" map, so resolving its package.json finds the schemas it ships.
const SCHEMA_ROOT = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** The schema for the manifest's own manifestVersion, read from disk so validation never touches the network. */
export function localSchemaPath(manifestVersion: string): string {
  return join(SCHEMA_ROOT, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/**
 * Validates against the official Teams schema shipped in @microsoft/app-manifest.
 * Returns one line per error; empty means valid. Takes `unknown` because the schema is the type check.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return ['manifest: must be a JSON object'];
  const version = 'manifestVersion' in manifest ? manifest.manifestVersion : undefined;
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) {
    return ['manifestVersion: missing or not a version such as "1.25"'];
  }
  let schema: Schema;
  try {
    schema = JSON.parse(readFileSync(localSchemaPath(version), 'utf8')) as Schema;
  } catch {
    // Without a schema the library would download one; refusing keeps the check offline and reproducible.
    return [`manifestVersion: no local schema for "${version}" in @microsoft/app-manifest; pick a version it ships`];
  }
  // ajv checks the real shape at runtime; the cast only satisfies the library's signature.
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifest } from '../scripts/manifest-check';
import { fillManifest, packageApp, PLACEHOLDER_GUID } from '../scripts/package-app';
import { readPngHeader } from '../scripts/png-header';
import { decodeRgbaPng } from './helpers/decode-png';
import { readZip } from './helpers/read-zip';

// @microsoft/app-manifest requires strip-bom 5, an ES module. Node 20.19+ loads that natively (so the script
// runs), but jest's module registry cannot before Node 24.9. The validation path never calls it; this stand-in
// does the same job so the library loads under jest.
jest.mock('strip-bom', () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

const MANIFEST_DIR = join(__dirname, '..', 'manifest');
// Made up for the tests; belongs to no registration.
const BOT_ID = '6f1d2c3b-4a59-4e7d-8c1b-2a3f4e5d6c7b';
const APP_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const sourceManifest = (): Record<string, unknown> => JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('Teams manifest', () => {
  it('validates against the official schema, offline, with no errors', async () => {
    expect(await validateManifest(sourceManifest())).toEqual([]);
  });

  it('reports errors for a broken copy, so the check can fail', async () => {
    const broken = sourceManifest();
    broken.bots = [{ botId: PLACEHOLDER_GUID, scopes: ['nonsense'] }];
    const errors = await validateManifest(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('/bots/0/scopes/0');
  });

  it('refuses a manifestVersion it has no local schema for instead of downloading one', async () => {
    expect(await validateManifest({ ...sourceManifest(), manifestVersion: '9.99' })).toEqual([expect.stringContaining('no local schema for "9.99"')]);
  });

  it('keeps real ids out of the committed manifest', () => {
    const m = sourceManifest();
    expect(m.id).toBe(PLACEHOLDER_GUID);
    expect(m.bots).toEqual([expect.objectContaining({ botId: PLACEHOLDER_GUID })]);
  });
});

describe('fillManifest', () => {
  it.each([
    ['missing', {}, "MicrosoftAppId: required, the bot registration's app id (a GUID)"],
    ['blank', { MicrosoftAppId: '  ' }, "MicrosoftAppId: required, the bot registration's app id (a GUID)"],
    ['not a GUID', { MicrosoftAppId: 'my-bot' }, "MicrosoftAppId: must be the bot registration's app id (a GUID)"],
    ['the placeholder', { MicrosoftAppId: PLACEHOLDER_GUID }, 'MicrosoftAppId: is still the placeholder GUID; use the real one'],
  ])('refuses a MicrosoftAppId that is %s with one clear line', (_name, env, problem) => {
    expect(fillManifest(sourceManifest(), env)).toEqual({ ok: false, problems: [problem] });
  });

  it('refuses a bad TEAMS_APP_ID and TEAMS_APP_VERSION, naming each', () => {
    const result = fillManifest(sourceManifest(), { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'x', TEAMS_APP_VERSION: '1.0' });
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.split(':')[0])).toEqual(['TEAMS_APP_ID', 'TEAMS_APP_VERSION']);
  });

  it('fills id and botId from MicrosoftAppId, keeping the manifest version', () => {
    const result = fillManifest(sourceManifest(), { MicrosoftAppId: BOT_ID });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.manifest.id).toBe(BOT_ID);
    expect(result.manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(result.manifest.version).toBe(sourceManifest().version);
  });

  it('uses TEAMS_APP_ID and TEAMS_APP_VERSION when given, without touching the source', () => {
    const source = sourceManifest();
    const result = fillManifest(source, { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: APP_ID, TEAMS_APP_VERSION: '2.3.4' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.manifest).toMatchObject({ id: APP_ID, version: '2.3.4', bots: [{ botId: BOT_ID }] });
    expect(source.id).toBe(PLACEHOLDER_GUID);
  });
});

describe('packageApp', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wijksignaal-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a zip with exactly manifest.json and the two icons at the root', async () => {
    const outPath = join(dir, 'app.zip');
    const result = await packageApp({ MicrosoftAppId: BOT_ID }, { manifestDir: MANIFEST_DIR, outPath });
    expect(result).toEqual({ ok: true, outPath });

    const entries = readZip(readFileSync(outPath));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '') as unknown;
    expect(manifest).toMatchObject({ id: BOT_ID, bots: [{ botId: BOT_ID }] });
    expect(await validateManifest(manifest)).toEqual([]);
    expect(readPngHeader(entries.get('color.png') ?? Buffer.alloc(0))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(entries.get('outline.png') ?? Buffer.alloc(0))).toMatchObject({ width: 32, height: 32 });
  });

  it('writes nothing when the environment is wrong', async () => {
    const outPath = join(dir, 'app.zip');
    const result = await packageApp({}, { manifestDir: MANIFEST_DIR, outPath });
    expect(result.ok).toBe(false);
    expect(() => readFileSync(outPath)).toThrow();
  });
});

describe('outline icon', () => {
  it('is 32x32, white on transparent, as Teams requires', () => {
    const { width, height, pixels } = decodeRgbaPng(readFileSync(join(MANIFEST_DIR, 'outline.png')));
    expect([width, height]).toEqual([32, 32]);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) transparent++;
      else if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) notWhite++;
    }
    expect(transparent).toBeGreaterThan(0);
    expect(pixels[3]).toBe(0); // the corner, i.e. the background
    expect(notWhite).toBe(0);
  });
});

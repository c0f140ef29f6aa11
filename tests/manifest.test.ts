import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateManifest } from '../scripts/manifest-check';
import { type AppManifestJson, fillManifest, packageApp, PLACEHOLDER_GUID, PLACEHOLDER_HOST } from '../scripts/package-app';
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
const SSO_ID = '0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const HOST = 'wijksignaal.gemeente.nl';
/** The least a real run needs. */
const ENV = { MicrosoftAppId: BOT_ID, BOT_PUBLIC_HOST: HOST };

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
    expect(m.webApplicationInfo).toEqual({ id: PLACEHOLDER_GUID, resource: `api://${PLACEHOLDER_HOST}/${PLACEHOLDER_GUID}` });
    expect(m.validDomains).toEqual([PLACEHOLDER_HOST]);
  });

  it('offers the coordinators’ tab in teams only, not to the 1:1 users (teachers)', () => {
    expect(sourceManifest().configurableTabs).toEqual([
      { configurationUrl: `https://${PLACEHOLDER_HOST}/tab/config`, canUpdateConfiguration: false, scopes: ['team'], context: ['channelTab'] },
    ]);
  });
});

describe('fillManifest', () => {
  it.each([
    ['missing', {}, "MicrosoftAppId: required, the bot registration's app id (a GUID)"],
    ['blank', { MicrosoftAppId: '  ' }, "MicrosoftAppId: required, the bot registration's app id (a GUID)"],
    ['not a GUID', { MicrosoftAppId: 'my-bot' }, "MicrosoftAppId: must be the bot registration's app id (a GUID)"],
    ['the placeholder', { MicrosoftAppId: PLACEHOLDER_GUID }, 'MicrosoftAppId: is still the placeholder GUID; use the real one'],
  ])('refuses a MicrosoftAppId that is %s with one clear line', (_name, env, problem) => {
    expect(fillManifest(sourceManifest(), { BOT_PUBLIC_HOST: HOST, ...env })).toEqual({ ok: false, problems: [problem] });
  });

  const NOT_A_HOST = 'BOT_PUBLIC_HOST: must be the bot’s public host name only, e.g. wijksignaal.gemeente.nl (no https://, port or path)';
  const BAD_SSO_APP_ID = 'TAB_SSO_APP_ID: must be the tab’s SSO app registration’s client id, a GUID (leave unset to reuse MicrosoftAppId)';
  const BAD_RESOURCE = 'TAB_SSO_RESOURCE: must be the Application ID URI, api://<host>/<app id> (leave unset for api://<BOT_PUBLIC_HOST>/<TAB_SSO_APP_ID>)';
  it.each([
    [
      'BOT_PUBLIC_HOST missing',
      { BOT_PUBLIC_HOST: undefined },
      'BOT_PUBLIC_HOST: required, the bot’s public host name, e.g. wijksignaal.gemeente.nl (no https://, port or path)',
    ],
    [
      'BOT_PUBLIC_HOST blank',
      { BOT_PUBLIC_HOST: ' ' },
      'BOT_PUBLIC_HOST: required, the bot’s public host name, e.g. wijksignaal.gemeente.nl (no https://, port or path)',
    ],
    ['BOT_PUBLIC_HOST with a scheme', { BOT_PUBLIC_HOST: 'https://zorg-noord.nl' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST with a port', { BOT_PUBLIC_HOST: 'zorg-noord.nl:3978' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST with a path', { BOT_PUBLIC_HOST: 'zorg-noord.nl/tab' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST without a dot', { BOT_PUBLIC_HOST: 'zorgnoordhost' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST an IP address', { BOT_PUBLIC_HOST: '10.20.30.40' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST with an underscore', { BOT_PUBLIC_HOST: 'zorg_noord.nl' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST with a label ending in a hyphen', { BOT_PUBLIC_HOST: 'zorgnoord-.nl' }, NOT_A_HOST],
    ['BOT_PUBLIC_HOST the placeholder', { BOT_PUBLIC_HOST: PLACEHOLDER_HOST }, 'BOT_PUBLIC_HOST: is still the placeholder host; use the real one'],
    ['TAB_SSO_APP_ID not a GUID', { TAB_SSO_APP_ID: 'zorgnoord-sso' }, BAD_SSO_APP_ID],
    ['TAB_SSO_APP_ID the placeholder', { TAB_SSO_APP_ID: PLACEHOLDER_GUID }, 'TAB_SSO_APP_ID: is still the placeholder GUID; use the real one'],
    ['TAB_SSO_RESOURCE not api://', { TAB_SSO_RESOURCE: 'https://zorg-noord.nl/sso' }, BAD_RESOURCE],
    ['TAB_SSO_RESOURCE with a space', { TAB_SSO_RESOURCE: 'api://zorg noord' }, BAD_RESOURCE],
    [
      'TAB_SSO_RESOURCE on another host than BOT_PUBLIC_HOST',
      { TAB_SSO_RESOURCE: `api://sso.elders.nl/${PLACEHOLDER_GUID.replace(/0/g, '7')}` },
      'TAB_SSO_RESOURCE: must name the same host as BOT_PUBLIC_HOST (api://<BOT_PUBLIC_HOST>/<app id>)',
    ],
    [
      'TAB_SSO_RESOURCE the placeholder',
      { TAB_SSO_RESOURCE: `api://${PLACEHOLDER_HOST}/${PLACEHOLDER_GUID}` },
      'TAB_SSO_RESOURCE: is still the placeholder Application ID URI; use the real one',
    ],
  ])('refuses %s with one line that names it and not the value', (_name, override, problem) => {
    const env: Record<string, string | undefined> = { ...ENV, ...override };
    const result = fillManifest(sourceManifest(), env);
    expect(result).toEqual({ ok: false, problems: [problem] });
    const value = Object.values(override)[0];
    if (value?.trim()) expect(JSON.stringify(result)).not.toContain(value);
  });

  it('refuses a bad TEAMS_APP_ID and TEAMS_APP_VERSION, naming each', () => {
    const result = fillManifest(sourceManifest(), { ...ENV, TEAMS_APP_ID: 'x', TEAMS_APP_VERSION: '1.0' });
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.split(':')[0])).toEqual(['TEAMS_APP_ID', 'TEAMS_APP_VERSION']);
  });

  it('fills id and botId from MicrosoftAppId, keeping the manifest version', () => {
    const result = fillManifest(sourceManifest(), ENV);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.manifest.id).toBe(BOT_ID);
    expect(result.manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(result.manifest.version).toBe(sourceManifest().version);
  });

  it('uses TEAMS_APP_ID and TEAMS_APP_VERSION when given, without touching the source', () => {
    const source = sourceManifest();
    const result = fillManifest(source, { ...ENV, TEAMS_APP_ID: APP_ID, TEAMS_APP_VERSION: '2.3.4' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.manifest).toMatchObject({ id: APP_ID, version: '2.3.4', bots: [{ botId: BOT_ID }] });
    expect(source.id).toBe(PLACEHOLDER_GUID);
  });

  const filled = (source: unknown, env: Record<string, string>): AppManifestJson => {
    const result = fillManifest(source, env);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.manifest;
  };

  it('puts BOT_PUBLIC_HOST in the tab URL, the SSO resource and the valid domains, and the result still validates', async () => {
    const source = sourceManifest();
    const manifest = filled(source, ENV);
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: `https://${HOST}/tab/config`, scopes: ['team'] })]);
    expect(manifest.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://${HOST}/${BOT_ID}` });
    expect(manifest.validDomains).toEqual([HOST]);
    expect(await validateManifest(manifest)).toEqual([]);
    expect(source.validDomains).toEqual([PLACEHOLDER_HOST]);
  });

  it.each([
    ['TAB_SSO_APP_ID alone: the resource follows it', { TAB_SSO_APP_ID: SSO_ID }, { id: SSO_ID, resource: `api://${HOST}/${SSO_ID}` }],
    [
      'TAB_SSO_RESOURCE alone: the id stays MicrosoftAppId',
      { TAB_SSO_RESOURCE: `api://${HOST}/${BOT_ID}/tab` },
      { id: BOT_ID, resource: `api://${HOST}/${BOT_ID}/tab` },
    ],
    ['both', { TAB_SSO_APP_ID: SSO_ID, TAB_SSO_RESOURCE: `api://${HOST}/${SSO_ID}` }, { id: SSO_ID, resource: `api://${HOST}/${SSO_ID}` }],
    ['blank ones count as unset', { TAB_SSO_APP_ID: ' ', TAB_SSO_RESOURCE: '' }, { id: BOT_ID, resource: `api://${HOST}/${BOT_ID}` }],
  ])('sets webApplicationInfo from %s', (_name, override, expected) => {
    expect(filled(sourceManifest(), { ...ENV, ...override }).webApplicationInfo).toEqual(expected);
  });

  it('takes BOT_PUBLIC_HOST trimmed and in lower case', () => {
    expect(filled(sourceManifest(), { ...ENV, BOT_PUBLIC_HOST: ' Wijksignaal.Gemeente.NL ' }).validDomains).toEqual([HOST]);
  });

  it('keeps real valid domains and tab URLs on other hosts, dropping only the placeholder', () => {
    const source = {
      ...sourceManifest(),
      validDomains: [PLACEHOLDER_HOST, 'cdn.zorg-noord.nl', HOST],
      configurableTabs: [{ configurationUrl: 'https://elders.zorg-noord.nl/config', scopes: ['team'] }],
    };
    const manifest = filled(source, ENV);
    expect(manifest.validDomains).toEqual([HOST, 'cdn.zorg-noord.nl']);
    expect(manifest.configurableTabs).toEqual([{ configurationUrl: 'https://elders.zorg-noord.nl/config', scopes: ['team'] }]);
  });

  it('replaces only the host of a placeholder URL, not a host that merely starts like it', () => {
    const tabAt = (configurationUrl: string) =>
      filled({ ...sourceManifest(), configurableTabs: [{ configurationUrl, scopes: ['team'] }] }, ENV).configurableTabs?.[0];
    expect(tabAt(`https://${PLACEHOLDER_HOST}/tab/config?x=1#y`)?.configurationUrl).toBe(`https://${HOST}/tab/config?x=1#y`);
    expect(tabAt(`https://${PLACEHOLDER_HOST}.evil.nl/tab/config`)?.configurationUrl).toBe(`https://${PLACEHOLDER_HOST}.evil.nl/tab/config`);
  });

  it('has nothing to fill in a manifest without tabs', () => {
    const { configurableTabs: _tabs, ...withoutTabs } = sourceManifest();
    expect(filled(withoutTabs, ENV)).not.toHaveProperty('configurableTabs');
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
    const result = await packageApp(ENV, { manifestDir: MANIFEST_DIR, outPath });
    expect(result).toEqual({ ok: true, outPath });

    const entries = readZip(readFileSync(outPath));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '') as unknown;
    expect(manifest).toMatchObject({ id: BOT_ID, bots: [{ botId: BOT_ID }] });
    expect(await validateManifest(manifest)).toEqual([]);
    expect(readPngHeader(entries.get('color.png') ?? Buffer.alloc(0))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(entries.get('outline.png') ?? Buffer.alloc(0))).toMatchObject({ width: 32, height: 32 });
  });

  it('packages the coordinators’ tab on the public host, in team scope only, with its SSO registration', async () => {
    const outPath = join(dir, 'app.zip');
    expect(await packageApp({ ...ENV, TAB_SSO_APP_ID: SSO_ID }, { manifestDir: MANIFEST_DIR, outPath })).toEqual({ ok: true, outPath });

    const manifest = JSON.parse(readZip(readFileSync(outPath)).get('manifest.json')?.toString('utf8') ?? '') as Record<string, unknown>;
    expect(manifest.configurableTabs).toEqual([
      { configurationUrl: `https://${HOST}/tab/config`, canUpdateConfiguration: false, scopes: ['team'], context: ['channelTab'] },
    ]);
    expect(manifest.staticTabs).toBeUndefined();
    expect(manifest.webApplicationInfo).toEqual({ id: SSO_ID, resource: `api://${HOST}/${SSO_ID}` });
    expect(manifest.validDomains).toEqual([HOST]);
  });

  it.each([
    ['nothing set', {}],
    ['no BOT_PUBLIC_HOST', { MicrosoftAppId: BOT_ID }],
  ])('writes nothing when the environment is wrong (%s)', async (_name, env) => {
    const outPath = join(dir, 'app.zip');
    const result = await packageApp(env, { manifestDir: MANIFEST_DIR, outPath });
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

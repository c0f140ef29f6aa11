import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTabFiles } from '../../../src/coordination/tab-api/tab-files';
import { startTestApp, type TestApp } from '../../helpers/test-app';

describe('the tab’s files', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Precondition: npm test builds the tab before jest runs (npm run build).
    expect(loadTabFiles()).toBeDefined();
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it.each([
    ['/tab', 'text/html'],
    ['/tab/config', 'text/html'],
    ['/tab/tab.js', 'text/javascript'],
    ['/tab/tab.css', 'text/css'],
  ])('%s is served as %s, framable by Teams only, with no inline script or style allowed', async (path, type) => {
    const res = await fetch(`${app.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors https:\/\/teams\.microsoft\.com /);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/tab/main.ts', '/tab/tsconfig.json', '/tab/%2e%2e/package.json'])('%s is not served: only the built files are', async (path) => {
    expect((await fetch(`${app.url}${path}`)).status).toBe(404);
  });

  it('a server where the tab was not built says so, instead of a blank page', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tab-'));
    const files = loadTabFiles(empty);
    expect(files).toBeUndefined();
    const unbuilt = await startTestApp({ tabFiles: new Map() });
    try {
      const res = await fetch(`${unbuilt.url}/tab`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'not-built', message: expect.stringContaining('npm run build') });
    } finally {
      await unbuilt.stop();
    }
  });
});

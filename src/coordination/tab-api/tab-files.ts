import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One file of the built tab, with the headers it is served with. */
export interface TabFile {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where Teams may frame the tab: its web clients (teams.microsoft.com, teams.cloud.microsoft) and the Microsoft 365 hosts. */
const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
];
// teams-js fetches its list of valid host origins from this CDN (it falls back to a built-in list if it cannot).
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `connect-src 'self' ${TEAMS_JS_CDN}`,
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const TYPES: Record<string, string> = {
  'tab.html': 'text/html; charset=utf-8',
  'tab.js': 'text/javascript; charset=utf-8',
  'tab.css': 'text/css; charset=utf-8',
};

/** The project's root, from dist/src/coordination/tab-api (the build) or src/coordination/tab-api (ts-jest). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The built tab (npm run build writes dist/tab), read once at start; undefined where it was not built. */
export function loadTabFiles(dir = join(projectRoot(), 'dist', 'tab')): ReadonlyMap<string, TabFile> | undefined {
  if (!existsSync(join(dir, 'tab.html'))) return undefined;
  const files = new Map<string, TabFile>();
  for (const [name, type] of Object.entries(TYPES)) {
    files.set(name, {
      body: readFileSync(join(dir, name)),
      headers: {
        'content-type': type,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        // Small files; a new deployment must not be hidden behind an old copy.
        'cache-control': 'no-cache',
      },
    });
  }
  return files;
}

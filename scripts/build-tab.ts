import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Builds the coordinators' tab into dist/tab: one bundle (teams-js, zod, the tab's code and texts) and the page and
 * its styles beside it, which the bot serves at /tab. esbuild because it bundles TypeScript for the browser in well
 * under a second with no configuration of its own; tsc checks the tab's types (src/coordination/tab/tsconfig.json).
 */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const source = join(root, 'src', 'coordination', 'tab');
  const out = join(root, 'dist', 'tab');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(source, 'main.ts')],
    outfile: join(out, 'tab.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'edge110', 'safari16', 'firefox115'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of ['tab.html', 'tab.css']) copyFileSync(join(source, file), join(out, file));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

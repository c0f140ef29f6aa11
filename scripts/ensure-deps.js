// Runs before `npm start`, `npm test`, `npm run build`, `npm run package` and `npm run playground` (their pre-hooks in
// package.json), so a fresh clone needs no separate install step. Not before `npm run serve`: production runs what
// the build made and installs nothing at start.
// npm_config_yes=true: botbuilder-dialogs' postinstall runs `npx rimraf`, which npx refuses to fetch where npm's
// `yes` is false (a ~/.npmrc or npm_config_yes=false), and that fails the whole install.
// Plain JavaScript on purpose: it must run before any dependency is present.
const { existsSync, statSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm install, the versions in package-lock.json)...');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true' } });
}

#!/usr/bin/env node
// Installs what the browser and VS Code tests need, idempotently, so `npm test` works on a
// fresh machine (see ../shared/TESTING.md): Debian's chromium, libkrb5-dev (code-server's
// native kerberos module) and ripgrep; then code-server 4.99.4 in .vscode-test/code-server.
// Everything is checked first and skipped when present; nothing is downloaded from outside the
// npm registry and Debian's mirrors.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CODE_SERVER_VERSION = '4.99.4';
export const CODE_SERVER_DIR = path.join(ROOT, '.vscode-test', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];

const log = (message) => process.stderr.write(`[test-deps] ${message}\n`);

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !/install ok installed/.test(result.stdout ?? '');
  });
}

function ensureDebian() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const run = (args) =>
    execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : ['-n', ...args], { stdio: 'inherit' });
  log(`installing Debian packages: ${missing.join(' ')}`);
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

/** code-server's @vscode/ripgrep looks for this archive before trying GitHub. */
function ensureRipgrepCache() {
  const dir = path.join(process.env.TMPDIR || tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(path.join(tmpdir(), 'rg-'));
  copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

function ensureCodeServer() {
  if (existsSync(CODE_SERVER_ENTRY)) return;
  ensureRipgrepCache();
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // Its own folder and package.json: code-server is a test tool, not a project dependency. Its
  // postinstall runs a nested npm install and node-gyp, so install scripts are allowed here.
  writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    `${JSON.stringify({ name: 'touchpoint-test-code-server', private: true }, null, 2)}\n`,
  );
  log(`installing code-server ${CODE_SERVER_VERSION} (a few minutes, once)`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--unsafe-perm', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_dangerously_allow_all_scripts: 'true',
    },
  });
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server did not install: ${CODE_SERVER_ENTRY} is missing`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const what = process.argv.slice(2);
  ensureDebian();
  if (what.length === 0 || what.includes('code-server')) ensureCodeServer();
  log('ready');
}

/**
 * Compiles the integration suites (test/integration/suite/*.ts) to out/integration/, where
 * both runners point the VS Code test host. Dependencies (mocha) stay in node_modules; `vscode`
 * is the host's.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUT = path.join(ROOT, 'out', 'integration');
export const WORKSPACE = path.join(__dirname, 'workspace');

export async function buildSuites(): Promise<string> {
  const dir = path.join(__dirname, 'suite');
  await esbuild.build({
    entryPoints: readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'helpers.ts')
      .map((name) => path.join(dir, name)),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    external: ['vscode'],
    sourcemap: true,
    logLevel: 'warning',
  });
  return path.join(OUT, 'index');
}

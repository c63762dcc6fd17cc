// Runs a TypeScript benchmark from bench/ on the pinned Node: esbuild bundles it (the sources use
// extensionless imports Node cannot resolve by itself), then Node runs the bundle.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const name = process.argv[2] ?? 'validate';
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'chorus-assist-bench-'));
const outfile = join(dir, `${name}.mjs`);
try {
  await build({
    entryPoints: [resolve(root, `bench/${name}.bench.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['libxml2-wasm'],
    nodePaths: [resolve(root, 'node_modules')],
    logLevel: 'warning',
  });
  process.chdir(root);
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

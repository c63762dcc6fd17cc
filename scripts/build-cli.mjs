// Bundles the CLI into one ES module that runs on Node ≥ 20 (the system Node of many users), and
// links it as node_modules/.bin/chorus-assist: npm does not link a package's own bin into its own
// node_modules, and the README promises that path right after `npm ci`.
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const outfile = resolve(root, 'dist/chorus-assist.mjs');

await build({
  entryPoints: [resolve(root, 'cli/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  define: { CHORUS_ASSIST_VERSION: JSON.stringify(pkg.version) },
  // libxml2-wasm stays a runtime import: esbuild cannot bundle its top-level await and import
  // cycles into one file, and it ships its own wasm next to its code.
  external: ['libxml2-wasm'],
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);

const link = resolve(root, 'node_modules/.bin/chorus-assist');
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), outfile), link);

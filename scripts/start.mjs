// `npm start`: builds the extension, prepares the local Worker state, then runs the edge with
// `wrangler dev` (local KV and D1 under .wrangler/state) until interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const port = process.env.PORT ?? '8787';

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin('wxt'), ['build']);
run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
// CI=1: wrangler applies the local migrations without asking for a confirmation on a terminal.
for (const step of localSetupSteps()) run(bin('wrangler'), step, { ...process.env, CI: '1' });

console.log(`
Extension built:
  Chrome / Edge : chrome://extensions → « Mode développeur » → « Charger l'extension non empaquetée »
                  → ${resolve(root, '.output/chrome-mv3')}
  Firefox       : about:debugging#/runtime/this-firefox → « Charger un module temporaire »
                  → ${resolve(root, '.output/firefox-mv3/manifest.json')}
Edge API: http://127.0.0.1:${port}  (GET /health)
`);

const dev = spawn(bin('wrangler'), ['dev', '--ip', '127.0.0.1', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  // The Worker never reads `request.cf`; fetching its sample from workers.cloudflare.com only
  // prints a stack trace when the machine is offline. An explicit setting still wins.
  env: { CLOUDFLARE_CF_FETCH_ENABLED: 'false', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));

/**
 * wrangler commands that prepare local state before `wrangler dev`: the D1 schema, then the
 * demonstration Chorus Pro directory (edge/seed/README.md) so structure lookups work offline.
 * Both are idempotent.
 */
function localSetupSteps() {
  return [
    ['d1', 'migrations', 'apply', 'DB', '--local'],
    ['d1', 'execute', 'DB', '--local', '--file', 'edge/seed/chorus-directory.sql'],
  ];
}

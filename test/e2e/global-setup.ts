import { execFileSync } from 'node:child_process';

/** Builds the extension in e2e mode so the tests load exactly what `wxt build` produces. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '--mode', 'e2e'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

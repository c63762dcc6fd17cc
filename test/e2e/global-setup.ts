import { execFileSync } from 'node:child_process';

/** The e2e builds the tests load, exactly as `wxt build` produces them (Chromium, then Firefox). */
const E2E_BUILDS = [
  ['build', '--mode', 'e2e'],
  ['build', '-b', 'firefox', '--mode', 'e2e'],
];

export default function setup(): void {
  for (const args of E2E_BUILDS)
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
}

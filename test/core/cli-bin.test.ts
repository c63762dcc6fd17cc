import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The bundle is built by `npm ci` (prepare script); the test runs it as a user would.
const BIN = 'node_modules/.bin/chorus-assist';

describe('installed chorus-assist binary', () => {
  it('is linked after install and runs directly', () => {
    expect(existsSync(BIN)).toBe(true);
    const version = execFileSync(BIN, ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on a usage error', () => {
    const result = spawnSync(BIN, ['no-such-command'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Commande inconnue');
  });
});

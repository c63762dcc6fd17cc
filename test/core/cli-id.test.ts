import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { memoryIO } from '../support/cli-io';

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('chorus-assist id', () => {
  it('prints one JSON line per value and exits 0 when all are valid', async () => {
    const m = memoryIO();
    const values = ['732 829 320 00074', 'fr 19 552 008 443', 'FR14 2004 1010 0505 0001 3M02 606'];
    expect(await main(['id', '--format', 'json', ...values], m.io)).toBe(0);
    expect(jsonLines(m.out())).toEqual([
      {
        input: '732 829 320 00074',
        kind: 'siret',
        valid: true,
        normalized: '73282932000074',
        formatted: '732 829 320 00074',
        checked: 'checksum',
      },
      {
        input: 'fr 19 552 008 443',
        kind: 'vat',
        valid: true,
        normalized: 'FR19552008443',
        formatted: 'FR 19 552 008 443',
        checked: 'checksum',
      },
      {
        input: 'FR14 2004 1010 0505 0001 3M02 606',
        kind: 'iban',
        valid: true,
        normalized: 'FR1420041010050500013M02606',
        formatted: 'FR14 2004 1010 0505 0001 3M02 606',
        checked: 'checksum',
      },
    ]);
    expect(m.err()).toBe('');
  });

  it('reports the reason and a French message, and exits 1, when one value is invalid', async () => {
    const m = memoryIO();
    const status = await main(
      ['id', '--format=json', '552008443', '11122233344455', 'bonjour'],
      m.io,
    );
    expect(status).toBe(1);
    const [good, fakeSiret, junk] = jsonLines(m.out());
    expect(good).toMatchObject({ kind: 'siren', valid: true, normalized: '552008443' });
    expect(fakeSiret).toMatchObject({ kind: 'siret', valid: false, reason: 'siren' });
    expect(fakeSiret).not.toHaveProperty('normalized');
    expect(String(fakeSiret?.message)).toContain('SIREN');
    expect(junk).toMatchObject({ kind: 'unknown', valid: false, reason: 'unrecognized' });
  });

  it('says in the text output that foreign VAT numbers are checked on their shape only', async () => {
    const m = memoryIO();
    expect(await main(['id', 'DE123456789', '35600000049837'], m.io)).toBe(0);
    const lines = m.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('numéro de TVA valide (forme seulement');
    expect(lines[1]).toBe('« 35600000049837 » : SIRET valide — 356 000 000 49837');
  });

  it('writes one French sentence per invalid value with what is wrong', async () => {
    const m = memoryIO();
    expect(await main(['id', 'FR2012421242124212421242124'], m.io)).toBe(1);
    expect(m.out()).toMatch(/^« FR2012421242124212421242124 » : IBAN non valide — .*clé RIB/);
  });

  it('exits 2 on usage errors, with the usage on stderr', async () => {
    for (const args of [
      ['id'],
      ['id', '--format', 'xml', '552008443'],
      ['id', '--frmat', 'json', '1'],
    ]) {
      const m = memoryIO();
      expect(await main(args, m.io), args.join(' ')).toBe(2);
      expect(m.err()).toContain('Usage : chorus-assist id');
      expect(m.out()).toBe('');
    }
  });

  it('prints its help with --help and is listed in the general help', async () => {
    const m = memoryIO();
    expect(await main(['id', '--help'], m.io)).toBe(0);
    expect(m.out()).toContain('Statut de sortie');
    const general = memoryIO();
    await main(['--help'], general.io);
    expect(general.out()).toMatch(/^\s+id\s+/m);
  });
});

// The bundle is rebuilt only when a source is newer than it: rebuilding replaces the
// node_modules/.bin link, which the other binary test may be running at the same moment.
const BUNDLE = 'dist/chorus-assist.mjs';
const BIN = 'node_modules/.bin/chorus-assist';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

describe('bundled chorus-assist id', () => {
  beforeAll(() => {
    const stale =
      !existsSync(BUNDLE) ||
      !existsSync(BIN) ||
      Math.max(newestSource('cli'), newestSource('shared')) > statSync(BUNDLE).mtimeMs;
    if (stale) execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  }, 60_000);

  it('checks values as the library does, with the same exit statuses', () => {
    const result = spawnSync(
      BIN,
      ['id', '--format', 'json', '356 000 000 09075', 'FR05987654321'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      {
        input: '356 000 000 09075',
        kind: 'siret',
        valid: true,
        normalized: '35600000009075',
        formatted: '356 000 000 09075',
        checked: 'checksum',
      },
      expect.objectContaining({
        input: 'FR05987654321',
        kind: 'vat',
        valid: false,
        reason: 'siren',
      }),
    ]);
    expect(spawnSync(BIN, ['id', '552 008 443'], { encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync(BIN, ['id'], { encoding: 'utf8' }).status).toBe(2);
  });
});

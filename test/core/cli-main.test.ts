import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { memoryIO } from '../support/cli-io';

describe('chorus-assist main', () => {
  it('prints its version', async () => {
    const m = memoryIO('9.9.9');
    expect(await main(['--version'], m.io)).toBe(0);
    expect(m.out()).toBe('9.9.9\n');
  });

  it('prints help in French and exits 0 with --help, 2 without arguments', async () => {
    const m = memoryIO();
    expect(await main(['--help'], m.io)).toBe(0);
    expect(m.out()).toContain('Usage : chorus-assist <commande>');
    expect(await main([], memoryIO().io)).toBe(2);
  });

  it('rejects an unknown command with exit 2 and a message on stderr', async () => {
    const m = memoryIO();
    expect(await main(['frobnicate'], m.io)).toBe(2);
    expect(m.err()).toContain('Commande inconnue');
    expect(m.out()).toBe('');
  });
});

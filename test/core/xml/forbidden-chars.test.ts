import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CHAR, firstForbiddenChar } from '../../../shared/xml/chars';

/** What firstForbiddenChar stands for: the offset of the first match of FORBIDDEN_CHAR. */
function expected(text: string): number {
  return FORBIDDEN_CHAR.exec(text)?.index ?? -1;
}

describe('firstForbiddenChar', () => {
  it('finds every code unit FORBIDDEN_CHAR forbids, in Latin-1 text and in wider text', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`ab${c}cd`, `ab${c}cd€`, `€ab${c}cd`]) {
        if (firstForbiddenChar(text) !== expected(text)) disagreements.push(JSON.stringify(text));
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('gives the first of several, whichever class each is in', () => {
    for (const text of [
      'a\u0015b\u0001',
      'a\u0001b\u0015',
      'a\u000Bb\u001F',
      'a\u001Fb\u000B',
      'é\u0013\u0012',
      '€\u0013\u0012\uFFFF',
      '\uFFFE\u0001€',
      'ok\uD83D\uDE00\u0002',
      'plain text',
    ]) {
      expect(firstForbiddenChar(text), JSON.stringify(text)).toBe(expected(text));
    }
  });
});

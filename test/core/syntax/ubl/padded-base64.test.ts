import { describe, expect, it } from 'vitest';
import { isPaddedBase64 } from '../../../../shared/syntax/ubl/values';

/** The language isPaddedBase64 stands for (the model's zod `base64`). */
const PADDED_BASE64 = /^(?:[0-9a-zA-Z+/]{4})*(?:[0-9a-zA-Z+/]{2}==|[0-9a-zA-Z+/]{3}=)?$/;

describe('isPaddedBase64', () => {
  it('accepts exactly the padded base64 texts, on every text of up to 8 characters from a small alphabet', () => {
    // Two characters of the alphabet, the padding, and two outside it (white space, `é`).
    const characters = ['A', '/', '=', ' ', 'é'];
    const disagreements: string[] = [];
    let texts = [''];
    for (let length = 0; length <= 8; length++) {
      for (const text of texts) {
        if (isPaddedBase64(text) !== PADDED_BASE64.test(text)) disagreements.push(text);
      }
      texts = texts.flatMap((text) => characters.map((c) => text + c));
    }
    expect(disagreements).toEqual([]);
  });

  it('reads a long attachment', () => {
    const content = `${'QUJD'.repeat(250_000)}QQ==`;
    expect(isPaddedBase64(content)).toBe(true);
    expect(isPaddedBase64(`${content.slice(0, 500_000)}*${content.slice(500_001)}`)).toBe(false);
  });
});

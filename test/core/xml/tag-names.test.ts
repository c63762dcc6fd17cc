/**
 * The builder guesses each start tag's name from the one that followed the previous tag last time.
 * A wrong guess must never show: names that extend the guess, names the guess extends, truncated
 * tags and invalid characters after the guessed name all read as they would without it.
 */
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../shared/xml';

function namesOf(xml: string): string[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const names: string[] = [];
  const visit = (e: XmlElement) => {
    names.push(e.name);
    for (const c of e.children) visit(c);
  };
  visit(parsed.document.root);
  return names;
}

describe('tag names', () => {
  it('read as written after the previous tags taught another name', () => {
    // Every `<p:a/>` is first followed by `<p:b/>`, which the builder then expects after it.
    const after = ['p:b', 'p:bc', 'p:b', 'p:bb', 'p:c', 'p:b', 'q:b', 'p:b'];
    const body = after.map((name) => `<p:a/><${name} x="1"/>`).join('\n');
    const xml = `<p:r xmlns:p="urn:p" xmlns:q="urn:q">${body}<p:b\n/><p:a/><p:b>t</p:b></p:r>`;
    expect(namesOf(xml)).toEqual([
      'p:r',
      ...after.flatMap((name) => ['p:a', name]),
      'p:b',
      'p:a',
      'p:b',
    ]);
  });

  it('refuses what follows a guessed name as it would without the guess', () => {
    for (const [tail, code] of [
      ['<a/><b!/>', 'xml-malformed'],
      ['<a/><b', 'xml-malformed'],
      ['<a/><b:c/>', 'xml-namespace'],
    ] as const) {
      // `<a/><b/>` first, so that `b` is expected after `a`.
      const parsed = parseXml(`<r><a/><b/>${tail}</r>`);
      expect(parsed.ok, tail).toBe(false);
      if (!parsed.ok) expect(parsed.error.code, tail).toBe(code);
    }
  });
});

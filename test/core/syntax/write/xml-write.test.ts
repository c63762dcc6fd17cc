import { describe, expect, it } from 'vitest';
import { attr, parseXml } from '../../../../shared/xml';
import { hasForbiddenXmlChar, serializeXml } from '../../../../shared/xml/write';

describe('serializeXml', () => {
  it('writes text and attributes that parse back to exactly the same strings', () => {
    const text = 'A & B < C > D ]]> "quoted" \'single\'\r\nline\ttab';
    const value = 'x & y < z "q" \'s\'\ttab\nline\rcr';
    const xml = serializeXml(
      {
        name: 'r:root',
        children: [{ name: 'r:item', attributes: [['note', value]], text }],
      },
      { namespaces: { r: 'urn:example' } },
    );
    const parsed = parseXml(xml);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const item = parsed.document.root.children[0];
    expect(parsed.document.root.namespace).toBe('urn:example');
    expect(item?.text).toBe(text);
    expect(item && attr(item, 'note')).toBe(value);
  });

  it('declares the namespaces on the root, indents, and closes empty elements', () => {
    const xml = serializeXml(
      { name: 'Invoice', children: [{ name: 'cbc:ID', text: '1' }, { name: 'cac:Empty' }] },
      { namespaces: { '': 'urn:a', cbc: 'urn:b', cac: 'urn:c' } },
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<Invoice xmlns="urn:a" xmlns:cbc="urn:b" xmlns:cac="urn:c">\n' +
        '  <cbc:ID>1</cbc:ID>\n' +
        '  <cac:Empty/>\n' +
        '</Invoice>\n',
    );
  });

  it('refuses characters XML 1.0 cannot hold, and names that are not names', () => {
    expect(hasForbiddenXmlChar('a\u0001b')).toBe(true);
    expect(hasForbiddenXmlChar('é\u00a0€ 𝄞')).toBe(false);
    expect(() => serializeXml({ name: 'a', text: 'bell\u0007' })).toThrow(RangeError);
    expect(() => serializeXml({ name: '1a' })).toThrow(RangeError);
  });

  it('writes a deep tree without recursion', () => {
    let element: { name: string; children?: object[] } = { name: 'leaf' };
    for (let i = 0; i < 20_000; i++) element = { name: 'n', children: [element] };
    expect(serializeXml(element as never, { indent: '' })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>${'<n>'.repeat(20_000)}<leaf/>${'</n>'.repeat(20_000)}`,
    );
  });
});

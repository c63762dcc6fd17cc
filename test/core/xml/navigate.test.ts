import { describe, expect, it } from 'vitest';
import { NS } from '../../../shared/syntax/namespaces';
import {
  attr,
  child,
  children,
  descendants,
  isBlank,
  normalizeSpace,
  parseXml,
  textOf,
  trimXmlSpace,
  type XmlElement,
} from '../../../shared/xml';

const source = `<Invoice xmlns="${NS.ubl}" xmlns:cbc="${NS.cbc}" xmlns:cac="${NS.cac}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="x">
  <cbc:ID schemeID="0009">\u00A0F-1\n</cbc:ID>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine>
  <cac:InvoiceLine><cbc:ID>2</cbc:ID><cac:Item><cbc:ID>x</cbc:ID></cac:Item></cac:InvoiceLine>
  <ID xmlns="">no namespace</ID>
</Invoice>`;
const parsed = parseXml(source);
if (!parsed.ok) throw new Error(parsed.error.message.en);
const root = parsed.document.root;

describe('navigation by namespace URI and local name', () => {
  it('child takes the first match, children all of them in order', () => {
    expect(child(root, NS.cac, 'InvoiceLine')).toBe(root.children[1]);
    expect(children(root, NS.cac, 'InvoiceLine')).toEqual([root.children[1], root.children[2]]);
    expect(child(root, NS.cbc, 'Missing')).toBeUndefined();
    expect(children(root, NS.cbc, 'Missing')).toEqual([]);
  });

  it('tells a name in no namespace from the same name in a namespace', () => {
    expect(textOf(child(root, '', 'ID'))).toBe('no namespace');
    expect(textOf(child(root, NS.cbc, 'ID'))).toBe('\u00A0F-1');
  });

  it('descendants come in document order, filtered or not', () => {
    const ids = descendants(root, NS.cbc, 'ID').map((e) => textOf(e));
    expect(ids).toEqual(['\u00A0F-1', '1', '2', 'x']);
    expect(descendants(root)).toHaveLength(8);
    expect(descendants(root).map((e) => e.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(descendants(root.children[0] as XmlElement)).toEqual([]);
  });

  it('attr reads unprefixed attributes by default and namespaced ones on request', () => {
    const id = root.children[0] as XmlElement;
    expect(attr(id, 'schemeID')).toBe('0009');
    expect(attr(id, 'schemeID', NS.cbc)).toBeUndefined();
    expect(attr(root, 'schemaLocation', NS.xsi)).toBe('x');
    expect(attr(root, 'schemaLocation')).toBeUndefined();
  });

  it('textOf trims XML white space only, and passes undefined through', () => {
    const id = root.children[0] as XmlElement;
    expect(id.text).toBe('\u00A0F-1\n');
    expect(textOf(id)).toBe('\u00A0F-1');
    expect(textOf(undefined)).toBeUndefined();
  });
});

describe('white space helpers', () => {
  it('follow XML, not String.prototype.trim', () => {
    expect(trimXmlSpace(' \t\r\n a b \n')).toBe('a b');
    expect(trimXmlSpace('\u00A0a\u2003')).toBe('\u00A0a\u2003');
    expect(normalizeSpace('  a \n\t b  ')).toBe('a b');
    expect(normalizeSpace('a\u00A0 b')).toBe('a\u00A0 b');
    expect(isBlank(' \n\t')).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('\u00A0')).toBe(false);
  });
});

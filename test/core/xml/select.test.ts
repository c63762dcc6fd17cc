import {
  XmlDocument as LibDocument,
  XmlElement as LibElement,
  type XmlNode as LibNode,
  type XmlTreeNode,
} from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { NS } from '../../../shared/syntax/namespaces';
import {
  exists,
  parseXml,
  select,
  selectAttributes,
  selectFirst,
  valueAt,
  valuesAt,
  type XmlElement,
  xpathOf,
} from '../../../shared/xml';
import { compile } from '../../../shared/xml/select';
import { EN16931, readFixture } from './fixture-files';
import { elementsOf } from './libxml2-oracle';

function rootOf(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.document.root;
}

/**
 * The same document in libxml2, whose XPath 1.0 engine is the reference for every path of the
 * subset. Nodes are compared by their rank in document order.
 */
class Reference {
  private readonly doc: LibDocument;
  private readonly elements: LibElement[] = [];

  constructor(text: string) {
    this.doc = LibDocument.fromString(text);
    const pending: LibElement[] = [this.doc.root];
    for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
      this.elements.push(element);
      const kids: LibElement[] = [];
      for (let node: XmlTreeNode | null = element.firstChild; node !== null; node = node.next) {
        if (node instanceof LibElement) kids.push(node);
      }
      pending.push(...kids.reverse());
    }
  }

  /** Ranks of the elements, or `rank@name=value` of the attributes, the path selects. */
  find(path: string, context = 0): string[] {
    const from = this.elements[context] as LibElement;
    return from.find(path, NS).map((node) => this.describe(node));
  }

  private describe(node: LibNode): string {
    if (node instanceof LibElement) return String(this.rank(node));
    const owner = node.parent as LibElement;
    return `${this.rank(owner)}@${(node as unknown as { name: string }).name}=${node.content}`;
  }

  private rank(element: LibElement): number {
    return this.elements.findIndex((candidate) => candidate.isSameNode(element));
  }

  dispose(): void {
    this.doc.dispose();
  }
}

function ours(root: XmlElement, path: string, context = 0): string[] {
  const from = elementsOf(root)[context] as XmlElement;
  if (compile(path).selectsAttributes) {
    return selectAttributes(from, path).map((a) => `${a.parent.order}@${a.localName}=${a.value}`);
  }
  return select(from, path).map((element) => String(element.order));
}

const ubl = readFixture(EN16931, 'examples/ubl/ubl-tc434-example1.xml').toString('utf8');
const cii = readFixture(EN16931, 'examples/cii/CII_example1.xml').toString('utf8');
const ublReference = new Reference(ubl);
const ciiReference = new Reference(cii);
afterAll(() => {
  ublReference.dispose();
  ciiReference.dispose();
});

describe('select agrees with libxml2 XPath', () => {
  const ublRoot = rootOf(ubl);
  const ciiRoot = rootOf(cii);

  it.each([
    'cbc:ID',
    'cac:InvoiceLine/cbc:ID',
    'cac:InvoiceLine[2]/cbc:ID',
    'cac:InvoiceLine[last()]/cbc:ID',
    'cac:InvoiceLine[25]/cbc:ID',
    '//cbc:ID',
    '//cbc:ID[1]',
    '//cac:Item//cbc:ID',
    '/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name',
    '/ubl:Invoice',
    '/cn:CreditNote',
    '/*',
    'cac:AccountingSupplierParty/cac:Party/*',
    'cac:InvoiceLine/cac:Item/..',
    'cac:InvoiceLine/cac:Item/../..',
    'cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/../../cbc:ID',
    '.',
    './cbc:ID',
    '*/cbc:ID',
    '//cbc:*',
    '//cac:*[1]',
    '//cac:TaxCategory[cbc:ID]',
    "//cac:TaxCategory[cbc:ID='S']",
    "//cac:TaxCategory[cbc:ID!='S']",
    "//cac:InvoiceLine[cbc:ID='3']/cbc:LineExtensionAmount",
    '//cbc:EndpointID[@schemeID]',
    "//*[@currencyID='EUR']",
    "//*[@currencyID!='EUR']",
    'cac:InvoiceLine[cac:Item][2]/cbc:ID',
    '//cac:Party[cac:PartyTaxScheme][1]/cac:PartyName/cbc:Name',
    'cbc:Missing',
    'Invoice',
    '//cbc:PayableAmount/@currencyID',
    '//@currencyID',
    '//cbc:InvoicedQuantity/@*',
    'cac:LegalMonetaryTotal/*/@currencyID',
  ])('UBL: %s', (path) => {
    expect(ours(ublRoot, path)).toEqual(ublReference.find(path));
  });

  it.each([
    '/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID',
    '//ram:IncludedSupplyChainTradeLineItem[1]/ram:AssociatedDocumentLineDocument/ram:LineID',
    '//ram:ApplicableTradeTax/ram:CategoryCode',
    '//ram:ApplicableTradeTax[ram:CategoryCode="S"]/ram:RateApplicablePercent',
    '//udt:DateTimeString/@format',
    'rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[last()]//ram:LineID',
  ])('CII: %s', (path) => {
    expect(ours(ciiRoot, path)).toEqual(ciiReference.find(path));
  });

  it('from a context below the root, relative and absolute', () => {
    const line = selectFirst(ublRoot, 'cac:InvoiceLine[3]') as XmlElement;
    for (const path of [
      'cbc:ID',
      '../cbc:ID',
      '/ubl:Invoice/cbc:ID',
      '//cac:Item/cbc:Name',
      './/cbc:Name',
    ]) {
      expect(ours(ublRoot, path, line.order)).toEqual(ublReference.find(path, line.order));
    }
  });
});

describe('xpathOf', () => {
  it('writes the conventional prefixes and positions only among same-named siblings', () => {
    const root = rootOf(ubl);
    const id = select(root, 'cac:InvoiceLine/cbc:ID')[1] as XmlElement;
    expect(xpathOf(id)).toBe('/ubl:Invoice/cac:InvoiceLine[2]/cbc:ID');
    expect(xpathOf(selectFirst(root, 'cbc:DocumentCurrencyCode') as XmlElement)).toBe(
      '/ubl:Invoice/cbc:DocumentCurrencyCode',
    );
    const amount = selectAttributes(
      root,
      'cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID',
    )[0];
    expect(amount && xpathOf(amount)).toBe(
      '/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID',
    );
  });

  it('ignores the prefixes the document chose', () => {
    const root = rootOf(
      '<x:Invoice xmlns:x="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><b:Note/><b:Note/></x:Invoice>',
    );
    expect(xpathOf(root.children[1] as XmlElement)).toBe('/ubl:Invoice/cbc:Note[2]');
  });

  it('writes unknown namespaces as *:name and no namespace as a bare name', () => {
    const root = rootOf('<p:a xmlns:p="urn:unknown"><b/><b x="1"/></p:a>');
    const b = root.children[1] as XmlElement;
    expect(xpathOf(b)).toBe('/*:a/b[2]');
    expect(xpathOf(b.attributes[0] as (typeof b.attributes)[number])).toBe('/*:a/b[2]/@x');
    expect(select(root, xpathOf(b))).toEqual([b]);
  });

  it.each([
    'examples/ubl/ubl-tc434-example2.xml',
    'examples/ubl/ubl-tc434-creditnote1.xml',
    'examples/cii/CII_example5.xml',
  ])('leads back to each element and attribute of %s, for us and for libxml2', (path) => {
    const text = readFixture(EN16931, path).toString('utf8');
    const root = rootOf(text);
    const reference = new Reference(text);
    try {
      for (const element of elementsOf(root)) {
        const xpath = xpathOf(element);
        expect(select(root, xpath)).toEqual([element]);
        if (!xpath.includes('*:')) expect(reference.find(xpath)).toEqual([String(element.order)]);
        for (const attribute of element.attributes) {
          expect(selectAttributes(root, xpathOf(attribute))).toEqual([attribute]);
        }
      }
    } finally {
      reference.dispose();
    }
  });
});

describe('select helpers', () => {
  const root = rootOf(
    `<Invoice xmlns="${NS.ubl}" xmlns:cbc="${NS.cbc}" xmlns:cac="${NS.cac}">
      <cbc:ID> F-1 </cbc:ID>
      <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:Note unit="C62">a</cbc:Note></cac:InvoiceLine>
      <cac:InvoiceLine><cbc:ID>2</cbc:ID></cac:InvoiceLine>
    </Invoice>`,
  );

  it('valueAt and valuesAt give trimmed text and attribute values', () => {
    expect(valueAt(root, 'cbc:ID')).toBe('F-1');
    expect(valuesAt(root, 'cac:InvoiceLine/cbc:ID')).toEqual(['1', '2']);
    expect(valueAt(root, '//cbc:Note/@unit')).toBe('C62');
    expect(valueAt(root, 'cbc:Missing')).toBeUndefined();
    expect(valuesAt(root, 'cbc:Missing')).toEqual([]);
  });

  it('exists and selectFirst', () => {
    expect(exists(root, "cac:InvoiceLine[cbc:ID='2']")).toBe(true);
    expect(exists(root, "cac:InvoiceLine[cbc:ID='3']")).toBe(false);
    expect(selectFirst(root, 'cac:InvoiceLine')?.children.length).toBe(2);
    expect(selectFirst(root, 'cac:Nothing')).toBeUndefined();
  });

  it('compares a child text trimmed in predicates', () => {
    // XPath would compare ' F-1 ' as written; rules always mean the value, as textOf gives it.
    expect(exists(root, "/ubl:Invoice[cbc:ID='F-1']")).toBe(true);
    expect(exists(root, "/ubl:Invoice[cbc:ID=' F-1 ']")).toBe(false);
  });

  it('compiles each path once', () => {
    expect(compile('cac:InvoiceLine/cbc:ID')).toBe(compile('cac:InvoiceLine/cbc:ID'));
  });

  it.each([
    ['', 'empty path'],
    ['foo:Bar', 'unknown prefix "foo"'],
    ['cbc:ID/', 'a name is expected'],
    ['@schemeID/cbc:ID', 'an attribute step must end the path'],
    ['cbc:ID[0]', 'positions start at 1'],
    ['cbc:ID[1', '"]" is expected'],
    ["cbc:ID[@a='x]", 'the quoted value is not closed'],
    ['cbc:ID[*]', 'a predicate tests a named attribute or child'],
    ['cbc:ID cbc:Name', 'unexpected " "'],
    ['*:*', '"*:*" is written "*"'],
  ])('refuses the malformed path %j', (path, reason) => {
    expect(() => select(root, path)).toThrow(reason);
  });

  it('keeps element and attribute selections apart', () => {
    expect(() => select(root, 'cbc:ID/@schemeID')).toThrow('use selectAttributes');
    expect(() => selectAttributes(root, 'cbc:ID')).toThrow('use select');
  });
});

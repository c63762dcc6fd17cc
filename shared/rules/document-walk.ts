/**
 * The one walk of the document the rules make (kept in `context.memo`): on a long invoice
 * a walk of the tree costs more in memory traffic than in the tests made on the way, so what the
 * rules need from the document itself, beyond the model, is gathered in it:
 * - the code-list findings (BR-CL, codes/xml-scan.ts), each element tested as the walk meets it;
 * - numbers written with spaces after them: `substring-after(x, '.')` counts those spaces, which
 *   the model (like xs:decimal) drops, so `100.00 ` has three decimals for BR-DEC-*;
 * - every `cbc:AdditionalDocumentReference` (UBL) or `ram:AdditionalReferencedDocument` (CII):
 *   BR-52 checks them all, whatever term the model reads from them (BG-24, BT-17, BT-18, BT-128);
 * - every VAT identifier of any party, as BR-CO-09 finds them: UBL `cac:PartyTaxScheme` of the VAT
 *   scheme (its `cbc:CompanyID`), CII `ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']` — a
 *   second one of a party too, which the model does not keep;
 * - every `currencyID` attribute in another currency than the invoice's (BT-5, as the model has
 *   it; all of them when the model has none), for the chorus layer's single currency (CHORUS-04):
 *   on most invoices an empty list.
 */

import { NS } from '../syntax/namespaces';
import type { ProfileSyntax } from '../syntax/profiles';
import { attr, children, normalizeSpace, type XmlAttribute, type XmlElement } from '../xml';
import { type CodeFinding, CodeScan } from './en16931/codes/xml-scan';
import type { RuleContext } from './rule';

export interface DocumentWalk {
  /** Every code-list violation, in document order. */
  readonly codes: readonly CodeFinding[];
  /** Leaf texts with a '.' and trailing XML white space, by the `line:column` of their element. */
  readonly padded: ReadonlyMap<string, string>;
  readonly additionalDocuments: readonly XmlElement[];
  /** UBL: the VAT `cac:PartyTaxScheme` elements; CII: the `ram:ID` elements of scheme VA. */
  readonly vatIdentifiers: readonly XmlElement[];
  /** The `currencyID` attributes (in no namespace) other than BT-5, in document order. */
  readonly otherCurrencies: readonly XmlAttribute[];
}

const KEY = 'business:document-walk';
const NONE: DocumentWalk = {
  codes: [],
  padded: new Map(),
  additionalDocuments: [],
  vatIdentifiers: [],
  otherCurrencies: [],
};

/** A number with a decimal point, then XML white space (a text like `3.5 KG ` is no amount). */
const PADDED_NUMBER = /^[ \t\r\n]*[+-]?\d*\.\d*[ \t\r\n]+$/;

export function documentWalk(c: RuleContext): DocumentWalk {
  const cached = c.memo.get(KEY) as DocumentWalk | undefined;
  if (cached !== undefined) return cached;
  const walk =
    c.xml === undefined ? NONE : walkFrom(c.xml.document.root, c.xml.syntax, c.invoice['BT-5']);
  c.memo.set(KEY, walk);
  return walk;
}

function walkFrom(
  root: XmlElement,
  syntax: ProfileSyntax,
  currency: string | undefined,
): DocumentWalk {
  const ubl = syntax === 'ubl';
  const codes = new CodeScan(syntax);
  const padded = new Map<string, string>();
  const additionalDocuments: XmlElement[] = [];
  const vatIdentifiers: XmlElement[] = [];
  const otherCurrencies: XmlAttribute[] = [];
  const documentName = ubl ? 'AdditionalDocumentReference' : 'AdditionalReferencedDocument';
  const documentNamespace = ubl ? NS.cac : NS.ram;
  const stack = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    codes.visit(element);
    const { attributes, children: inside, localName, text } = element;
    for (let a = 0; a < attributes.length; a++) {
      const attribute = attributes[a] as XmlAttribute;
      if (
        attribute.localName === 'currencyID' &&
        attribute.namespace === '' &&
        attribute.value !== currency
      ) {
        otherCurrencies.push(attribute);
      }
    }
    if (localName === documentName) {
      if (element.namespace === documentNamespace) additionalDocuments.push(element);
    } else if (ubl ? localName === 'PartyTaxScheme' : localName === 'ID') {
      if (ubl ? isVatPartyTaxScheme(element) : isVatRegistration(element)) {
        vatIdentifiers.push(element);
      }
    }
    if (inside.length > 0) {
      for (let i = inside.length - 1; i >= 0; i--) stack.push(inside[i] as XmlElement);
      continue;
    }
    const last = text.charCodeAt(text.length - 1);
    // Space, tab, line feed, carriage return after a number with a point.
    if ((last === 32 || last === 9 || last === 10 || last === 13) && PADDED_NUMBER.test(text)) {
      padded.set(`${element.line}:${element.column}`, text);
    }
  }
  return { codes: codes.findings, padded, additionalDocuments, vatIdentifiers, otherCurrencies };
}

/** `cac:PartyTaxScheme[cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT']`. */
function isVatPartyTaxScheme(element: XmlElement): boolean {
  if (element.namespace !== NS.cac) return false;
  return children(element, NS.cac, 'TaxScheme').some((scheme) =>
    children(scheme, NS.cbc, 'ID').some((id) => normalizeSpace(id.text.toUpperCase()) === 'VAT'),
  );
}

/** `ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']`. */
function isVatRegistration(element: XmlElement): boolean {
  return (
    element.namespace === NS.ram &&
    element.parent?.localName === 'SpecifiedTaxRegistration' &&
    element.parent.namespace === NS.ram &&
    attr(element, 'schemeID') === 'VA'
  );
}

/**
 * How the Factur-X schematrons read CII values, reproduced on our XML tree so a profile rule gives
 * the artefact's verdict: children by local name in the `ram` namespace, values compared as the
 * XPath engine compares them (untyped text against a string literal: exact, no trimming), and the
 * casts `xs:decimal()`, `xs:double` (untyped arithmetic, `sum()`, `number()`) and `xs:boolean`.
 *
 * A present value that cannot be cast stops the official validation with an XPath error; we report
 * the assertion as failed at that value (`UncastableValue`, caught by `profileRule`).
 *
 * The number semantics themselves (casts, `sum()`, `round()`) are the EN 16931 business layer's too
 * (`../xpath-number`); this module applies them to XML nodes.
 */
import { Decimal } from '../../model';
import { NS } from '../../syntax/namespaces';
import { normalizeSpace, trimXmlSpace, type XmlElement } from '../../xml';
import {
  doubleOfText,
  numberOfText,
  roundDouble,
  sumDecimals as sumDecimalsOf,
  sumDoubles as sumDoublesOf,
} from '../xpath-number';

export { decimalOfDouble, numberOfText, roundCents, shown } from '../xpath-number';

const RAM = NS.ram;
const UDT = NS.udt;
const RSM = NS.rsm;

// The rules run on every line of a long invoice, mostly on paths that find nothing or one
// element: no list is made until something is found, then one made from it (`[]` grown by a push
// takes room for 17), and nothing found gives this shared, never modified list.
const NOTHING: readonly XmlElement[] = [];

/** Child elements `ram:<local>`, in document order. */
export function kids(element: XmlElement | undefined, local: string): readonly XmlElement[] {
  return element === undefined
    ? NOTHING
    : (childrenNamed(element, local, RAM, undefined) ?? NOTHING);
}

/** Adds to `found` (made on the first match) the children of `element` of that name. */
function childrenNamed(
  element: XmlElement,
  local: string,
  namespace: string,
  found: XmlElement[] | undefined,
): XmlElement[] | undefined {
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.localName !== local || c.namespace !== namespace) continue;
    if (found === undefined) found = [c];
    else found.push(c);
  }
  return found;
}

/** The first child `ram:<local>`. */
export function kid(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  for (const c of element.children) if (c.localName === local && c.namespace === RAM) return c;
  return undefined;
}

/** `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction`, from the root element. */
export function transactionOf(root: XmlElement): XmlElement | undefined {
  return rsmChild(invoiceRoot(root), 'SupplyChainTradeTransaction');
}

/** `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument`. */
export function exchangedDocumentOf(root: XmlElement): XmlElement | undefined {
  return rsmChild(invoiceRoot(root), 'ExchangedDocument');
}

/** The root when it is `rsm:CrossIndustryInvoice` (the contexts starting with it need it). */
export function invoiceRoot(root: XmlElement): XmlElement | undefined {
  return root.localName === 'CrossIndustryInvoice' && root.namespace === RSM ? root : undefined;
}

/** The child `rsm:<local>`. */
export function rsmChild(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.localName === local && c.namespace === RSM);
}

/** Child elements `udt:<local>` (`udt:Indicator`, `udt:DateTimeString`). */
export function udtKids(element: XmlElement | undefined, local: string): readonly XmlElement[] {
  return element === undefined
    ? NOTHING
    : (childrenNamed(element, local, UDT, undefined) ?? NOTHING);
}

/** Every element a relative path of `ram` steps reaches (`a/b/c`), document order per step. */
export function along(
  element: XmlElement | undefined,
  ...steps: readonly string[]
): readonly XmlElement[] {
  if (element === undefined) return NOTHING;
  if (steps.length === 0) return [element];
  let nodes = childrenNamed(element, steps[0] as string, RAM, undefined);
  for (let s = 1; s < steps.length && nodes !== undefined; s++) {
    const step = steps[s] as string;
    let next: XmlElement[] | undefined;
    for (let i = 0; i < nodes.length; i++) {
      next = childrenNamed(nodes[i] as XmlElement, step, RAM, next);
    }
    nodes = next;
  }
  return nodes ?? NOTHING;
}

/** The first element a relative path reaches, found depth first without any list. */
export function first(
  element: XmlElement | undefined,
  ...steps: readonly string[]
): XmlElement | undefined {
  return element === undefined ? undefined : firstFrom(element, steps, 0);
}

function firstFrom(
  element: XmlElement,
  steps: readonly string[],
  at: number,
): XmlElement | undefined {
  if (at === steps.length) return element;
  const step = steps[at] as string;
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.localName !== step || c.namespace !== RAM) continue;
    const found = firstFrom(c, steps, at + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether a path reaches anything: XPath's effective boolean value of a node set. */
export function has(element: XmlElement | undefined, ...steps: readonly string[]): boolean {
  return first(element, ...steps) !== undefined;
}

/**
 * The XPath string value of an element: its text and that of its descendants. Our tree keeps
 * each element's own text, so the order of mixed content is approximate; the rules only read
 * leaves, where it is exact.
 */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let text = element.text;
  for (const c of element.children) text += stringValue(c);
  return text;
}

/** `path = 'literal'` on untyped nodes: some node's string value is exactly the literal. */
export function equalsSome(nodes: readonly XmlElement[], literal: string): boolean {
  return nodes.some((n) => stringValue(n) === literal);
}

/** `normalize-space(x)` of a node set of at most one node (more is an XPath error). */
export function normalized(nodes: readonly XmlElement[]): string {
  const [only, extra] = nodes;
  if (extra !== undefined) throw new UncastableValue(extra, 'plusieurs valeurs', 'several values');
  return only === undefined ? '' : normalizeSpace(stringValue(only));
}

/** The value an assertion needed could not be cast: the official validation would stop there. */
export class UncastableValue extends Error {
  constructor(
    readonly node: XmlElement,
    readonly frReason: string,
    readonly enReason: string,
  ) {
    super(`Cannot read ${node.name}: ${enReason}`);
  }
}

/** The lexical space of xs:decimal, surrounding whitespace allowed (whitespace collapse). */
const XS_DECIMAL = /^[ \t\n\r]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)[ \t\n\r]*$/;

/** `xs:decimal(node)`; throws for a value that is not an xs:decimal. */
export function decimalOf(node: XmlElement): Decimal {
  const text = stringValue(node);
  if (!XS_DECIMAL.test(text)) throw notANumber(node);
  return new Decimal(text.trim());
}

/** `xs:decimal(path)` over at most one node: undefined for the empty sequence. */
export function optionalDecimal(nodes: readonly XmlElement[]): Decimal | undefined {
  const [only, extra] = nodes;
  if (extra !== undefined) throw new UncastableValue(extra, 'plusieurs valeurs', 'several values');
  return only === undefined ? undefined : decimalOf(only);
}

/** An untyped value cast to xs:double (untyped arithmetic, `sum()` of untyped nodes). */
export function doubleOf(node: XmlElement): number {
  const value = doubleOfText(stringValue(node));
  if (value === undefined) throw notANumber(node);
  return value;
}

/** `number(x)`: like xs:double, but NaN instead of an error (and for the empty sequence). */
export function numberOf(node: XmlElement | undefined): number {
  return node === undefined ? Number.NaN : numberOfText(stringValue(node));
}

/** `sum()` of untyped nodes: doubles added left to right. */
export function sumDoubles(nodes: readonly XmlElement[]): number {
  return sumDoublesOf(nodes, doubleOf);
}

/** `sum()` of `xs:decimal()` casts: exact. */
export function sumDecimals(nodes: readonly XmlElement[]): Decimal {
  return sumDecimalsOf(nodes, stringValue, decimalOf);
}

/**
 * The value of an xs:decimal as a canonical string (`20.00`, `+20`, ` 20.0 ` → `20`), so that
 * equal numbers compare equal as text; throws for a value that is not an xs:decimal.
 */
export function decimalKey(node: XmlElement): string {
  const text = stringValue(node);
  if (!XS_DECIMAL.test(text)) throw notANumber(node);
  let key = trimXmlSpace(text);
  let negative = false;
  if (key.charCodeAt(0) === 0x2b /* + */ || key.charCodeAt(0) === 0x2d /* - */) {
    negative = key.charCodeAt(0) === 0x2d;
    key = key.slice(1);
  }
  const dot = key.indexOf('.');
  if (dot !== -1) {
    let end = key.length;
    while (end > dot + 1 && key.charCodeAt(end - 1) === 0x30) end--;
    key = key.slice(0, end === dot + 1 ? dot : end);
  }
  let start = 0;
  while (start < key.length - 1 && key.charCodeAt(start) === 0x30 && key.charAt(start + 1) !== '.')
    start++;
  key = key.slice(start);
  if (key === '' || key.charAt(0) === '.') key = `0${key}`;
  return negative && key !== '0' ? `-${key}` : key;
}

/**
 * `round(x * 100) div 100` (`by: 100`) or `round(x * 10 * 10) div 100` (`by: '10*10'`) on a
 * double: the schematrons write both, and in binary floating point they can differ.
 */
export function roundCentsDouble(value: number, by: 100 | '10*10'): number {
  const scaled = by === 100 ? value * 100 : value * 10 * 10;
  return roundDouble(scaled) / 100;
}

/**
 * An untyped value compared with `true()` / `false()`: cast to xs:boolean (`true`, `false`, `1`,
 * `0`, surrounding spaces allowed). Anything else is an XPath error.
 */
export function booleanOf(node: XmlElement): boolean {
  const text = stringValue(node).trim();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new UncastableValue(node, "ce n'est ni true ni false", 'it is neither true nor false');
}

function notANumber(node: XmlElement): UncastableValue {
  const found = stringValue(node).trim();
  return new UncastableValue(
    node,
    `« ${found} » n'est pas un nombre`,
    `"${found}" is not a number`,
  );
}

/**
 * The CII reader: a parsed UN/CEFACT Cross Industry Invoice (D16B and later; Factur-X and
 * ZUGFeRD 2.x of every profile) → the EN 16931 model, by walking the binding table (binding.ts).
 *
 * Faithful, not clever: each term is read where the official binding puts it; a group whose
 * element is present is in the model even when empty; of several elements bound to a 0..1 term
 * the first is taken (the syntax rules report the others); a value that cannot enter the model is
 * left out and reported (VALUE-FORMAT) and kept aside as a rejected value. Each entry's paths are
 * evaluated from its group's own element only (paths.ts), so the document is walked once,
 * whatever its size.
 */
import type { LocalizedText } from '../../i18n/text';
import {
  definitionOf,
  type GroupId,
  type Invoice,
  isRepeatable,
  isTermId,
  QUALIFIER_KEYS,
  type TermId,
} from '../../model';
import type { Finding, SourceLocation } from '../../rules/finding';
import { attr, child, textOf, type XmlDocument, type XmlElement, type XmlNode } from '../../xml';
import { shown } from '../../xml/errors';
import { NS } from '../namespaces';
import type { ReadResult, RejectedValue } from '../read-result';
// One implementation of source locations for both readers (xpathOf's XPaths, built once per element).
import { ElementLocations, SourceTable } from '../ubl/locations';
import {
  CII_BINDING,
  type CiiExtensionBinding,
  type CiiGroupBinding,
  type CiiGroupContent,
  type CiiTermBinding,
} from './binding';
import {
  type BindingPath,
  bindingPath,
  elementsAt,
  firstNodeAt,
  nodesAt,
  valueAtPath,
} from './paths';
import {
  type CiiPredicateContext,
  type CiiPredicateName,
  chargeIndicatorOf,
  PREDICATES,
} from './predicates';
import {
  type Conversion,
  toBase64,
  toCiiDate,
  toCode,
  toCountry,
  toCurrency,
  toDecimal,
  toText,
  type ValueKind,
  valueKindOf,
} from './values';

export interface CiiReadResult extends ReadResult {
  /**
   * Where the model would have had a value had it been readable: JSON pointer (without an index
   * for repeatable terms; `…/BT-125/content` for an attachment) → what was found, so that a rule
   * asking only whether a term is there agrees with the schematron on a date written `123`.
   */
  readonly rejected: ReadonlyMap<string, RejectedValue>;
}

/** Reads a CII invoice into the model. Never throws on document content. */
export function readCii(document: XmlDocument): CiiReadResult {
  return readCiiElement(document.root);
}

/**
 * Same, from the `rsm:CrossIndustryInvoice` element itself, wherever it sits (the official unit
 * tests embed theirs in a test set). The paths start from this element, never from the document.
 */
export function readCiiElement(invoice: XmlElement): CiiReadResult {
  return new CiiReader().read(invoice);
}

/** Findings in document order, whatever the order the table read them in. */
function byPosition(a: Finding, b: Finding): number {
  const lines = (a.location?.line ?? 0) - (b.location?.line ?? 0);
  return lines !== 0 ? lines : (a.location?.column ?? 0) - (b.location?.column ?? 0);
}

type JsonObject = Record<string, unknown>;

/**
 * What the reader needs to know of an entry, worked out once per entry rather than once per line:
 * its cardinality and kind of value (from the catalogue) and its compiled paths.
 */
interface Plan {
  readonly repeat: boolean;
  /** For a term; unused for a group. */
  readonly kind: ValueKind;
  readonly paths: readonly BindingPath[];
}

const plans = new WeakMap<CiiTermBinding | CiiGroupBinding, Plan>();

function planOf(binding: CiiTermBinding | CiiGroupBinding): Plan {
  let plan = plans.get(binding);
  if (plan === undefined) {
    const id = 'term' in binding ? binding.term : binding.group;
    const paths = typeof binding.path === 'string' ? [binding.path] : binding.path;
    plan = {
      repeat: isRepeatable(definitionOf(id).cardinality),
      kind: 'term' in binding ? valueKindOf(binding.term) : 'text',
      paths: paths.map(bindingPath),
    };
    plans.set(binding, plan);
  }
  return plan;
}

/**
 * The JSON pointer of a key under `at`. Keys are model ids, array indexes and extension keys,
 * none of which has a `/` or `~` to escape, so pointers are built by concatenation (see
 * `pointer` in shared/model/paths.ts): a 1,000-line invoice has some 50,000 of them.
 */
function under(at: string, key: string | number): string {
  return `${at}/${key}`;
}

function elementOf(node: XmlNode): XmlElement {
  return node.kind === 'attribute' ? node.parent : node;
}

function rawOf(node: XmlNode): string {
  return node.kind === 'attribute' ? node.value : textOf(node);
}

function byDocumentOrder(a: XmlNode, b: XmlNode): number {
  return elementOf(a).order - elementOf(b).order;
}

class CiiReader implements CiiPredicateContext {
  private readonly locations = new ElementLocations();
  private readonly sources = new SourceTable(this.locations);
  private readonly rejected = new Map<string, RejectedValue>();
  private readonly blank = new Set<string>();
  private readonly findings: Finding[] = [];
  /** Texts of the document-level terms as written, for the filters comparing with them (BT-5, BT-6). */
  private readonly rawTexts = new Map<TermId, string>();
  /** Elements already reported, so that a node shared by two groups is reported once. */
  private readonly reported = new Set<XmlElement>();
  /** The test of each predicate on this document, for the lookups that take a first match. */
  private readonly acceptors = new Map<CiiPredicateName, (element: XmlElement) => boolean>();
  invoiceCurrencyVat: XmlElement | undefined;

  get invoiceCurrency(): string | undefined {
    return this.rawTexts.get('BT-5')?.trim();
  }

  get taxCurrency(): string | undefined {
    return this.rawTexts.get('BT-6')?.trim();
  }

  read(root: XmlElement): CiiReadResult {
    const invoice: JsonObject = {};
    // Root terms come first: BT-5 and BT-6 are known when the totals (BG-22) are read.
    this.readContent(CII_BINDING, root, invoice, '');
    // The object was built key by key from the binding, which only names model terms and groups.
    return {
      invoice: invoice as Invoice,
      sources: this.sources,
      findings: this.findings.sort(byPosition),
      rejected: this.rejected,
      blank: this.blank,
    };
  }

  private readContent(
    content: CiiGroupContent,
    element: XmlElement,
    target: JsonObject,
    at: string,
  ): void {
    for (const term of content.terms) this.readTerm(term, element, target, at);
    for (const group of content.groups ?? []) this.readGroup(group, element, target, at);
    for (const extension of content.extensions ?? []) {
      this.readExtension(extension, element, target, at);
    }
  }

  // ————— Matching —————

  private keep(nodes: XmlNode[], where: CiiPredicateName | undefined): XmlNode[] {
    if (where === undefined) return nodes;
    const { test } = PREDICATES[where];
    return nodes.filter((node) => test(elementOf(node), this));
  }

  /** Every match of an entry, of all its paths, in document order. */
  private match(context: XmlElement, plan: Plan, where: CiiPredicateName | undefined): XmlNode[] {
    const { paths } = plan;
    if (paths.length === 1) return this.keep(nodesAt(context, paths[0] as BindingPath), where);
    const found: XmlNode[] = [];
    for (const path of paths) found.push(...this.keep(nodesAt(context, path), where));
    return found.sort(byDocumentOrder);
  }

  /** The first match of a 0..1 entry: of its first path that has one. */
  private first(
    context: XmlElement,
    plan: Plan,
    where: CiiPredicateName | undefined,
  ): XmlNode | undefined {
    const accept = where === undefined ? undefined : this.acceptorOf(where);
    for (const path of plan.paths) {
      const node = firstNodeAt(context, path, accept);
      if (node !== undefined) return node;
    }
    return undefined;
  }

  /** The test of a predicate on this document, made once per predicate, not once per lookup. */
  private acceptorOf(where: CiiPredicateName): (element: XmlElement) => boolean {
    let accept = this.acceptors.get(where);
    if (accept === undefined) {
      const { test } = PREDICATES[where];
      accept = (element: XmlElement) => test(element, this);
      this.acceptors.set(where, accept);
    }
    return accept;
  }

  // ————— Terms —————

  private readTerm(binding: CiiTermBinding, context: XmlElement, target: JsonObject, at: string) {
    const { term } = binding;
    const plan = planOf(binding);
    if (!plan.repeat) {
      const node = this.first(context, plan, binding.where);
      if (node === undefined) return;
      if (at === '') this.rawTexts.set(term, rawOf(node));
      if (binding.where === 'invoice-currency') this.invoiceCurrencyVat = elementOf(node);
      const here = under(at, term);
      const value = this.convert(binding, plan.kind, node, here);
      if (value === undefined) return;
      target[term] = value;
      this.locate(value, elementOf(node), here);
      this.noteBlankScheme(binding, node, value, here);
      return;
    }
    const values: unknown[] = [];
    const here = under(at, term);
    for (const node of this.match(context, plan, binding.where)) {
      const value = this.convert(binding, plan.kind, node, here);
      if (value === undefined) continue;
      if (values.length === 0) this.sources.record(here, elementOf(node));
      this.locate(value, elementOf(node), under(here, values.length));
      this.noteBlankScheme(binding, node, value, under(here, values.length));
      values.push(value);
    }
    if (values.length > 0) target[term] = values;
  }

  /** Sources of a value and, for identifiers and attachments, of each of its parts. */
  private locate(value: unknown, element: XmlElement, here: string): void {
    this.sources.record(here, element);
    if (typeof value !== 'object' || value === null) return;
    for (const key of QUALIFIER_KEYS) {
      if (Object.hasOwn(value, key)) this.sources.record(under(here, key), element);
    }
  }

  /**
   * The model value of a term read at `node`, or undefined (empty, or reported). `here` is where
   * it goes in the model (without the index of a repeated term), for the rejected values.
   */
  private convert(binding: CiiTermBinding, kind: ValueKind, node: XmlNode, here: string): unknown {
    const element = elementOf(node);
    switch (kind) {
      case 'identifier':
      case 'classification': {
        const id = this.settle(binding.term, node, toText(rawOf(node)), here);
        if (id === undefined) return undefined;
        const scheme = this.part(element, binding.scheme, toCode);
        const version = this.part(element, binding.version, toText);
        if (scheme === undefined && version === undefined) return { id };
        return {
          id,
          ...(scheme === undefined ? {} : { scheme }),
          ...(version === undefined ? {} : { version }),
        };
      }
      case 'binary': {
        const content = this.settle(
          binding.term,
          node,
          toBase64(element.text),
          under(here, 'content'),
        );
        const mimeCode = this.part(element, binding.mimeCode, toCode);
        const filename = this.part(element, binding.filename, toText);
        if (content === undefined && mimeCode === undefined && filename === undefined) {
          return undefined;
        }
        return {
          ...(mimeCode === undefined ? {} : { mimeCode }),
          ...(filename === undefined ? {} : { filename }),
          ...(content === undefined ? {} : { content }),
        };
      }
      default:
        return this.settle(binding.term, node, this.scalar(kind, node), here);
    }
  }

  private scalar(
    kind: Exclude<ValueKind, 'identifier' | 'classification' | 'binary'>,
    node: XmlNode,
  ): Conversion<string> {
    const raw = rawOf(node);
    switch (kind) {
      case 'text':
        return toText(raw);
      case 'code':
        return toCode(raw);
      case 'currency':
        return toCurrency(raw);
      case 'country':
        return toCountry(raw);
      case 'decimal':
        return toDecimal(raw);
      case 'date':
        return toCiiDate(raw, attr(elementOf(node), 'format'));
    }
  }

  /** A supplementary component (scheme, version, MIME code, file name) next to the value. */
  private part(
    element: XmlElement,
    path: string | undefined,
    convert: (raw: string) => Conversion<string>,
  ): string | undefined {
    if (path === undefined) return undefined;
    const raw = valueAtPath(element, bindingPath(path));
    if (raw === undefined) return undefined;
    const converted = convert(raw);
    return converted.kind === 'value' ? converted.value : undefined;
  }

  /** The value, or undefined after reporting why it cannot be used. */
  private settle<T>(
    id: TermId | string,
    node: XmlNode,
    conversion: Conversion<T>,
    here: string,
  ): T | undefined {
    if (conversion.kind === 'value') return conversion.value;
    if (conversion.kind === 'problem') {
      const location = this.reportValue(id, node, conversion.problem);
      if (isTermId(id)) this.rejected.set(here, { term: id, found: rawOf(node), location });
    } else if (isTermId(id)) {
      this.blank.add(here);
    }
    return undefined;
  }

  /** An identifier read with its scheme attribute present but blank (`schemeID=""`). */
  private noteBlankScheme(binding: CiiTermBinding, node: XmlNode, value: unknown, at: string) {
    const { scheme } = binding;
    if (scheme === undefined || typeof value !== 'object' || value === null) return;
    if (Object.hasOwn(value, 'scheme') || !scheme.startsWith('@')) return;
    if (attr(elementOf(node), scheme.slice(1)) !== undefined) this.blank.add(under(at, 'scheme'));
  }

  // ————— Groups —————

  private readGroup(binding: CiiGroupBinding, context: XmlElement, target: JsonObject, at: string) {
    const { group, where, prefer } = binding;
    const plan = planOf(binding);
    const candidates = this.match(context, plan, undefined) as XmlElement[];
    if (where === 'allowance' || where === 'charge') this.checkIndicators(candidates);
    const elements =
      where === undefined ? candidates : (this.keep(candidates, where) as XmlElement[]);
    const here = under(at, group);

    if (plan.repeat) {
      const items: JsonObject[] = [];
      for (const element of elements) {
        const item: JsonObject = {};
        const index = items.length;
        this.readContent(binding, element, item, under(here, index));
        if (index === 0) this.sources.record(here, element);
        this.sources.record(under(here, index), element);
        items.push(item);
      }
      if (items.length > 0) target[group] = items;
      return;
    }

    const preferred = prefer === undefined ? [] : this.keep(elements, prefer);
    const element = (preferred[0] ?? elements[0]) as XmlElement | undefined;
    if (element === undefined) return;
    const item: JsonObject = {};
    this.readContent(binding, element, item, here);
    let located = element;
    if (binding.spread !== undefined) {
      const { anchor, whenAny = [] } = binding.spread;
      const held =
        Object.keys(item).length > 0 ||
        whenAny.some((path) => elementsAt(element, bindingPath(path)).length > 0);
      if (!held) return;
      const anchored = anchor === undefined ? undefined : elementsAt(element, bindingPath(anchor));
      located = anchored?.[0] ?? element;
    }
    target[group] = item;
    this.sources.record(here, located);
  }

  /** Allowances and charges are told apart by their indicator: one we cannot read is reported. */
  private checkIndicators(elements: readonly XmlElement[]): void {
    for (const element of elements) {
      if (this.reported.has(element) || chargeIndicatorOf(element) !== undefined) continue;
      const indicator = child(element, NS.ram, 'ChargeIndicator');
      if (indicator === undefined) continue; // a syntax rule (CII-SR-463) reports its absence
      this.reported.add(element);
      const value = child(indicator, NS.udt, 'Indicator');
      const shownValue = shown(value === undefined ? '' : textOf(value));
      const lineLevel = element.parent?.localName === 'SpecifiedLineTradeSettlement';
      const groups: GroupId[] = lineLevel ? ['BG-27', 'BG-28'] : ['BG-20', 'BG-21'];
      this.findings.push({
        rule: 'VALUE-FORMAT',
        severity: 'fatal',
        layer: 'en16931',
        bt: groups,
        message: {
          fr: `Remise ou charge : l'indicateur (ram:ChargeIndicator/udt:Indicator) vaut « ${shownValue} » au lieu de true ou false ; impossible de dire s'il s'agit d'une remise ou d'une charge, elle est ignorée.`,
          en: `Allowance or charge: the indicator (ram:ChargeIndicator/udt:Indicator) is "${shownValue}" instead of true or false; whether it is an allowance or a charge cannot be told, so it is left out.`,
        },
        location: this.locations.of(value ?? indicator),
      });
    }
  }

  // ————— Extensions —————

  private readExtension(
    binding: CiiExtensionBinding,
    context: XmlElement,
    target: JsonObject,
    at: string,
  ): void {
    const node = elementsAt(context, bindingPath(binding.path))[0];
    if (node === undefined) return;
    const raw = textOf(node);
    const conversion =
      binding.kind === 'date'
        ? toCiiDate(raw, attr(node, 'format'))
        : binding.kind === 'code'
          ? toCode(raw)
          : toText(raw);
    const value = this.settle(binding.key, node, conversion, '');
    if (value === undefined) return;
    const extensions = (target.extensions ?? {}) as JsonObject;
    extensions[binding.key] = value;
    target.extensions = extensions;
    this.sources.record(under(under(at, 'extensions'), binding.key), node);
  }

  // ————— Findings —————

  private reportValue(id: string, node: XmlNode, problem: LocalizedText): SourceLocation {
    const element = elementOf(node);
    const location: SourceLocation = {
      xpath:
        node.kind === 'attribute'
          ? `${this.locations.xpath(node.parent)}/@${node.localName}`
          : this.locations.xpath(element),
      line: element.line,
      column: element.column,
    };
    const name: LocalizedText = definitionOf(id)?.name ?? { fr: id, en: id };
    this.findings.push({
      rule: 'VALUE-FORMAT',
      severity: 'fatal',
      layer: 'en16931',
      bt: [id],
      message: {
        fr: `${id} « ${name.fr} » : ${problem.fr}. La valeur est ignorée.`,
        en: `${id} "${name.en}": ${problem.en}. The value is left out.`,
      },
      location,
    });
    return location;
  }
}

/**
 * The CII reader: a parsed UN/CEFACT Cross Industry Invoice (D16B and later; Factur-X and
 * ZUGFeRD 2.x of every profile) → the EN 16931 model, by walking the binding table (binding.ts).
 *
 * Faithful, not clever: each term is read where the official binding puts it; a group whose
 * element is present is in the model even when empty; of several elements bound to a 0..1 term
 * the first is taken (the syntax rules report the others); a value that cannot enter the model is
 * left out and reported (VALUE-FORMAT). Each group is read with `select` on its own element only,
 * so the document is walked once, whatever its size.
 */
import type { LocalizedText } from '../../i18n/text';
import {
  definitionOf,
  type GroupId,
  type Invoice,
  isRepeatable,
  type PointerSegment,
  pointer,
  type TermId,
} from '../../model';
import type { Finding, SourceLocation } from '../../rules/finding';
import {
  attr,
  child,
  exists,
  select,
  selectAttributes,
  textOf,
  valueAt,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from '../../xml';
import { NS } from '../namespaces';
import type { ReadResult } from '../read-result';
import {
  CII_BINDING,
  type CiiExtensionBinding,
  type CiiGroupBinding,
  type CiiGroupContent,
  type CiiTermBinding,
} from './binding';
import { Locator } from './locate';
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

/** Reads a CII invoice into the model. Never throws on document content. */
export function readCii(document: XmlDocument): ReadResult {
  return new CiiReader().read(document.root);
}

type JsonObject = Record<string, unknown>;

const ENDS_WITH_ATTRIBUTE = /(^|\/)@[^/]+$/;

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
  private readonly sources = new Map<string, SourceLocation>();
  private readonly findings: Finding[] = [];
  private readonly locator = new Locator();
  /** Texts of the 0..1 terms as written, for the filters that compare with them (BT-5, BT-6). */
  private readonly rawTexts = new Map<TermId, string>();
  /** Elements already reported, so that a node shared by two groups is reported once. */
  private readonly reported = new Set<XmlElement>();
  invoiceCurrencyVat: XmlElement | undefined;

  get invoiceCurrency(): string | undefined {
    return this.rawTexts.get('BT-5')?.trim();
  }

  get taxCurrency(): string | undefined {
    return this.rawTexts.get('BT-6')?.trim();
  }

  read(root: XmlElement): ReadResult {
    const invoice: JsonObject = {};
    this.readContent(CII_BINDING, root, invoice, []);
    // The object was built key by key from the binding, which only names model terms and groups.
    return { invoice: invoice as Invoice, sources: this.sources, findings: this.findings };
  }

  private readContent(
    content: CiiGroupContent,
    element: XmlElement,
    target: JsonObject,
    at: readonly PointerSegment[],
  ): void {
    for (const term of content.terms) this.readTerm(term, element, target, at);
    for (const group of content.groups ?? []) this.readGroup(group, element, target, at);
    for (const extension of content.extensions ?? []) {
      this.readExtension(extension, element, target, at);
    }
  }

  // ————— Matching —————

  private evaluate(context: XmlElement, path: string): XmlNode[] {
    return ENDS_WITH_ATTRIBUTE.test(path) ? selectAttributes(context, path) : select(context, path);
  }

  private keep(nodes: XmlNode[], where: CiiPredicateName | undefined): XmlNode[] {
    if (where === undefined) return nodes;
    return nodes.filter((node) => PREDICATES[where].test(elementOf(node), this));
  }

  /**
   * For a 0..1 term, the matches of the first alternative that has any; for a repeatable one,
   * the matches of all alternatives in document order.
   */
  private match(
    context: XmlElement,
    path: string | readonly string[],
    where: CiiPredicateName | undefined,
    all: boolean,
  ): XmlNode[] {
    if (typeof path === 'string') return this.keep(this.evaluate(context, path), where);
    if (!all) {
      for (const alternative of path) {
        const nodes = this.keep(this.evaluate(context, alternative), where);
        if (nodes.length > 0) return nodes;
      }
      return [];
    }
    return path
      .flatMap((alternative) => this.keep(this.evaluate(context, alternative), where))
      .sort(byDocumentOrder);
  }

  // ————— Terms —————

  private readTerm(
    binding: CiiTermBinding,
    context: XmlElement,
    target: JsonObject,
    at: readonly PointerSegment[],
  ): void {
    const { term } = binding;
    const repeat = isRepeatable(definitionOf(term).cardinality);
    const nodes = this.match(context, binding.path, binding.where, repeat);
    if (!repeat) {
      const node = nodes[0];
      if (node === undefined) return;
      this.rawTexts.set(term, rawOf(node));
      if (binding.where === 'invoice-currency') this.invoiceCurrencyVat = elementOf(node);
      const value = this.convert(binding, node);
      if (value === undefined) return;
      target[term] = value;
      this.sources.set(pointer(...at, term), this.locator.location(elementOf(node)));
      return;
    }
    const values: unknown[] = [];
    for (const node of nodes) {
      const value = this.convert(binding, node);
      if (value === undefined) continue;
      const location = this.locator.location(elementOf(node));
      if (values.length === 0) this.sources.set(pointer(...at, term), location);
      this.sources.set(pointer(...at, term, values.length), location);
      values.push(value);
    }
    if (values.length > 0) target[term] = values;
  }

  /** The model value of a term read at `node`, or undefined (empty, or reported). */
  private convert(binding: CiiTermBinding, node: XmlNode): unknown {
    const kind = valueKindOf(binding.term);
    const element = elementOf(node);
    switch (kind) {
      case 'identifier':
      case 'classification': {
        const id = this.settle(binding.term, node, toText(rawOf(node)));
        if (id === undefined) return undefined;
        const scheme = this.part(element, binding.scheme, toCode);
        const version = this.part(element, binding.version, toText);
        return {
          id,
          ...(scheme === undefined ? {} : { scheme }),
          ...(version === undefined ? {} : { version }),
        };
      }
      case 'binary': {
        const content = this.settle(binding.term, node, toBase64(element.text));
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
        return this.settle(binding.term, node, this.scalar(kind, node));
    }
  }

  private scalar(
    kind: Exclude<ValueKind, 'identifier' | 'classification' | 'binary'>,
    node: XmlNode,
  ) {
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
    const raw = valueAt(element, path);
    if (raw === undefined) return undefined;
    const converted = convert(raw);
    return converted.kind === 'value' ? converted.value : undefined;
  }

  /** The value, or undefined after reporting why it cannot be used. */
  private settle<T>(id: string, node: XmlNode, conversion: Conversion<T>): T | undefined {
    if (conversion.kind === 'value') return conversion.value;
    if (conversion.kind === 'problem') this.reportValue(id, node, conversion.problem);
    return undefined;
  }

  // ————— Groups —————

  private readGroup(
    binding: CiiGroupBinding,
    context: XmlElement,
    target: JsonObject,
    at: readonly PointerSegment[],
  ): void {
    const { group } = binding;
    const candidates = this.match(context, binding.path, undefined, true).map(elementOf);
    if (binding.where === 'allowance' || binding.where === 'charge') {
      this.checkIndicators(candidates);
    }
    const { where } = binding;
    const elements =
      where === undefined
        ? candidates
        : candidates.filter((element) => PREDICATES[where].test(element, this));

    if (isRepeatable(definitionOf(group).cardinality)) {
      const items: JsonObject[] = [];
      for (const element of elements) {
        const item: JsonObject = {};
        const index = items.length;
        this.readContent(binding, element, item, [...at, group, index]);
        const location = this.locator.location(element);
        if (index === 0) this.sources.set(pointer(...at, group), location);
        this.sources.set(pointer(...at, group, index), location);
        items.push(item);
      }
      if (items.length > 0) target[group] = items;
      return;
    }

    const { prefer } = binding;
    const element =
      (prefer === undefined
        ? undefined
        : elements.find((candidate) => PREDICATES[prefer].test(candidate, this))) ?? elements[0];
    if (element === undefined) return;
    const item: JsonObject = {};
    this.readContent(binding, element, item, [...at, group]);
    let located = element;
    if (binding.spread !== undefined) {
      const { anchor, whenAny = [] } = binding.spread;
      const held = Object.keys(item).length > 0 || whenAny.some((path) => exists(element, path));
      if (!held) return;
      located = (anchor === undefined ? undefined : select(element, anchor)[0]) ?? element;
    }
    target[group] = item;
    this.sources.set(pointer(...at, group), this.locator.location(located));
  }

  /** Allowances and charges are told apart by their indicator: one we cannot read is reported. */
  private checkIndicators(elements: readonly XmlElement[]): void {
    for (const element of elements) {
      if (this.reported.has(element) || chargeIndicatorOf(element) !== undefined) continue;
      const indicator = child(element, NS.ram, 'ChargeIndicator');
      if (indicator === undefined) continue; // a syntax rule (CII-SR-463) reports its absence
      this.reported.add(element);
      const value = child(indicator, NS.udt, 'Indicator');
      const shownValue = value === undefined ? '' : textOf(value);
      const groups: GroupId[] = this.isLineLevel(element) ? ['BG-27', 'BG-28'] : ['BG-20', 'BG-21'];
      this.findings.push({
        rule: 'VALUE-FORMAT',
        severity: 'fatal',
        layer: 'en16931',
        bt: groups,
        message: {
          fr: `Remise ou charge : l'indicateur (ram:ChargeIndicator/udt:Indicator) vaut « ${shownValue} » au lieu de true ou false ; impossible de dire s'il s'agit d'une remise ou d'une charge, elle est ignorée.`,
          en: `Allowance or charge: the indicator (ram:ChargeIndicator/udt:Indicator) is "${shownValue}" instead of true or false; whether it is an allowance or a charge cannot be told, so it is left out.`,
        },
        location: this.locator.location(value ?? indicator),
      });
    }
  }

  private isLineLevel(element: XmlElement): boolean {
    return element.parent?.localName === 'SpecifiedLineTradeSettlement';
  }

  // ————— Extensions —————

  private readExtension(
    binding: CiiExtensionBinding,
    context: XmlElement,
    target: JsonObject,
    at: readonly PointerSegment[],
  ): void {
    const node = select(context, binding.path)[0];
    if (node === undefined) return;
    const raw = textOf(node);
    const conversion =
      binding.kind === 'date'
        ? toCiiDate(raw, attr(node, 'format'))
        : binding.kind === 'code'
          ? toCode(raw)
          : toText(raw);
    const value = this.settle(binding.key, node, conversion);
    if (value === undefined) return;
    const extensions = (target.extensions ?? {}) as JsonObject;
    extensions[binding.key] = value;
    target.extensions = extensions;
    this.sources.set(pointer(...at, 'extensions', binding.key), this.locator.location(node));
  }

  // ————— Findings —————

  private reportValue(id: string, node: XmlNode, problem: LocalizedText): void {
    const element = elementOf(node);
    const definition = definitionOf(id);
    const name: LocalizedText = definition?.name ?? { fr: id, en: id };
    this.findings.push({
      rule: 'VALUE-FORMAT',
      severity: 'fatal',
      layer: 'en16931',
      bt: [id],
      message: {
        fr: `${id} « ${name.fr} » : ${problem.fr}. La valeur est ignorée.`,
        en: `${id} "${name.en}": ${problem.en}. The value is left out.`,
      },
      location: {
        xpath:
          node.kind === 'attribute'
            ? this.locator.attributeXpath(node)
            : this.locator.xpath(element),
        line: element.line,
        column: element.column,
      },
    });
  }
}

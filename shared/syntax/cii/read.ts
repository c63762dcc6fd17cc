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
import { type BindingPath, bindingPath, FirstSteps, firstElementAt, valueAtPath } from './paths';
import {
  type CiiPredicate,
  type CiiPredicateContext,
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
 * An entry of the binding as the reader uses it, worked out once rather than once per line: its
 * cardinality and kind of value (from the catalogue), its compiled paths and filters.
 */
interface CompiledTerm {
  readonly binding: CiiTermBinding;
  readonly term: TermId;
  readonly repeat: boolean;
  readonly kind: ValueKind;
  readonly paths: readonly BindingPath[];
  /** Slots of the paths' first steps in the enclosing content's `firstSteps`. */
  readonly slots: readonly number[];
  readonly test: PredicateTest | undefined;
  readonly scheme: BindingPath | undefined;
  readonly version: BindingPath | undefined;
  readonly mimeCode: BindingPath | undefined;
  readonly filename: BindingPath | undefined;
  /** The attribute `scheme` names (`@schemeID` → `schemeID`), to note a blank one. */
  readonly schemeAttribute: string | undefined;
}

interface CompiledContent {
  /** The first steps of the entries' paths, looked up once per element read. */
  readonly firstSteps: FirstSteps;
  readonly terms: readonly CompiledTerm[];
  readonly groups: readonly CompiledGroup[];
  readonly extensions: readonly CompiledExtension[];
}

interface CompiledGroup extends CompiledContent {
  readonly group: GroupId;
  readonly repeat: boolean;
  readonly paths: readonly BindingPath[];
  readonly slots: readonly number[];
  /** Allowances and charges: their indicators are checked before the filter keeps some. */
  readonly checksIndicators: boolean;
  readonly test: PredicateTest | undefined;
  readonly prefer: PredicateTest | undefined;
  readonly spread:
    | { readonly anchor: BindingPath | undefined; readonly whenAny: readonly BindingPath[] }
    | undefined;
}

interface CompiledExtension {
  readonly binding: CiiExtensionBinding;
  readonly path: BindingPath;
  readonly slot: number;
}

type PredicateTest = CiiPredicate['test'];

let compiledBinding: CompiledContent | undefined;

function compiledContent(): CompiledContent {
  compiledBinding ??= compileContent(CII_BINDING);
  return compiledBinding;
}

function compileContent(content: CiiGroupContent): CompiledContent {
  const firstSteps = new FirstSteps();
  return {
    firstSteps,
    terms: content.terms.map((term) => compileTerm(term, firstSteps)),
    groups: (content.groups ?? []).map((group) => compileGroup(group, firstSteps)),
    extensions: (content.extensions ?? []).map((binding) => {
      const path = bindingPath(binding.path);
      return { binding, path, slot: firstSteps.add(path) };
    }),
  };
}

function compileTerm(binding: CiiTermBinding, firstSteps: FirstSteps): CompiledTerm {
  const paths = pathsOf(binding.path);
  const optional = (path: string | undefined) =>
    path === undefined ? undefined : bindingPath(path);
  const { scheme } = binding;
  return {
    binding,
    term: binding.term,
    repeat: isRepeatable(definitionOf(binding.term).cardinality),
    kind: valueKindOf(binding.term),
    paths,
    slots: paths.map((path) => firstSteps.add(path)),
    test: binding.where === undefined ? undefined : PREDICATES[binding.where].test,
    scheme: optional(scheme),
    version: optional(binding.version),
    mimeCode: optional(binding.mimeCode),
    filename: optional(binding.filename),
    schemeAttribute: scheme?.startsWith('@') ? scheme.slice(1) : undefined,
  };
}

function compileGroup(binding: CiiGroupBinding, firstSteps: FirstSteps): CompiledGroup {
  const { where, prefer, spread } = binding;
  const paths = pathsOf(binding.path);
  return {
    ...compileContent(binding),
    group: binding.group,
    repeat: isRepeatable(definitionOf(binding.group).cardinality),
    paths,
    slots: paths.map((path) => firstSteps.add(path)),
    checksIndicators: where === 'allowance' || where === 'charge',
    test: where === undefined ? undefined : PREDICATES[where].test,
    prefer: prefer === undefined ? undefined : PREDICATES[prefer].test,
    spread:
      spread === undefined
        ? undefined
        : {
            anchor: spread.anchor === undefined ? undefined : bindingPath(spread.anchor),
            whenAny: (spread.whenAny ?? []).map(bindingPath),
          },
  };
}

function pathsOf(path: string | readonly string[]): readonly BindingPath[] {
  return (typeof path === 'string' ? [path] : path).map(bindingPath);
}

/** What matched nothing: shared, most entries of most lines match nothing. */
const NO_NODES: readonly never[] = Object.freeze([]);

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

/**
 * Whether some path reaches an element. A function of its own: a closure over `element` in
 * readGroup would make the engine allocate a scope on each of its calls, several per line.
 */
function reachesAny(element: XmlElement, paths: readonly BindingPath[]): boolean {
  for (let i = 0; i < paths.length; i++) {
    if (firstElementAt(element, paths[i] as BindingPath) !== undefined) return true;
  }
  return false;
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
    this.readContent(compiledContent(), root, invoice, '');
    // The object was built key by key from the binding, which only names model terms and groups.
    return {
      invoice: invoice as Invoice,
      sources: this.sources,
      findings: this.findings.sort(byPosition),
      rejected: this.rejected,
      blank: this.blank,
    };
  }

  // Indexed loops in the per-line functions: for…of goes through the iterator protocol where V8
  // has not optimised the code, and the reader runs once per document.
  private readContent(
    content: CompiledContent,
    element: XmlElement,
    target: JsonObject,
    at: string,
  ): void {
    const { firstSteps, terms, groups, extensions } = content;
    firstSteps.scan(element);
    for (let i = 0; i < terms.length; i++) {
      this.readTerm(terms[i] as CompiledTerm, element, firstSteps, target, at);
    }
    for (let i = 0; i < groups.length; i++) {
      this.readGroup(groups[i] as CompiledGroup, element, firstSteps, target, at);
    }
    for (let i = 0; i < extensions.length; i++) {
      this.readExtension(extensions[i] as CompiledExtension, element, firstSteps, target, at);
    }
    firstSteps.clear();
  }

  // ————— Matching —————

  /** The nodes whose element passes the filter: the same list when all do. */
  private keep<T extends XmlNode>(
    nodes: readonly T[],
    test: PredicateTest | undefined,
  ): readonly T[] {
    if (test === undefined) return nodes;
    let kept: T[] | undefined;
    let all = true;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as T;
      if (test(elementOf(node), this)) {
        if (!all) (kept as T[]).push(node);
      } else if (all) {
        all = false;
        kept = nodes.slice(0, i);
      }
    }
    if (all) return nodes;
    return (kept as T[]).length === 0 ? NO_NODES : (kept as T[]);
  }

  /** Every match of an entry, of all its paths, in document order. */
  private match(
    context: XmlElement,
    firstSteps: FirstSteps,
    entry: CompiledTerm | CompiledGroup,
    test: PredicateTest | undefined,
  ): readonly XmlNode[] {
    const { paths, slots } = entry;
    if (paths.length === 1) {
      return this.keep(
        firstSteps.nodesAt(context, paths[0] as BindingPath, slots[0] as number),
        test,
      );
    }
    const found: XmlNode[] = [];
    for (let i = 0; i < paths.length; i++) {
      const nodes = firstSteps.nodesAt(context, paths[i] as BindingPath, slots[i] as number);
      found.push(...this.keep(nodes, test));
    }
    return found.length === 0 ? NO_NODES : found.sort(byDocumentOrder);
  }

  /** The first match of a 0..1 entry: of its first path that has one. */
  private first(
    context: XmlElement,
    firstSteps: FirstSteps,
    term: CompiledTerm,
  ): XmlNode | undefined {
    const { paths, slots, test } = term;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i] as BindingPath;
      const node = firstSteps.firstNodeAt(context, path, slots[i] as number, test, this);
      if (node !== undefined) return node;
    }
    return undefined;
  }

  // ————— Terms —————

  private readTerm(
    term: CompiledTerm,
    context: XmlElement,
    firstSteps: FirstSteps,
    target: JsonObject,
    at: string,
  ) {
    const id = term.term;
    if (!term.repeat) {
      const node = this.first(context, firstSteps, term);
      if (node === undefined) return;
      if (at === '') this.rawTexts.set(id, rawOf(node));
      if (term.binding.where === 'invoice-currency') this.invoiceCurrencyVat = elementOf(node);
      const here = under(at, id);
      const value = this.convert(term, node, here);
      if (value === undefined) return;
      target[id] = value;
      this.locate(value, elementOf(node), here);
      this.noteBlankScheme(term, node, value, here);
      return;
    }
    const nodes = this.match(context, firstSteps, term, term.test);
    if (nodes.length === 0) return;
    // Made from the first value: most repeatable terms have one, and `[]` grown by a push takes
    // room for 17.
    let values: unknown[] | undefined;
    const here = under(at, id);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as XmlNode;
      const value = this.convert(term, node, here);
      if (value === undefined) continue;
      if (values === undefined) this.sources.record(here, elementOf(node));
      const place = under(here, values === undefined ? 0 : values.length);
      this.locate(value, elementOf(node), place);
      this.noteBlankScheme(term, node, value, place);
      if (values === undefined) values = [value];
      else values.push(value);
    }
    if (values !== undefined) target[id] = values;
  }

  /** Sources of a value and, for identifiers and attachments, of each of its parts. */
  private locate(value: unknown, element: XmlElement, here: string): void {
    this.sources.record(here, element);
    if (typeof value !== 'object' || value === null) return;
    for (let i = 0; i < QUALIFIER_KEYS.length; i++) {
      const key = QUALIFIER_KEYS[i] as (typeof QUALIFIER_KEYS)[number];
      if (Object.hasOwn(value, key)) this.sources.record(under(here, key), element);
    }
  }

  /**
   * The model value of a term read at `node`, or undefined (empty, or reported). `here` is where
   * it goes in the model (without the index of a repeated term), for the rejected values.
   */
  private convert(term: CompiledTerm, node: XmlNode, here: string): unknown {
    const element = elementOf(node);
    const { kind } = term;
    switch (kind) {
      case 'identifier':
      case 'classification': {
        const id = this.settle(term.term, node, toText(rawOf(node)), here);
        if (id === undefined) return undefined;
        const scheme = this.part(element, term.scheme, toCode);
        const version = this.part(element, term.version, toText);
        if (scheme === undefined && version === undefined) return { id };
        return {
          id,
          ...(scheme === undefined ? {} : { scheme }),
          ...(version === undefined ? {} : { version }),
        };
      }
      case 'binary': {
        const content = this.settle(
          term.term,
          node,
          toBase64(element.text),
          under(here, 'content'),
        );
        const mimeCode = this.part(element, term.mimeCode, toCode);
        const filename = this.part(element, term.filename, toText);
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
        return this.settle(term.term, node, this.scalar(kind, node), here);
    }
  }

  private scalar(
    kind: Exclude<ValueKind, 'identifier' | 'classification' | 'binary'>,
    node: XmlNode,
  ): Conversion {
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
    path: BindingPath | undefined,
    convert: (raw: string) => Conversion,
  ): string | undefined {
    if (path === undefined) return undefined;
    const raw = valueAtPath(element, path);
    if (raw === undefined) return undefined;
    const converted = convert(raw);
    return typeof converted === 'string' ? converted : undefined;
  }

  /** The value, or undefined after reporting why it cannot be used. */
  private settle(
    id: TermId | string,
    node: XmlNode,
    conversion: Conversion,
    here: string,
  ): string | undefined {
    if (typeof conversion === 'string') return conversion;
    if (conversion.kind === 'problem') {
      const location = this.reportValue(id, node, conversion.problem);
      if (isTermId(id)) this.rejected.set(here, { term: id, found: rawOf(node), location });
    } else if (isTermId(id)) {
      this.blank.add(here);
    }
    return undefined;
  }

  /** An identifier read with its scheme attribute present but blank (`schemeID=""`). */
  private noteBlankScheme(term: CompiledTerm, node: XmlNode, value: unknown, at: string) {
    const { schemeAttribute } = term;
    if (schemeAttribute === undefined || typeof value !== 'object' || value === null) return;
    if (Object.hasOwn(value, 'scheme')) return;
    if (attr(elementOf(node), schemeAttribute) !== undefined) this.blank.add(under(at, 'scheme'));
  }

  // ————— Groups —————

  private readGroup(
    group: CompiledGroup,
    context: XmlElement,
    firstSteps: FirstSteps,
    target: JsonObject,
    at: string,
  ) {
    const candidates = this.match(context, firstSteps, group, undefined) as readonly XmlElement[];
    // Passed over at once when absent, as most groups of most lines are.
    if (candidates.length === 0) return;
    if (group.checksIndicators) this.checkIndicators(candidates);
    const elements = this.keep(candidates, group.test);
    const here = under(at, group.group);

    if (group.repeat) {
      let items: JsonObject[] | undefined;
      for (let index = 0; index < elements.length; index++) {
        const element = elements[index] as XmlElement;
        const item: JsonObject = {};
        const place = under(here, index);
        this.readContent(group, element, item, place);
        if (index === 0) this.sources.record(here, element);
        this.sources.record(place, element);
        if (items === undefined) items = [item];
        else items.push(item);
      }
      if (items !== undefined) target[group.group] = items;
      return;
    }

    const element = this.preferred(elements, group.prefer) ?? elements[0];
    if (element === undefined) return;
    const item: JsonObject = {};
    this.readContent(group, element, item, here);
    let located = element;
    const { spread } = group;
    if (spread !== undefined) {
      const held = Object.keys(item).length > 0 || reachesAny(element, spread.whenAny);
      if (!held) return;
      const anchored =
        spread.anchor === undefined ? undefined : firstElementAt(element, spread.anchor);
      located = anchored ?? element;
    }
    target[group.group] = item;
    this.sources.record(here, located);
  }

  /** The first element that passes `prefer`, if any. */
  private preferred(
    elements: readonly XmlElement[],
    prefer: PredicateTest | undefined,
  ): XmlElement | undefined {
    if (prefer === undefined) return undefined;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i] as XmlElement;
      if (prefer(element, this)) return element;
    }
    return undefined;
  }

  /** Allowances and charges are told apart by their indicator: one we cannot read is reported. */
  private checkIndicators(elements: readonly XmlElement[]): void {
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i] as XmlElement;
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
    extension: CompiledExtension,
    context: XmlElement,
    firstSteps: FirstSteps,
    target: JsonObject,
    at: string,
  ): void {
    const node = firstSteps.firstElementAt(context, extension.path, extension.slot);
    if (node === undefined) return;
    const { binding } = extension;
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

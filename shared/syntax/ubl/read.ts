/**
 * The UBL 2.1 reader: an `Invoice` or `CreditNote` → the EN 16931 model, where each term came
 * from, and the values that could not enter the model. It walks the binding table (binding.ts)
 * once, group by group, looking only at each group's own element: no scan of the whole document
 * per term.
 *
 * Faithful, not clever: a term is read at the binding's path with the schematron's filters, a
 * group whose element is present is in the model even when empty (`{}`), a 0..1 term found twice
 * keeps its first value, and nothing is inferred.
 */
import { definitionOf, type GroupId, type Invoice, isRepeatable, type TermId } from '../../model';
import type { Finding } from '../../rules/finding';
import { attr, child, children } from '../../xml/navigate';
import type { XmlDocument, XmlElement } from '../../xml/tree';
import { NS } from '../namespaces';
import type { ReadResult, RejectedValue } from '../read-result';
import {
  UBL_BINDING,
  type UblGroupBinding,
  type UblPath,
  type UblTermBinding,
  type ValueKind,
} from './binding';
import { chargeIndicatorFinding, valueFormatFinding } from './findings';
import { ElementLocations, SourceTable } from './locations';
import { type CompiledPath, compilePath, evaluatePath, firstOfPath } from './path';
import { chargeIndicatorOf, type PredicateContext, type UblDocumentType } from './predicates';
import { convert } from './values';

export interface UblReadResult extends ReadResult {
  /**
   * Where the model would have had a value had it been readable: JSON pointer (without an index
   * for repeatable terms; `…/BT-125/content` for an attachment) → what was found. A rule that
   * only asks whether a term is there (BR-03 tests `normalize-space(cbc:IssueDate) != ''`) can
   * then agree with the schematron on a document whose date is `123`.
   */
  readonly rejected: ReadonlyMap<string, RejectedValue>;
}

/** Reads a UBL invoice or credit note. Throws if the document element is neither (see detect.ts). */
export function readUbl(document: XmlDocument): UblReadResult {
  return readUblElement(document.root);
}

/**
 * Same, from the `Invoice` or `CreditNote` element itself, wherever it sits (the official unit
 * tests embed theirs in a test set).
 */
export function readUblElement(root: XmlElement): UblReadResult {
  const documentType = ublDocumentTypeOf(root);
  if (documentType === undefined) {
    throw new TypeError(
      `readUbl expects a UBL Invoice or CreditNote, not {${root.namespace}}${root.localName}`,
    );
  }
  const reader = new UblReader(root, {
    documentType,
    documentCurrency: child(root, NS.cbc, 'DocumentCurrencyCode')?.text,
    taxCurrency: child(root, NS.cbc, 'TaxCurrencyCode')?.text,
  });
  const invoice: Record<string, unknown> = {};
  reader.readContent(compiledBinding(documentType), root, '', invoice);
  reader.checkChargeIndicators();
  return {
    // The table only names model keys, in the catalogue's order, and values.ts only gives values
    // of the model's formats: the result is an Invoice in canonical key order (the tests hold
    // every official example and unit test to the schema and to toInvoiceJson's order).
    invoice: invoice as Invoice,
    sources: reader.sources,
    findings: reader.findings.sort(byPosition),
    rejected: reader.rejected,
    blank: reader.blank,
  };
}

/** Attribute holding the scheme of an identifier (BT-29, BT-34…) or a classification (BT-158). */
const SCHEME_ATTRIBUTES: Partial<Record<ValueKind, string>> = {
  identifier: 'schemeID',
  classification: 'listID',
};

/**
 * A term that gave no value and no problem: blank if its element (or attribute) is there. A note
 * without a `#CODE#` prefix has no subject rather than a blank one.
 */
function isBlankPresent(term: CompiledTerm, element: XmlElement): boolean {
  if (term.kind === 'note-subject') return false;
  return term.attribute === undefined || attr(element, term.attribute) !== undefined;
}

/** Findings in the order of the document, whatever the order the table read them in. */
function byPosition(a: Finding, b: Finding): number {
  const lines = (a.location?.line ?? 0) - (b.location?.line ?? 0);
  return lines !== 0 ? lines : (a.location?.column ?? 0) - (b.location?.column ?? 0);
}

export function ublDocumentTypeOf(root: XmlElement): UblDocumentType | undefined {
  if (root.namespace === NS.ubl && root.localName === 'Invoice') return 'invoice';
  if (root.namespace === NS.cn && root.localName === 'CreditNote') return 'credit-note';
  return undefined;
}

// ————— The binding, compiled once per document type —————

interface CompiledTerm {
  readonly term: TermId;
  readonly path: CompiledPath;
  readonly kind: ValueKind;
  readonly attribute: string | undefined;
  readonly repeatable: boolean;
}

interface CompiledGroup {
  readonly group: GroupId;
  readonly path: CompiledPath | undefined;
  readonly repeatable: boolean;
  readonly terms: readonly CompiledTerm[];
  readonly groups: readonly CompiledGroup[];
  /**
   * Whether something of the group can be read without a context element (a path from the
   * document element): when not, a group whose element is absent is passed over at once, as
   * most groups of most lines are.
   */
  readonly readsWithoutContext: boolean;
}

interface CompiledContent {
  readonly terms: readonly CompiledTerm[];
  readonly groups: readonly CompiledGroup[];
}

const COMPILED = new Map<UblDocumentType, CompiledContent>();

function compiledBinding(documentType: UblDocumentType): CompiledContent {
  let binding = COMPILED.get(documentType);
  if (binding === undefined) {
    const pathOf = (path: UblPath) =>
      compilePath(
        typeof path === 'string'
          ? path
          : documentType === 'invoice'
            ? path.invoice
            : path.creditNote,
      );
    const term = (entry: UblTermBinding): CompiledTerm => ({
      term: entry.term,
      path: pathOf(entry.path),
      kind: entry.kind,
      attribute: entry.attribute,
      repeatable: isRepeatable(definitionOf(entry.term).cardinality),
    });
    const group = (entry: UblGroupBinding): CompiledGroup => {
      const path = entry.path === undefined ? undefined : pathOf(entry.path);
      const terms = entry.terms.map(term);
      const groups = entry.groups.map(group);
      return {
        group: entry.group,
        path,
        repeatable: isRepeatable(definitionOf(entry.group).cardinality),
        terms,
        groups,
        readsWithoutContext:
          terms.some((t) => t.path.fromDocument) ||
          groups.some(
            (g) => g.readsWithoutContext || (g.path?.branches.some((b) => b.fromDocument) ?? false),
          ),
      };
    };
    binding = { terms: UBL_BINDING.terms.map(term), groups: UBL_BINDING.groups.map(group) };
    COMPILED.set(documentType, binding);
  }
  return binding;
}

// ————— Reading —————

type JsonObject = Record<string, unknown>;

const NO_ELEMENTS: readonly XmlElement[] = [];

const QUALIFIER_KEYS = ['scheme', 'version', 'mimeCode', 'filename'] as const;

/**
 * Pointers are built by appending `/key` to the parent's: the keys the binding produces (model ids,
 * indexes, qualifier keys) never hold the `~` or `/` that RFC 6901 escapes, so `pointer()`'s
 * escaping, run 50,000 times on a long invoice, would only cost time.
 */
class UblReader {
  private readonly locations = new ElementLocations();
  readonly sources = new SourceTable(this.locations);
  readonly findings: Finding[] = [];
  readonly rejected = new Map<string, RejectedValue>();
  readonly blank = new Set<string>();

  constructor(
    private readonly root: XmlElement,
    private readonly predicates: PredicateContext,
  ) {}

  /**
   * Reads the terms and sub-groups of a group into `target`, from the group's element (or from
   * the document for paths starting with '/'). Returns the first element that gave anything, to
   * locate a group that has no element of its own.
   */
  readContent(
    binding: CompiledContent,
    element: XmlElement | undefined,
    at: string,
    target: JsonObject,
  ): XmlElement | undefined {
    let first: XmlElement | undefined;
    for (const term of binding.terms) {
      if (element === undefined && !term.path.fromDocument) continue;
      let given: XmlElement | undefined;
      if (term.repeatable) {
        const found = this.evaluate(term.path, element);
        if (found.length > 0)
          given = this.readRepeatedTerm(term, found, `${at}/${term.term}`, target);
      } else {
        const found = firstOfPath(term.path, element, this.root, this.predicates);
        if (found !== undefined) given = this.readTerm(term, found, `${at}/${term.term}`, target);
      }
      first ??= given;
    }
    for (const group of binding.groups) {
      const given = group.repeatable
        ? this.readRepeatedGroup(group, element, at, target)
        : this.readGroup(group, element, at, target);
      first ??= given;
    }
    return first;
  }

  private evaluate(path: CompiledPath, context: XmlElement | undefined): readonly XmlElement[] {
    if (context === undefined && !path.fromDocument) return NO_ELEMENTS;
    return evaluatePath(path, context, this.root, this.predicates);
  }

  private readTerm(
    term: CompiledTerm,
    element: XmlElement,
    place: string,
    target: JsonObject,
  ): XmlElement | undefined {
    const value = this.valueOf(term, element, place);
    if (value === undefined) return undefined;
    target[term.term] = value;
    this.locate(value, element, place);
    this.noteBlankScheme(term, element, value, place);
    return element;
  }

  private readRepeatedTerm(
    term: CompiledTerm,
    elements: readonly XmlElement[],
    place: string,
    target: JsonObject,
  ): XmlElement | undefined {
    let values: unknown[] | undefined;
    let first: XmlElement | undefined;
    for (const element of elements) {
      const value = this.valueOf(term, element, place);
      if (value === undefined) continue;
      const index = values === undefined ? 0 : values.length;
      this.locate(value, element, `${place}/${index}`);
      this.noteBlankScheme(term, element, value, `${place}/${index}`);
      // Made from the first value: most repeatable terms have one, and `[]` grown by a push
      // takes room for 17.
      if (values === undefined) values = [value];
      else values.push(value);
      first ??= element;
    }
    if (first === undefined) return undefined;
    target[term.term] = values;
    this.sources.record(place, first);
    return first;
  }

  private valueOf(term: CompiledTerm, element: XmlElement, place: string): unknown {
    const { value, problem } = convert(element, term.kind, term.attribute);
    if (problem !== undefined) {
      const location = this.locations.of(element);
      this.findings.push(valueFormatFinding(term.term, problem.format, problem.found, location));
      // Only an attachment keeps a value beside its problem: its unreadable content.
      const at = value === undefined ? place : `${place}/content`;
      this.rejected.set(at, { term: term.term, found: problem.found, location });
    } else if (value === undefined && isBlankPresent(term, element)) {
      this.blank.add(place);
    }
    return value;
  }

  /** An identifier read with its scheme attribute present but blank (`schemeID=""`). */
  private noteBlankScheme(term: CompiledTerm, element: XmlElement, value: unknown, at: string) {
    const attribute = SCHEME_ATTRIBUTES[term.kind];
    if (attribute === undefined || (value as { scheme?: string }).scheme !== undefined) return;
    if (attr(element, attribute) !== undefined) this.blank.add(`${at}/scheme`);
  }

  /** Sources of a value and, for identifiers and attachments, of each of its attributes. */
  private locate(value: unknown, element: XmlElement, place: string): void {
    this.sources.record(place, element);
    if (typeof value !== 'object' || value === null) return;
    for (const key of QUALIFIER_KEYS) {
      if (Object.hasOwn(value, key)) this.sources.record(`${place}/${key}`, element);
    }
  }

  /**
   * A 0..1 group of the group at `at`: present when its element is, or (without one) when something
   * was read in it.
   */
  private readGroup(
    group: CompiledGroup,
    parent: XmlElement | undefined,
    at: string,
    target: JsonObject,
  ): XmlElement | undefined {
    const element =
      group.path === undefined
        ? undefined
        : firstOfPath(group.path, parent, this.root, this.predicates);
    const context = group.path === undefined ? parent : element;
    if (context === undefined && !group.readsWithoutContext) return undefined;
    const place = `${at}/${group.group}`;
    const content: JsonObject = {};
    const first = this.readContent(group, context, place, content);
    const located = element ?? first;
    if (located === undefined) return undefined;
    target[group.group] = content;
    this.sources.record(place, located);
    return located;
  }

  /** A 0..n group of the group at `at`: one object per element, even an empty one. */
  private readRepeatedGroup(
    group: CompiledGroup,
    parent: XmlElement | undefined,
    at: string,
    target: JsonObject,
  ): XmlElement | undefined {
    if (group.path === undefined) throw new Error(`${group.group} repeats: it needs a path`);
    const elements = this.evaluate(group.path, parent);
    if (elements.length === 0) return undefined;
    const place = `${at}/${group.group}`;
    target[group.group] = elements.map((element, index) => {
      const content: JsonObject = {};
      const occurrence = `${place}/${index}`;
      this.readContent(group, element, occurrence, content);
      this.sources.record(occurrence, element);
      return content;
    });
    this.sources.record(place, elements[0] as XmlElement);
    return elements[0];
  }

  /** Allowances and charges that are neither: the binding's filters left them out of the model. */
  checkChargeIndicators(): void {
    const lineName = this.predicates.documentType === 'invoice' ? 'InvoiceLine' : 'CreditNoteLine';
    this.checkAllowanceCharges(this.root, ['BG-20', 'BG-21']);
    for (const line of children(this.root, NS.cac, lineName)) {
      this.checkAllowanceCharges(line, ['BG-27', 'BG-28']);
    }
  }

  private checkAllowanceCharges(parent: XmlElement, groups: readonly [GroupId, GroupId]): void {
    for (const allowanceCharge of children(parent, NS.cac, 'AllowanceCharge')) {
      const indicator = child(allowanceCharge, NS.cbc, 'ChargeIndicator');
      if (indicator === undefined || chargeIndicatorOf(allowanceCharge) !== undefined) continue;
      this.findings.push(chargeIndicatorFinding(groups, indicator, this.locations.of(indicator)));
    }
  }
}

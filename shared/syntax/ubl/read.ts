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
import {
  definitionOf,
  type GroupId,
  type Invoice,
  isRepeatable,
  orderInvoice,
  type PointerSegment,
  pointer,
  type TermId,
} from '../../model';
import type { Finding, SourceLocation } from '../../rules/finding';
import { child, children } from '../../xml/navigate';
import type { XmlDocument, XmlElement } from '../../xml/tree';
import { xpathOf } from '../../xml/xpath';
import { NS } from '../namespaces';
import type { ReadResult } from '../read-result';
import {
  UBL_BINDING,
  type UblGroupBinding,
  type UblPath,
  type UblTermBinding,
  type ValueKind,
} from './binding';
import { chargeIndicatorFinding, valueFormatFinding } from './findings';
import { type CompiledPath, compilePath, evaluatePath } from './path';
import { chargeIndicatorOf, type PredicateContext, type UblDocumentType } from './predicates';
import { convert } from './values';

/** A value found in the document that the model cannot hold (and reported as VALUE-FORMAT). */
export interface RejectedValue {
  readonly term: TermId;
  /** The text as written. */
  readonly found: string;
  readonly location: SourceLocation;
}

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
  reader.readContent(compiledBinding(documentType), root, [], invoice);
  reader.checkChargeIndicators();
  return {
    // The table only names model keys, and values.ts only gives values of the model's formats:
    // the result is an Invoice (the tests hold every official example and unit test to its schema).
    invoice: orderInvoice(invoice as Invoice),
    sources: reader.sources,
    findings: reader.findings.sort(byPosition),
    rejected: reader.rejected,
  };
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
    const group = (entry: UblGroupBinding): CompiledGroup => ({
      group: entry.group,
      path: entry.path === undefined ? undefined : pathOf(entry.path),
      repeatable: isRepeatable(definitionOf(entry.group).cardinality),
      terms: entry.terms.map(term),
      groups: entry.groups.map(group),
    });
    binding = { terms: UBL_BINDING.terms.map(term), groups: UBL_BINDING.groups.map(group) };
    COMPILED.set(documentType, binding);
  }
  return binding;
}

// ————— Reading —————

type JsonObject = Record<string, unknown>;

const QUALIFIER_KEYS = ['scheme', 'version', 'mimeCode', 'filename'] as const;

class UblReader {
  readonly sources = new Map<string, SourceLocation>();
  readonly findings: Finding[] = [];
  readonly rejected = new Map<string, RejectedValue>();
  private readonly locations = new Map<XmlElement, SourceLocation>();

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
    at: readonly PointerSegment[],
    target: JsonObject,
  ): XmlElement | undefined {
    let first: XmlElement | undefined;
    for (const term of binding.terms) {
      const found = this.evaluate(term.path, element);
      if (found.length === 0) continue;
      const given = term.repeatable
        ? this.readRepeatedTerm(term, found, at, target)
        : this.readTerm(term, found[0] as XmlElement, at, target);
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

  private evaluate(path: CompiledPath, context: XmlElement | undefined): XmlElement[] {
    if (context === undefined && !path.fromDocument) return [];
    return evaluatePath(path, context, this.root, this.predicates);
  }

  private readTerm(
    term: CompiledTerm,
    element: XmlElement,
    at: readonly PointerSegment[],
    target: JsonObject,
  ): XmlElement | undefined {
    const value = this.valueOf(term, element, [...at, term.term]);
    if (value === undefined) return undefined;
    target[term.term] = value;
    this.locate(value, element, at, term.term);
    return element;
  }

  private readRepeatedTerm(
    term: CompiledTerm,
    elements: readonly XmlElement[],
    at: readonly PointerSegment[],
    target: JsonObject,
  ): XmlElement | undefined {
    const values: unknown[] = [];
    let first: XmlElement | undefined;
    for (const element of elements) {
      const value = this.valueOf(term, element, [...at, term.term]);
      if (value === undefined) continue;
      this.locate(value, element, at, term.term, values.length);
      values.push(value);
      first ??= element;
    }
    if (first === undefined) return undefined;
    target[term.term] = values;
    this.addSource([...at, term.term], first);
    return first;
  }

  private valueOf(
    term: CompiledTerm,
    element: XmlElement,
    place: readonly PointerSegment[],
  ): unknown {
    const { value, problem } = convert(element, term.kind, term.attribute);
    if (problem !== undefined) {
      this.findings.push(valueFormatFinding(term.term, problem.format, problem.found, element));
      // Only an attachment keeps a value beside its problem: its unreadable content.
      const at = pointer(...place, ...(value === undefined ? [] : ['content']));
      this.rejected.set(at, {
        term: term.term,
        found: problem.found,
        location: this.locationOf(element),
      });
    }
    return value;
  }

  /** Sources of a value and, for identifiers and attachments, of each of its attributes. */
  private locate(
    value: unknown,
    element: XmlElement,
    at: readonly PointerSegment[],
    ...segments: PointerSegment[]
  ): void {
    const place = [...at, ...segments];
    this.addSource(place, element);
    if (typeof value !== 'object' || value === null) return;
    for (const key of QUALIFIER_KEYS) {
      if (Object.hasOwn(value, key)) this.addSource([...place, key], element);
    }
  }

  /** A 0..1 group: present when its element is, or (without one) when something was read in it. */
  private readGroup(
    group: CompiledGroup,
    parent: XmlElement | undefined,
    at: readonly PointerSegment[],
    target: JsonObject,
  ): XmlElement | undefined {
    const element = group.path === undefined ? undefined : this.evaluate(group.path, parent)[0];
    const context = group.path === undefined ? parent : element;
    const content: JsonObject = {};
    const place = [...at, group.group];
    const first = this.readContent(group, context, place, content);
    const located = element ?? first;
    if (located === undefined) return undefined;
    target[group.group] = content;
    this.addSource(place, located);
    return located;
  }

  /** A 0..n group: one object per element, even an empty one. */
  private readRepeatedGroup(
    group: CompiledGroup,
    parent: XmlElement | undefined,
    at: readonly PointerSegment[],
    target: JsonObject,
  ): XmlElement | undefined {
    if (group.path === undefined) throw new Error(`${group.group} repeats: it needs a path`);
    const elements = this.evaluate(group.path, parent);
    if (elements.length === 0) return undefined;
    target[group.group] = elements.map((element, index) => {
      const content: JsonObject = {};
      const place = [...at, group.group, index];
      this.readContent(group, element, place, content);
      this.addSource(place, element);
      return content;
    });
    this.addSource([...at, group.group], elements[0] as XmlElement);
    return elements[0];
  }

  private addSource(place: readonly PointerSegment[], element: XmlElement): void {
    this.sources.set(pointer(...place), this.locationOf(element));
  }

  /**
   * One location per element. Its XPath is computed when first read: `xpathOf` counts siblings
   * at every level, which over every term of a long invoice would cost more than the reading
   * itself, and most locations are never shown. The getter is an own property, so the location
   * survives JSON and structured clone with its XPath.
   */
  private locationOf(element: XmlElement): SourceLocation {
    let location = this.locations.get(element);
    if (location === undefined) {
      let xpath: string | undefined;
      location = {
        get xpath(): string {
          xpath ??= xpathOf(element);
          return xpath;
        },
        line: element.line,
        column: element.column,
      };
      this.locations.set(element, location);
    }
    return location;
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
      this.findings.push(chargeIndicatorFinding(groups, indicator));
    }
  }
}

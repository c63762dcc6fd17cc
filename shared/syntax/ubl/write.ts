/**
 * The UBL 2.1 writer: the EN 16931 model → an `Invoice` or, for a credit note type code
 * (`isCreditNote`), a `CreditNote`. It walks the reader's binding table (binding.ts) — the one
 * mapping — compiled for writing: each path placed with the tree builder (../write-tree.ts) in
 * the XSD order of write-structure.ts, each filter of the reader turned into what makes it select
 * the element (write-marks.ts).
 *
 * What the binding does not say, and the writer adds:
 * - every amount carries `@currencyID`: BT-5, or BT-6 for BT-111 (the UBL schema requires it);
 * - the note subject (BT-21) is written before the note as `#CODE#` (the reader's convention);
 * - the price discount (BT-147, BT-148) is an allowance: `cbc:ChargeIndicator` false;
 * - each credit transfer after the first needs its own `cac:PaymentMeans`, which repeats the
 *   payment means code (UBL-SR-47 wants them equal);
 * - BT-8 is written in UNTDID 2005 (3, 35, 432): a code read from CII (2475: 5, 29, 72) is turned
 *   into its UBL equivalent;
 * - a credit note has no `cbc:DueDate`: BT-9 goes in the payment means, and without payment means
 *   (BG-16) it cannot be written.
 *
 * Decimals are written as the model holds them (no rounding), dates as `YYYY-MM-DD`.
 */
import {
  definitionOf,
  type Invoice,
  isCreditNote,
  isRepeatable,
  qualifiersOf,
  type TermId,
} from '../../model';
import { serializeXml } from '../../xml/write';
import { NS } from '../namespaces';
import { ublVatPointDateCode } from '../write-codes';
import {
  type WriteContent,
  type WriteContext,
  type WriteGroup,
  type WriteQualifier,
  type WriteTerm,
  writeContent,
} from '../write-engine';
import type { DroppedTerm, WriteResult } from '../write-result';
import { type Mark, newElement, type OutElement, type Step, TreeBuilder } from '../write-tree';
import { UBL_BINDING, type UblGroupBinding, type UblPath, type UblTermBinding } from './binding';
import { isPredicateName, type PredicateName, type UblDocumentType } from './predicates';
import { withDerivedTerms } from './write-derived';
import { ublMarks } from './write-marks';
import { ublStructure } from './write-structure';

const UBL_NAME = { fr: 'UBL 2.1', en: 'UBL 2.1' };

/** Writes the invoice as UBL 2.1. Never throws on model content. */
export function writeUbl(model: Invoice): WriteResult {
  const { invoice, derived } = withDerivedTerms(model);
  const documentType: UblDocumentType = isCreditNote(invoice['BT-3']) ? 'credit-note' : 'invoice';
  const rootName = documentType === 'invoice' ? 'ubl:Invoice' : 'cn:CreditNote';
  const root = newElement(rootName);
  const builder = new TreeBuilder(root, ublStructure(), onCreate);
  const dropped: DroppedTerm[] = [];
  const context: WriteContext = {
    builder,
    invoice,
    dropped,
    refusal: 'syntax',
    where: UBL_NAME,
    syntaxName: UBL_NAME,
  };
  writeContent(context, compile(documentType, invoice), invoice, root, '');
  const xml = serializeXml(
    { ...root, name: documentType === 'invoice' ? 'Invoice' : 'CreditNote' },
    {
      namespaces: {
        '': documentType === 'invoice' ? NS.ubl : NS.cn,
        cac: NS.cac,
        cbc: NS.cbc,
      },
    },
  );
  return { xml, dropped, derived };
}

/**
 * Elements the UBL schema requires that no business term fills: the card network of a payment
 * card (BG-18) is written `NA`, not available.
 */
export const UBL_REQUIRED_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  'cac:CardAccount': ['cbc:NetworkID', 'NA'],
};

function onCreate(element: OutElement, builder: TreeBuilder): void {
  const required = UBL_REQUIRED_TEXT[element.name];
  if (required !== undefined) {
    builder.place(element, [{ name: required[0] }], { kind: 'text' }).text = required[1];
  }
  repeatPaymentMeansCode(element, builder);
}

/**
 * A second `cac:PaymentMeans` (one more credit transfer) repeats the first one's code, not its
 * text (`@name`, BT-82), which UBL-SR-46 allows once.
 */
function repeatPaymentMeansCode(element: OutElement, builder: TreeBuilder): void {
  if (element.name !== 'cac:PaymentMeans' || element.parent === undefined) return;
  const first = element.parent.children.find((c) => c.name === 'cac:PaymentMeans');
  const code = first?.children.find((c) => c.name === 'cbc:PaymentMeansCode');
  if (first === element || code?.text === undefined) return;
  const copy = builder.place(element, [{ name: 'cbc:PaymentMeansCode' }], { kind: 'text' });
  copy.text = code.text;
}

// ————— The binding, compiled for writing —————

/** Terms the writer marks beyond the reader's filters: the price discount is an allowance. */
const EXTRA_MARKS: Partial<Record<TermId, Readonly<Record<string, PredicateName>>>> = {
  'BT-147': { 'cac:AllowanceCharge': 'allowance' },
  'BT-148': { 'cac:AllowanceCharge': 'allowance' },
};

/** Qualifier keys per value kind, with the attribute that holds each. */
const QUALIFIER_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  identifier: { scheme: 'schemeID' },
  classification: { scheme: 'listID', version: 'listVersionID' },
  binary: { mimeCode: 'mimeCode', filename: 'filename' },
};

function compile(documentType: UblDocumentType, invoice: Invoice): WriteContent {
  const marks = ublMarks(invoice);
  const pathOf = (path: UblPath) =>
    typeof path === 'string' ? path : documentType === 'invoice' ? path.invoice : path.creditNote;
  const stepsOf = (path: UblPath, extra?: Readonly<Record<string, PredicateName>>) =>
    parsePath(pathOf(path), marks, extra);

  const term = (binding: UblTermBinding): WriteTerm => {
    const { steps, fromRoot } = stepsOf(binding.path, EXTRA_MARKS[binding.term]);
    const definition = definitionOf(binding.term);
    const last = steps.at(-1);
    const currencyMarked =
      last !== undefined &&
      !last.up &&
      (last.mark?.key === 'document-currency' || last.mark?.key === 'tax-currency');
    const isAmount = definition.type === 'Amount' || definition.type === 'UnitPriceAmount';
    const qualifierAttributes = QUALIFIER_ATTRIBUTES[binding.kind] ?? {};
    const qualifiers: WriteQualifier[] = qualifiersOf(binding.term).flatMap((q) => {
      const attribute = qualifierAttributes[q.key];
      return attribute === undefined ? [] : [{ key: q.key, id: q.id, attribute }];
    });
    const entry: WriteTerm = {
      term: binding.term,
      steps: () => steps,
      ...(fromRoot ? { fromRoot } : {}),
      text: textOf(binding.kind),
      ...(binding.attribute === undefined ? {} : { attribute: binding.attribute }),
      ...(isAmount && !currencyMarked && binding.attribute === undefined
        ? { leafAttributes: [['currencyID', invoice['BT-5']] as const] }
        : {}),
      ...(qualifiers.length > 0 ? { qualifiers } : {}),
    };
    return withSpecialCases(entry, binding, documentType, invoice);
  };

  const group = (binding: UblGroupBinding): WriteGroup => {
    const compiled = binding.path === undefined ? undefined : stepsOf(binding.path);
    return {
      group: binding.group,
      steps: compiled?.steps,
      spread: false,
      repeatable: isRepeatable(definitionOf(binding.group).cardinality),
      content: {
        terms: binding.terms.map(term),
        groups: binding.groups.map(group),
        extensions: [],
      },
      ...(compiled?.fromRoot ? { fromRoot: true } : {}),
      // UBL holds the payment instructions in a cac:PaymentMeans, whose code (BT-81) it requires.
      ...(binding.group === 'BG-16'
        ? { placeable: (means: Readonly<Record<string, unknown>>) => means['BT-81'] !== undefined }
        : {}),
    };
  };

  return {
    terms: UBL_BINDING.terms.map(term),
    groups: UBL_BINDING.groups.map(group),
    extensions: [],
  };
}

/** The entries that the binding's data alone does not write right (see the header). */
function withSpecialCases(
  entry: WriteTerm,
  binding: UblTermBinding,
  documentType: UblDocumentType,
  invoice: Invoice,
): WriteTerm {
  switch (binding.term) {
    // BT-6 = BT-5: one cac:TaxTotal gives both BT-110 and BT-111 to a reader (both filters select
    // it), and a second one in the same currency would be added to it by BR-CO-15. A BT-111 other
    // than BT-110 in the same currency cannot be written.
    case 'BT-111':
      return invoice['BT-6'] === undefined || invoice['BT-6'] !== invoice['BT-5']
        ? entry
        : {
            ...entry,
            valueIn: (totals) =>
              totals['BT-111'] === totals['BT-110'] ? undefined : totals['BT-111'],
            placeable: () => false,
          };
    case 'BT-21':
      return { ...entry, writtenWith: 'BT-22' };
    case 'BT-22':
      return {
        ...entry,
        valueIn: (note) => noteText(note['BT-21'], note['BT-22']),
        text: (value) => (typeof value === 'string' ? value : undefined),
      };
    case 'BT-8':
      return {
        ...entry,
        text: (value) => (typeof value === 'string' ? ublVatPointDateCode(value) : undefined),
      };
    // A credit note has it in a cac:PaymentMeans, whose code (BT-81) the schema requires.
    case 'BT-9':
      return documentType === 'credit-note' ? { ...entry, placeable: hasPaymentMeansCode } : entry;
    default:
      return entry;
  }
}

function hasPaymentMeansCode(invoice: Invoice): boolean {
  return invoice['BG-16']?.['BT-81'] !== undefined;
}

/** BT-21 and BT-22 in one `cbc:Note`: `#PMT#Indemnité…`, as the reader splits it. */
function noteText(subject: unknown, text: unknown): string | undefined {
  const body = typeof text === 'string' ? text : '';
  if (typeof subject === 'string' && subject !== '') return `#${subject}#${body}`;
  return typeof text === 'string' ? text : undefined;
}

function textOf(kind: UblTermBinding['kind']): (value: unknown) => string | undefined {
  switch (kind) {
    case 'identifier':
    case 'classification':
      return idOf;
    case 'binary':
      return contentOf;
    default:
      return (value) => (typeof value === 'string' ? value : undefined);
  }
}

export function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** BT-125: the base64 content, or '' for an attachment known only by its name and type. */
export function contentOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const content = (value as { content?: unknown }).content;
  return typeof content === 'string' ? content : '';
}

interface ParsedPath {
  readonly steps: readonly Step[];
  readonly fromRoot: boolean;
}

/**
 * A binding path as steps. A union (`a | b`, BT-90) is written at its first branch; a leading `/`
 * (a term the syntax puts outside its group's element) starts from the document element.
 */
function parsePath(
  text: string,
  marks: Readonly<Record<PredicateName, Mark>>,
  extra?: Readonly<Record<string, PredicateName>>,
): ParsedPath {
  const branch = (text.split(' | ')[0] as string).trim();
  const fromRoot = branch.startsWith('/');
  const steps: Step[] = [];
  for (const part of (fromRoot ? branch.slice(1) : branch).split('/')) {
    if (part === '.') continue;
    const match = /^([a-z]+:[A-Za-z]+)(?:\[([a-z-]+)\])?$/.exec(part);
    if (match === null) throw new Error(`Invalid UBL binding path "${text}"`);
    const name = match[1] as string;
    const predicate = match[2] ?? extra?.[name];
    if (predicate !== undefined && !isPredicateName(predicate))
      throw new Error(`Unknown predicate in "${text}"`);
    steps.push(predicate === undefined ? { name } : { name, mark: marks[predicate] });
  }
  return { steps, fromRoot };
}

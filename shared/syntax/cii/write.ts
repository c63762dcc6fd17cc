/**
 * The CII writer: the EN 16931 model → a UN/CEFACT Cross Industry Invoice (D16B), in one of the
 * Factur-X profiles or in plain EN 16931 CII. It walks the reader's binding table (binding.ts) —
 * the one mapping — compiled for writing: each path placed with the tree builder
 * (../write-tree.ts) in the XSD order of write-structure.ts, each filter of the reader turned into
 * what makes it select the element (write-marks.ts).
 *
 * Profiles: the table says which elements each Factur-X profile's schema allows; a term whose
 * place the profile does not have is left out and returned in `dropped`. With a profile, BT-24 is
 * that profile's identifier. Without one, the schema is the one the XSD layer will check the
 * document against: the Factur-X profile that BT-24 names, else CII D16B.
 *
 * What the binding does not say, and the writer adds:
 * - dates in format 102 (`YYYYMMDD`, `@format="102"`);
 * - where the binding offers several elements, one is chosen per value: an identifier with a
 *   scheme goes in `ram:GlobalID` (`@schemeID`, CII-SR-046), one without in `ram:ID` — the XSD
 *   puts every `ram:ID` first, so BT-29's identifiers without a scheme read back before those
 *   with one; an account that looks
 *   like an IBAN in `ram:IBANID`, another in `ram:ProprietaryID`; the contact in
 *   `ram:PersonName`; the price base quantity in the net price;
 * - each VAT breakdown (BG-23) is a tax of type VAT; each supporting document (BG-24) has type
 *   916 (CII-DT-018);
 * - each credit transfer after the first needs its own payment means, which repeats the type code;
 * - BT-8 is written in UNTDID 2475 (5, 29, 72): a code read from UBL (2005: 3, 35, 432) is turned
 *   into its CII equivalent;
 * - the document's mandatory containers (context, document, agreement, delivery, settlement) are
 *   always written.
 */
import type { LocalizedText } from '../../i18n/text';
import { definitionOf, type Invoice, isRepeatable, qualifierAt, type TermId } from '../../model';
import { serializeXml } from '../../xml/write';
import type { FacturxProfile } from '../../xsd/schema-sets';
import { NS } from '../namespaces';
import { profileOf } from '../profiles';
import { ciiVatPointDateCode } from '../write-codes';
import {
  type WriteContent,
  type WriteContext,
  type WriteExtension,
  type WriteGroup,
  type WriteQualifier,
  type WriteTerm,
  writeContent,
} from '../write-engine';
import { type DroppedTerm, droppedTerm, type WriteResult } from '../write-result';
import { newElement, type OutElement, type Step, type Structure, TreeBuilder } from '../write-tree';
import {
  CII_BINDING,
  type CiiExtensionBinding,
  type CiiGroupBinding,
  type CiiGroupContent,
  type CiiTermBinding,
} from './binding';
import { bindingPath } from './paths';
import { valueKindOf } from './values';
import { withDerivedTerms } from './write-derived';
import { ciiMarks, literalMark, parentMarkOf } from './write-marks';
import { type CiiSchemaSet, ciiStructure } from './write-structure';

/** BT-24 of each Factur-X profile, as Factur-X 1.0 publishes it (profiles.ts reads them). */
export const FACTURX_GUIDELINES: Readonly<Record<FacturxProfile, string>> = {
  minimum: 'urn:factur-x.eu:1p0:minimum',
  basicwl: 'urn:factur-x.eu:1p0:basicwl',
  basic: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
  en16931: 'urn:cen.eu:en16931:2017',
  extended: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
};

const PROFILE_NAMES: Readonly<Record<FacturxProfile, string>> = {
  minimum: 'Factur-X MINIMUM',
  basicwl: 'Factur-X BASIC WL',
  basic: 'Factur-X BASIC',
  en16931: 'Factur-X EN 16931',
  extended: 'Factur-X EXTENDED',
};

/** The Factur-X profile a specification identifier (BT-24) names, if any. */
export function facturxProfileOf(specificationId: string | undefined): FacturxProfile | undefined {
  if (specificationId === undefined) return undefined;
  switch (profileOf(specificationId, 'cii').id) {
    case 'minimum':
      return 'minimum';
    case 'basic-wl':
      return 'basicwl';
    case 'basic':
      return 'basic';
    case 'en16931':
      return 'en16931';
    // The French CTC extension is written within the EXTENDED schema (as the XSD layer checks it).
    case 'extended':
    case 'extended-ctc-fr':
      return 'extended';
    default:
      return undefined;
  }
}

const CII_NAME: LocalizedText = { fr: 'CII D16B', en: 'CII D16B' };

export interface CiiWriteOptions {
  /** The Factur-X profile to write; BT-24 becomes its identifier. */
  readonly profile?: FacturxProfile;
}

/** Writes the invoice as CII. Never throws on model content. */
export function writeCii(model: Invoice, options: CiiWriteOptions = {}): WriteResult {
  const dropped: DroppedTerm[] = [];
  const completed = withDerivedTerms(model);
  const { derived } = completed;
  let invoice = completed.invoice;
  const requested = options.profile;
  if (requested !== undefined) {
    const guideline = FACTURX_GUIDELINES[requested];
    const current = model['BG-2']?.['BT-24'];
    if (current !== guideline) {
      if (current !== undefined) {
        dropped.push(
          droppedTerm('/BG-2/BT-24', 'BT-24', 'replaced', {
            fr: PROFILE_NAMES[requested],
            en: PROFILE_NAMES[requested],
          }),
        );
      }
      invoice = { ...invoice, 'BG-2': { ...invoice['BG-2'], 'BT-24': guideline } };
    }
  }
  const profile = requested ?? facturxProfileOf(invoice['BG-2']?.['BT-24']);
  const root = newElement('rsm:CrossIndustryInvoice');
  const structure = ciiStructure(schemaSetOf(profile));
  const builder = new TreeBuilder(root, structure, onCreate);
  for (const path of SKELETON)
    builder.place(
      root,
      path.map((name) => ({ name })),
      { kind: 'any' },
    );
  const where =
    profile === undefined ? CII_NAME : { fr: PROFILE_NAMES[profile], en: PROFILE_NAMES[profile] };
  const context: WriteContext = {
    builder,
    invoice,
    dropped,
    refusal: profile === undefined ? 'syntax' : 'profile',
    where,
    syntaxName: CII_NAME,
  };
  writeContent(context, compiled(invoice, structure), invoice, root, '');
  const xml = serializeXml(root, {
    namespaces: { rsm: NS.rsm, qdt: NS.qdt, ram: NS.ram, udt: NS.udt },
  });
  return { xml, dropped, derived };
}

function schemaSetOf(profile: FacturxProfile | undefined): CiiSchemaSet {
  return profile === undefined ? 'cii-d16b' : `facturx-${profile}`;
}

/** Containers every CII invoice has, whatever the model holds (the XSD requires them). */
const SKELETON: readonly (readonly string[])[] = [
  ['rsm:ExchangedDocumentContext'],
  ['rsm:ExchangedDocument'],
  ['rsm:SupplyChainTradeTransaction', 'ram:ApplicableHeaderTradeAgreement'],
  ['rsm:SupplyChainTradeTransaction', 'ram:ApplicableHeaderTradeDelivery'],
  ['rsm:SupplyChainTradeTransaction', 'ram:ApplicableHeaderTradeSettlement'],
];

/**
 * Elements the XSD requires that no business term fills, with the text the official examples
 * give them: the project (BT-11) has a mandatory name.
 */
export const CII_REQUIRED_TEXT: Readonly<Record<string, readonly [string, string]>> = {
  'ram:SpecifiedProcuringProject': ['ram:Name', 'Project reference'],
};

function onCreate(element: OutElement, builder: TreeBuilder): void {
  const required = CII_REQUIRED_TEXT[element.name];
  if (required !== undefined && builder.allows(element, [{ name: required[0] }])) {
    builder.place(element, [{ name: required[0] }], { kind: 'text' }).text = required[1];
  }
  repeatPaymentMeansType(element, builder);
}

/** A second payment means (one more credit transfer) repeats the first one's type code. */
function repeatPaymentMeansType(element: OutElement, builder: TreeBuilder): void {
  if (element.name !== 'ram:SpecifiedTradeSettlementPaymentMeans' || element.parent === undefined)
    return;
  const first = element.parent.children.find((c) => c.name === element.name);
  const code = first?.children.find((c) => c.name === 'ram:TypeCode');
  if (first === element || code?.text === undefined) return;
  builder.place(element, [{ name: 'ram:TypeCode' }], { kind: 'text' }).text = code.text;
}

// ————— The binding, compiled for writing —————

/** Which of a term's alternative paths a value goes to (index in the binding's list). */
const PATH_CHOICE: Partial<Record<TermId, (value: unknown) => number>> = {
  // [ram:ID, ram:GlobalID]: the global identifier is the one with a scheme (ISO 6523).
  'BT-29': withScheme,
  'BT-46': withScheme,
  'BT-60': withScheme,
  'BT-71': withScheme,
  // [ram:IBANID, ram:ProprietaryID]
  'BT-84': (value) => (typeof value === 'string' && looksLikeIban(value) ? 0 : 1),
};

/** Groups the writer marks beyond the reader's filters: a VAT breakdown is a VAT tax. */
const GROUP_MARKS: Partial<Record<string, 'vat-tax'>> = { 'BG-23': 'vat-tax' };

function withScheme(value: unknown): number {
  return typeof value === 'object' && value !== null && 'scheme' in value ? 1 : 0;
}

function looksLikeIban(value: string): boolean {
  return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(value.replace(/ /g, ''));
}

/** `YYYY-MM-DD` → `YYYYMMDD` (format 102). */
function date102(value: string): string {
  return value.replace(/-/g, '');
}

const DATE_ELEMENTS = new Set(['udt:DateTimeString', 'udt:DateString', 'qdt:DateTimeString']);

function compiled(invoice: Invoice, structure: Structure): WriteContent {
  const content = compileContent(CII_BINDING, ciiMarks(invoice), invoice);
  // BT-111 is told from BT-110 by BT-6: where the profile cannot hold BT-6, BT-111 goes too.
  const taxCurrency = structure.child('ram:ApplicableHeaderTradeSettlement', 'ram:TaxCurrencyCode');
  if (taxCurrency !== undefined) return content;
  const groups = content.groups.map((group) =>
    group.group !== 'BG-22'
      ? group
      : {
          ...group,
          content: {
            ...group.content,
            terms: group.content.terms.map((term) =>
              term.term === 'BT-111'
                ? { ...term, placeable: () => false, unplaceableBecause: 'profile' as const }
                : term,
            ),
          },
        },
  );
  return { ...content, groups };
}

type Marks = ReturnType<typeof ciiMarks>;

function compileContent(binding: CiiGroupContent, marks: Marks, invoice: Invoice): WriteContent {
  return {
    terms: binding.terms.map((term) => sameCurrencyVat(compileTerm(term, marks), invoice)),
    groups: (binding.groups ?? []).map((group) => compileGroup(group, marks, invoice)),
    extensions: (binding.extensions ?? []).map((extension) => compileExtension(extension)),
  };
}

/**
 * BT-6 = BT-5 and BT-111 = BT-110: one `ram:TaxTotalAmount` says both (the schematron's BR-53
 * finds it); a second one in the same currency would be added to the first by BR-CO-15. Our
 * reader gives that single element as BT-110 only.
 */
function sameCurrencyVat(entry: WriteTerm, invoice: Invoice): WriteTerm {
  if (entry.term !== 'BT-111' || invoice['BT-6'] === undefined) return entry;
  if (invoice['BT-6'] !== invoice['BT-5']) return entry;
  return {
    ...entry,
    valueIn: (totals) => (totals['BT-111'] === totals['BT-110'] ? undefined : totals['BT-111']),
  };
}

function compileGroup(binding: CiiGroupBinding, marks: Marks, invoice: Invoice): WriteGroup {
  const path = typeof binding.path === 'string' ? binding.path : (binding.path[0] as string);
  const { steps } = parsePath(path);
  const markName = binding.where ?? binding.prefer ?? GROUP_MARKS[binding.group];
  const last = steps.at(-1);
  if (markName !== undefined && last !== undefined && !last.up) {
    const mark = marks[markName as keyof Marks];
    if (mark === undefined) throw new Error(`${binding.group}: no mark for ${markName}`);
    steps[steps.length - 1] = { name: last.name, mark };
  }
  const presence = binding.spread?.whenAny?.[0];
  return {
    group: binding.group,
    steps,
    spread: binding.spread !== undefined,
    ...(presence === undefined ? {} : { presence: parsePath(presence).steps }),
    repeatable: isRepeatable(definitionOf(binding.group).cardinality),
    content: compileContent(binding, marks, invoice),
  };
}

function compileTerm(binding: CiiTermBinding, marks: Marks): WriteTerm {
  const term = binding.term;
  const kind = valueKindOf(term);
  const alternatives = (typeof binding.path === 'string' ? [binding.path] : binding.path).map(
    (path) => {
      const parsed = parsePath(path);
      const where = binding.where;
      const last = parsed.steps.at(-1);
      if (
        (where === 'invoice-currency' || where === 'tax-currency') &&
        last !== undefined &&
        !last.up
      ) {
        parsed.steps[parsed.steps.length - 1] = { name: last.name, mark: marks[where] };
      }
      return parsed;
    },
  );
  const choose = PATH_CHOICE[term];
  const pick = (value: unknown) => alternatives[choose ? choose(value) : 0] ?? alternatives[0];
  const first = alternatives[0];
  if (first === undefined) throw new Error(`${term} has no path`);
  const leafName = lastName(first.steps);
  const isDate = kind === 'date';
  if (isDate && (leafName === undefined || !DATE_ELEMENTS.has(leafName))) {
    throw new Error(`${term}: a date must end at a date element`);
  }
  const parentFilter = binding.where === undefined ? undefined : parentMarkOf(binding.where);
  const qualifiers: WriteQualifier[] = [];
  for (const key of ['scheme', 'version', 'mimeCode', 'filename'] as const) {
    const path = binding[key];
    const qualifier = qualifierAt(term, key);
    if (path === undefined || qualifier === undefined) continue;
    if (path.startsWith('@')) {
      qualifiers.push({ key, id: qualifier.id, attribute: path.slice(1) });
    } else {
      qualifiers.push({ key, id: qualifier.id, steps: parsePath(path).steps });
    }
  }
  const entry: WriteTerm = {
    term,
    steps: (value) => (pick(value) as ParsedPath).steps,
    ...(first.attribute === undefined ? {} : { attribute: first.attribute }),
    text: (value) => {
      if (kind === 'identifier' || kind === 'classification') return idOf(value);
      if (kind === 'binary') return contentOf(value);
      if (typeof value !== 'string') return undefined;
      if (isDate) return date102(value);
      return term === 'BT-8' ? ciiVatPointDateCode(value) : value;
    },
    ...(isDate ? { leafAttributes: [['format', '102']] as const } : {}),
    ...(qualifiers.length > 0 ? { qualifiers } : {}),
    ...(parentFilter === undefined ? {} : { parentMark: marks[parentFilter] }),
  };
  return entry;
}

function compileExtension(binding: CiiExtensionBinding): WriteExtension {
  const { steps } = parsePath(binding.path);
  return binding.kind === 'date'
    ? { key: binding.key, steps, text: date102, leafAttributes: [['format', '102']] }
    : { key: binding.key, steps, text: (value) => value };
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** BT-125: the base64 content, or '' for an attachment known only by its name and type. */
function contentOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const content = (value as { content?: unknown }).content;
  return typeof content === 'string' ? content : '';
}

function lastName(steps: readonly Step[]): string | undefined {
  const last = steps.at(-1);
  return last === undefined || last.up ? undefined : last.name;
}

interface ParsedPath {
  readonly steps: Step[];
  /** The value is this attribute of the last element. */
  readonly attribute?: string;
}

/** A binding path (paths.ts's language) as steps; literal predicates become marks. */
function parsePath(text: string): ParsedPath {
  const compiledPath = bindingPath(text);
  const steps: Step[] = [];
  for (const step of compiledPath.steps) {
    if (step.axis === 'self') continue;
    if (step.axis === 'parent') {
      steps.push({ up: true });
      continue;
    }
    const name = qualifiedName(step.name);
    const predicate = step.predicate;
    if (predicate === undefined) {
      steps.push({ name });
    } else {
      const predicateName =
        predicate.on === 'attribute' ? predicate.name.localName : qualifiedName(predicate.name);
      steps.push({
        name,
        mark: literalMark({ on: predicate.on, name: predicateName, literal: predicate.literal }),
      });
    }
  }
  const attribute = compiledPath.attribute?.localName;
  return attribute === undefined ? { steps } : { steps, attribute };
}

const PREFIXES: Readonly<Record<string, string>> = {
  [NS.rsm]: 'rsm',
  [NS.ram]: 'ram',
  [NS.udt]: 'udt',
  [NS.qdt]: 'qdt',
};

function qualifiedName(name: { readonly namespace: string; readonly localName: string }): string {
  const prefix = PREFIXES[name.namespace];
  if (prefix === undefined) throw new Error(`no CII prefix for ${name.namespace}`);
  return `${prefix}:${name.localName}`;
}

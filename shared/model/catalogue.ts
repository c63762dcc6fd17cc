/** Look-ups over the term catalogue (terms.ts): by id, by parent, by cardinality. */
import {
  type BusinessGroup,
  type BusinessTerm,
  type Cardinality,
  type GroupId,
  MODEL_ELEMENTS,
  type ModelId,
  QUALIFIERS,
  type QualifierDefinition,
  type QualifierId,
  type QualifierKey,
  ROOT,
  type Root,
  type TermId,
} from './terms';

export type CatalogueEntry = BusinessTerm | BusinessGroup | QualifierDefinition<QualifierId>;

const BY_ID = new Map<string, CatalogueEntry>();
for (const element of MODEL_ELEMENTS) BY_ID.set(element.id, element);
for (const qualifier of QUALIFIERS) BY_ID.set(qualifier.id, qualifier);

const ELEMENT_BY_ID = new Map<string, BusinessTerm | BusinessGroup>();
for (const element of MODEL_ELEMENTS) ELEMENT_BY_ID.set(element.id, element);

const CHILDREN = new Map<string, (BusinessTerm | BusinessGroup)[]>();
for (const element of MODEL_ELEMENTS) {
  const siblings = CHILDREN.get(element.parent) ?? [];
  siblings.push(element);
  CHILDREN.set(element.parent, siblings);
}

const QUALIFIERS_BY_TERM = new Map<string, QualifierDefinition<QualifierId>[]>();
for (const qualifier of QUALIFIERS) {
  const list = QUALIFIERS_BY_TERM.get(qualifier.term) ?? [];
  list.push(qualifier);
  QUALIFIERS_BY_TERM.set(qualifier.term, list);
}

export const BUSINESS_TERMS: readonly BusinessTerm[] = MODEL_ELEMENTS.filter(
  (element): element is BusinessTerm => element.kind === 'term',
);
export const BUSINESS_GROUPS: readonly BusinessGroup[] = MODEL_ELEMENTS.filter(
  (element): element is BusinessGroup => element.kind === 'group',
);

/** The terms of data type Amount, in the norm's order (BT-92 … BT-142; unit prices are not). */
export const AMOUNT_TERMS: readonly TermId[] = BUSINESS_TERMS.filter(
  (term) => term.type === 'Amount',
).map((term) => term.id);

export function isModelId(id: string): id is ModelId {
  return BY_ID.has(id);
}

export function isTermId(id: string): id is TermId {
  return BY_ID.get(id)?.kind === 'term';
}

export function isGroupId(id: string): id is GroupId {
  return BY_ID.get(id)?.kind === 'group';
}

export function isQualifierId(id: string): id is QualifierId {
  return BY_ID.get(id)?.kind === 'qualifier';
}

/** Names `BT-`, `BG-` and `BT-n-m` ids whether or not the catalogue knows them. */
export function looksLikeModelId(key: string): boolean {
  return /^B[TG]-\d+(-\d+)?$/.test(key);
}

export function definitionOf(id: TermId): BusinessTerm;
export function definitionOf(id: GroupId): BusinessGroup;
export function definitionOf(id: QualifierId): QualifierDefinition<QualifierId>;
export function definitionOf(id: ModelId): CatalogueEntry;
export function definitionOf(id: string): CatalogueEntry | undefined;
export function definitionOf(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}

/** Terms and sub-groups of a group (or of the document), in catalogue order. */
export function childrenOf(parent: GroupId | Root): readonly (BusinessTerm | BusinessGroup)[] {
  return CHILDREN.get(parent) ?? [];
}

/** Supplementary components of a term (`BT-29` → `BT-29-1`), empty for most terms. */
export function qualifiersOf(term: string): readonly QualifierDefinition<QualifierId>[] {
  return QUALIFIERS_BY_TERM.get(term) ?? [];
}

/** The qualifier stored under `key` in the JSON object of `term`, if any. */
export function qualifierAt(
  term: string,
  key: string,
): QualifierDefinition<QualifierId> | undefined {
  return qualifiersOf(term).find((qualifier) => qualifier.key === key);
}

/**
 * How a term's value is written in the JSON form: a string, an identifier object
 * `{ id, scheme? }` (`{ id, scheme?, version? }` for BT-158) or a binary object (BT-125).
 */
export type ValueShape = 'string' | 'identifier' | 'binary';

export function valueShapeOf(term: TermId): ValueShape {
  const qualifiers = qualifiersOf(term);
  if (qualifiers.length === 0) return 'string';
  return qualifiers.some((qualifier) => qualifier.key === 'scheme') ? 'identifier' : 'binary';
}

/** Keys of a term's JSON object, in serialisation order. */
export function objectKeysOf(term: TermId): readonly string[] {
  const shape = valueShapeOf(term);
  if (shape === 'binary') return ['mimeCode', 'filename', 'content'];
  if (shape === 'identifier')
    return ['id', ...qualifiersOf(term).map((qualifier) => qualifier.key)];
  return [];
}

export function isMandatory(cardinality: Cardinality): boolean {
  return cardinality.startsWith('1');
}

export function isRepeatable(cardinality: Cardinality): boolean {
  return cardinality.endsWith('n');
}

/** Ancestor groups of an element, outermost first: `BT-146` → `['BG-25', 'BG-29']`. */
export function ancestorsOf(id: TermId | GroupId): GroupId[] {
  const chain: GroupId[] = [];
  let parent = ELEMENT_BY_ID.get(id)?.parent;
  while (parent !== undefined && parent !== ROOT && isGroupId(parent)) {
    chain.unshift(parent);
    parent = ELEMENT_BY_ID.get(parent)?.parent;
  }
  return chain;
}

export const QUALIFIER_KEYS: readonly QualifierKey[] = [
  'scheme',
  'version',
  'mimeCode',
  'filename',
];

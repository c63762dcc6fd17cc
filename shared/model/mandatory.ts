/**
 * What the norm's cardinalities require and a document lacks. The model types make every term
 * optional (readers keep incomplete documents); this is where `1..1` and `1..n` come back.
 */
import { childrenOf, isMandatory, isRepeatable, qualifiersOf } from './catalogue';
import type { Invoice } from './invoice';
import { pointer as toPointer } from './paths';
import type { GroupId, ModelId, Root, TermId } from './terms';

export interface MissingTerm {
  /** The term, group or qualifier (`BT-34-1`) the norm requires here. */
  readonly id: ModelId;
  /** Where it should be, e.g. `/BG-25/1/BG-29/BT-146`. */
  readonly pointer: string;
}

type Node = Readonly<Record<string, unknown>>;
type Path = (string | number)[];

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkQualifiers(term: TermId, value: unknown, path: Path, out: MissingTerm[]): void {
  const required = qualifiersOf(term).filter((qualifier) => isMandatory(qualifier.cardinality));
  if (required.length === 0) return;
  const occurrences: { item: unknown; index?: number }[] = Array.isArray(value)
    ? value.map((item, index) => ({ item, index }))
    : [{ item: value }];
  for (const { item, index } of occurrences) {
    if (!isObject(item)) continue;
    const at = index === undefined ? [...path, term] : [...path, term, index];
    for (const qualifier of required) {
      if (item[qualifier.key] === undefined) {
        out.push({ id: qualifier.id, pointer: toPointer(...at, qualifier.key) });
      }
    }
  }
}

function checkGroup(group: GroupId | Root, node: Node, path: Path, out: MissingTerm[]): void {
  for (const child of childrenOf(group)) {
    const value = node[child.id];
    if (child.kind === 'term') {
      if (value === undefined) {
        if (isMandatory(child.cardinality))
          out.push({ id: child.id, pointer: toPointer(...path, child.id) });
      } else {
        checkQualifiers(child.id, value, path, out);
      }
      continue;
    }
    if (isRepeatable(child.cardinality)) {
      const items = Array.isArray(value) ? value : [];
      if (items.length === 0 && isMandatory(child.cardinality)) {
        out.push({ id: child.id, pointer: toPointer(...path, child.id) });
      }
      items.forEach((item, index) => {
        if (isObject(item)) checkGroup(child.id, item, [...path, child.id, index], out);
      });
    } else if (isObject(value)) {
      checkGroup(child.id, value, [...path, child.id], out);
    } else if (isMandatory(child.cardinality)) {
      // An absent 1..1 group lacks its own mandatory content too: listing it lets a rule or a form
      // point at the precise field (BT-27 for BR-06) rather than only at BG-4.
      out.push({ id: child.id, pointer: toPointer(...path, child.id) });
      checkGroup(child.id, {}, [...path, child.id], out);
    }
  }
}

/**
 * Mandatory terms, groups and qualifiers that a document lacks, in catalogue order.
 *
 * - A `1..1` term or group inside an optional group is required only when that group is present
 *   (BT-59 is missing only if there is a BG-10 payee without a name).
 * - An absent mandatory `1..1` group is listed, then its own mandatory content below it (missing
 *   BG-4 lists BG-4, BT-27, BG-5, BT-40).
 * - An absent or empty mandatory `1..n` group (BG-23, BG-25) is listed once, as a whole.
 * - Qualifiers: BT-34-1, BT-49-1, BT-157-1, BT-158-1, BT-125-1 and BT-125-2 are listed for each
 *   occurrence of their term that lacks them.
 */
export function missingMandatoryTerms(invoice: Invoice): MissingTerm[] {
  const out: MissingTerm[] = [];
  checkGroup('root', invoice, [], out);
  return out;
}

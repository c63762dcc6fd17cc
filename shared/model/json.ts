/**
 * The JSON form of the model, in and out: parsing with messages that point at the faulty key, and
 * writing with a stable key order (the catalogue's) so that the same invoice always gives the same
 * text, whatever order its objects were built in.
 */
import { childrenOf, isRepeatable, isTermId, objectKeysOf } from './catalogue';
import { type Invoice, InvoiceSchema } from './invoice';
import { type InvoiceJsonIssue, toInvoiceJsonIssues } from './json-issues';
import type { GroupId, Root } from './terms';

export type ParseInvoiceResult =
  | { readonly ok: true; readonly invoice: Invoice }
  | { readonly ok: false; readonly issues: readonly InvoiceJsonIssue[] };

/**
 * Reads an invoice from JSON text, or from a value already parsed (an API body, a message from
 * another context). A string is always taken as JSON text.
 */
export function parseInvoiceJson(input: unknown): ParseInvoiceResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [
          {
            code: 'json-syntax',
            path: '',
            message: {
              fr: `Le texte reçu n'est pas du JSON valide (${detail}).`,
              en: `The text is not valid JSON (${detail}).`,
            },
          },
        ],
      };
    }
  }
  const result = InvoiceSchema.safeParse(value);
  if (result.success) return { ok: true, invoice: result.data };
  return {
    ok: false,
    issues: result.error.issues.flatMap((issue) => toInvoiceJsonIssues(issue, value)),
  };
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Orders strings with their digit runs compared as numbers: EXT-FR-FE-9 before EXT-FR-FE-10. */
export function compareNatural(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? '';
    const y = right[index] ?? '';
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const a1 = x.replace(/^0+(?=\d)/, '');
      const b1 = y.replace(/^0+(?=\d)/, '');
      if (a1.length !== b1.length) return a1.length - b1.length;
      if (a1 !== b1) return a1 < b1 ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Copies the keys not placed yet, sorted, so that nothing off-model is lost. */
function appendRest(out: JsonObject, node: JsonObject, placed: ReadonlySet<string>): JsonObject {
  for (const key of Object.keys(node).sort(compareNatural)) {
    if (!placed.has(key) && node[key] !== undefined) out[key] = node[key];
  }
  return out;
}

function sortJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortJson);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort(compareNatural)) {
    if (value[key] !== undefined) out[key] = sortJson(value[key]);
  }
  return out;
}

function orderTermValue(term: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => orderTermValue(term, item));
  if (!isObject(value) || !isTermId(term)) return value;
  const keys = objectKeysOf(term);
  const out: JsonObject = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return appendRest(out, value, new Set(keys));
}

function orderGroup(group: GroupId | Root, node: JsonObject): JsonObject {
  const out: JsonObject = {};
  const placed = new Set<string>(['extensions']);
  for (const child of childrenOf(group)) {
    placed.add(child.id);
    const value = node[child.id];
    if (value === undefined) continue;
    if (child.kind === 'term') {
      out[child.id] = orderTermValue(child.id, value);
    } else if (isRepeatable(child.cardinality) && Array.isArray(value)) {
      out[child.id] = value.map((item) => (isObject(item) ? orderGroup(child.id, item) : item));
    } else {
      out[child.id] = isObject(value) ? orderGroup(child.id, value) : value;
    }
  }
  if (node.extensions !== undefined) out.extensions = sortJson(node.extensions);
  return appendRest(out, node, placed);
}

/**
 * A copy of the invoice with every object's keys in catalogue order (a group's terms, then its
 * sub-groups, then `extensions`, whose keys are sorted). Keys unknown to the model are kept, sorted,
 * after the known ones.
 */
export function orderInvoice(invoice: Invoice): Invoice {
  // The copy has exactly the input's keys and values, only reordered: it is still an Invoice.
  return orderGroup('root', invoice) as Invoice;
}

/** The JSON text of an invoice, deterministic: same invoice, same text. */
export function toInvoiceJson(invoice: Invoice, indent = 2): string {
  return JSON.stringify(orderInvoice(invoice), null, indent);
}

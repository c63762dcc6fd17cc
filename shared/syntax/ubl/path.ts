/**
 * The paths of the UBL binding table (binding.ts): child steps from a group's element, written
 * with the conventional prefixes, e.g. `cac:Party/cac:PartyTaxScheme[vat-scheme]/cbc:CompanyID`.
 *
 *   Path      ::= Branch (' | ' Branch)*          union: results in document order
 *   Branch    ::= '/'? Step ('/' Step)*           a leading '/' starts from the document element
 *   Step      ::= '.' | Prefix ':' LocalName ('[' PredicateName ']')?
 *
 * A predicate is a named test from predicates.ts, not an XPath expression: the filters of the
 * official schematron (upper-cased tax scheme, boolean charge indicator, currency of BT-5…) are
 * not plain string equalities, so each is written once, in code, with the XPath it implements.
 *
 * Only child steps: the binding never needs descendants, and a child scan over a group's own
 * element stays cheap on a 1,000-line invoice. Paths are constants; a malformed one throws.
 */

import type { XmlElement } from '../../xml/tree';
import { namespaceOfPrefix } from '../namespaces';
import {
  isPredicateName,
  PREDICATES,
  type PredicateContext,
  type PredicateName,
} from './predicates';

interface CompiledStep {
  /** `undefined` for `.`, the context element itself. */
  readonly namespace?: string;
  readonly localName?: string;
  readonly predicate?: PredicateName;
}

interface CompiledBranch {
  readonly fromDocument: boolean;
  readonly steps: readonly CompiledStep[];
}

export interface CompiledPath {
  readonly text: string;
  readonly branches: readonly CompiledBranch[];
  /** Every branch starts from the document element: the path needs no context element. */
  readonly fromDocument: boolean;
}

const compiled = new Map<string, CompiledPath>();

export function compilePath(text: string): CompiledPath {
  let path = compiled.get(text);
  if (path === undefined) {
    const branches = text.split(' | ').map((branch) => compileBranch(text, branch));
    path = { text, branches, fromDocument: branches.every((branch) => branch.fromDocument) };
    compiled.set(text, path);
  }
  return path;
}

function compileBranch(text: string, branch: string): CompiledBranch {
  const fromDocument = branch.startsWith('/');
  const steps: CompiledStep[] = (fromDocument ? branch.slice(1) : branch).split('/').map((step) => {
    if (step === '.') return {};
    const match = /^([a-z]+):([A-Za-z]+)(?:\[([a-z-]+)\])?$/.exec(step);
    const namespace = match === null ? undefined : namespaceOfPrefix(match[1] as string);
    if (match === null || namespace === undefined)
      throw new Error(`Invalid UBL binding path "${text}"`);
    const predicate = match[3];
    if (predicate !== undefined && !isPredicateName(predicate))
      throw new Error(`Unknown predicate "${predicate}" in UBL binding path "${text}"`);
    return { namespace, localName: match[2] as string, predicate };
  });
  return { fromDocument, steps };
}

/**
 * Elements the path reaches from `context` (or from `documentElement` for a branch starting with
 * '/'), in document order. A relative branch without a context element reaches nothing.
 */
export function evaluatePath(
  path: CompiledPath,
  context: XmlElement | undefined,
  documentElement: XmlElement,
  predicates: PredicateContext,
): readonly XmlElement[] {
  if (path.branches.length === 1) {
    return evaluateBranch(path.branches[0] as CompiledBranch, context, documentElement, predicates);
  }
  const found = path.branches.flatMap((branch) =>
    evaluateBranch(branch, context, documentElement, predicates),
  );
  return [...new Set(found)].sort((a, b) => a.order - b.order);
}

/**
 * The first element the path reaches, in document order: a depth-first search that stops at the
 * first match, without building the lists `evaluatePath` returns (0..1 terms are most of a line).
 */
export function firstOfPath(
  path: CompiledPath,
  context: XmlElement | undefined,
  documentElement: XmlElement,
  predicates: PredicateContext,
): XmlElement | undefined {
  let first: XmlElement | undefined;
  for (const branch of path.branches) {
    const start = branch.fromDocument ? documentElement : context;
    if (start === undefined) continue;
    const found = firstFrom(start, branch.steps, 0, predicates);
    if (found !== undefined && (first === undefined || found.order < first.order)) first = found;
  }
  return first;
}

function firstFrom(
  node: XmlElement,
  steps: readonly CompiledStep[],
  index: number,
  predicates: PredicateContext,
): XmlElement | undefined {
  const step = steps[index];
  if (step === undefined) return node;
  if (step.localName === undefined) return firstFrom(node, steps, index + 1, predicates);
  const test = step.predicate && PREDICATES[step.predicate].test;
  for (const c of node.children) {
    if (c.localName !== step.localName || c.namespace !== step.namespace) continue;
    if (test !== undefined && !test(c, predicates)) continue;
    const found = firstFrom(c, steps, index + 1, predicates);
    if (found !== undefined) return found;
  }
  return undefined;
}

function evaluateBranch(
  branch: CompiledBranch,
  context: XmlElement | undefined,
  documentElement: XmlElement,
  predicates: PredicateContext,
): readonly XmlElement[] {
  const start = branch.fromDocument ? documentElement : context;
  if (start === undefined) return NOTHING;
  // Called for every repeatable term and group of every line, which mostly find nothing or one
  // element: no list is made until something is found, and then one of its size.
  let nodes: XmlElement[] | undefined;
  for (const step of branch.steps) {
    if (step.localName === undefined) continue;
    const test = step.predicate && PREDICATES[step.predicate].test;
    let next: XmlElement[] | undefined;
    if (nodes === undefined) next = matchingChildren(start, step, test, predicates, undefined);
    else {
      for (let i = 0; i < nodes.length; i++) {
        next = matchingChildren(nodes[i] as XmlElement, step, test, predicates, next);
      }
    }
    if (next === undefined) return NOTHING;
    nodes = next;
  }
  return nodes ?? [start];
}

/** Adds to `found` (made on the first match) the children of `node` that `step` takes. */
function matchingChildren(
  node: XmlElement,
  step: CompiledStep,
  test: ((element: XmlElement, context: PredicateContext) => boolean) | undefined,
  predicates: PredicateContext,
  found: XmlElement[] | undefined,
): XmlElement[] | undefined {
  const { children } = node;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.localName !== step.localName || c.namespace !== step.namespace) continue;
    if (test !== undefined && !test(c, predicates)) continue;
    if (found === undefined) found = [c];
    else found.push(c);
  }
  return found;
}

/** The empty result, shared: results are read-only. */
const NOTHING: readonly XmlElement[] = [];

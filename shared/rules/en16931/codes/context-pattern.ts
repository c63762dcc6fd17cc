/**
 * The rule contexts of the code-list schematrons (shared/codes keeps them as XPath text) turned
 * into matchers over our element tree, with XSLT pattern semantics: a pattern `a/b[p]` matches a
 * `b` that satisfies `p` and whose parent is an `a`, wherever it sits in the document.
 *
 * Only the forms those contexts use are understood; anything else throws, so that a new release of
 * the artefacts with a context we cannot read fails the tests instead of silently checking less.
 */
import { namespaceOfPrefix } from '../../../syntax/namespaces';
import { normalizeSpace, type XmlElement } from '../../../xml';

export interface NameTest {
  readonly namespace: string;
  readonly localName: string;
}

export type ContextPredicate =
  /** `[@schemeID]`: the attribute (in no namespace) is there, whatever its value. */
  | { readonly kind: 'has-attribute'; readonly name: string }
  /** `[cbc:DocumentTypeCode = '130']`: some node at the path has exactly this string value. */
  | { readonly kind: 'equals-text'; readonly path: readonly NameTest[]; readonly literal: string }
  /** `[cbc:ChargeIndicator = false()]`: some node at the path casts to this boolean. */
  | {
      readonly kind: 'equals-boolean';
      readonly path: readonly NameTest[];
      readonly value: boolean;
    }
  /** `[not(ancestor::ram:ShipToTradeParty)]` */
  | { readonly kind: 'no-ancestor'; readonly test: NameTest };

export interface ContextStep {
  readonly test: NameTest;
  readonly predicates: readonly ContextPredicate[];
}

/** One branch of a context union; `steps` go from the outermost to the matched node. */
export interface ContextPattern {
  readonly source: string;
  readonly steps: readonly ContextStep[];
}

/** The node every match is about: the last step of the pattern. */
export function targetOf(pattern: ContextPattern): NameTest {
  const last = pattern.steps[pattern.steps.length - 1];
  if (last === undefined) throw new Error(`Empty context pattern "${pattern.source}".`);
  return last.test;
}

const QNAME = /^([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)$/;
const STEP = /^([A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*)((?:\[.*\])*)$/s;
const HAS_ATTRIBUTE = /^@([A-Za-z_][\w.-]*)$/;
const NO_ANCESTOR = /^not\(\s*ancestor::([A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*)\s*\)$/;
const EQUALS_TEXT = /^([\w.:/-]+?)\s*=\s*'([^']*)'$/;
const EQUALS_BOOLEAN = /^([\w.:/-]+?)\s*=\s*(true|false)\(\)$/;

/**
 * Compiles a rule context (`a | b/c[@x]`). `prefixes` are those the syntax's schematron declares
 * with the same URIs as shared/syntax/namespaces.ts; any other prefix throws.
 */
export function compileContext(
  context: string,
  prefixes: ReadonlySet<string>,
): readonly ContextPattern[] {
  return splitTopLevel(context, '|').map((branch) => compileBranch(branch.trim(), prefixes));
}

function compileBranch(source: string, prefixes: ReadonlySet<string>): ContextPattern {
  // A leading `//` changes nothing in a pattern: every element of a document is below its root.
  const relative = source.startsWith('//') ? source.slice(2) : source;
  if (relative.startsWith('/')) throw unsupported(source, 'absolute paths');
  const steps = splitTopLevel(relative, '/').map((text) => {
    const match = STEP.exec(text.trim());
    if (!match?.[1]) throw unsupported(source, `step "${text}"`);
    return {
      test: nameTest(match[1], prefixes, source),
      predicates: splitPredicates(match[2] ?? '', source).flatMap((p) =>
        compilePredicate(p, prefixes, source),
      ),
    };
  });
  return { source, steps };
}

function compilePredicate(
  text: string,
  prefixes: ReadonlySet<string>,
  source: string,
): ContextPredicate[] {
  const attribute = HAS_ATTRIBUTE.exec(text);
  if (attribute?.[1]) return [{ kind: 'has-attribute', name: attribute[1] }];
  const conjuncts = splitTopLevel(text, ' and ').map((part) => part.trim());
  if (conjuncts.every((part) => NO_ANCESTOR.test(part))) {
    return conjuncts.map((part) => ({
      kind: 'no-ancestor',
      test: nameTest(NO_ANCESTOR.exec(part)?.[1] ?? '', prefixes, source),
    }));
  }
  const text_ = EQUALS_TEXT.exec(text);
  if (text_?.[1] !== undefined && text_[2] !== undefined) {
    return [{ kind: 'equals-text', path: pathOf(text_[1], prefixes, source), literal: text_[2] }];
  }
  const boolean = EQUALS_BOOLEAN.exec(text);
  if (boolean?.[1] !== undefined) {
    return [
      {
        kind: 'equals-boolean',
        path: pathOf(boolean[1], prefixes, source),
        value: boolean[2] === 'true',
      },
    ];
  }
  throw unsupported(source, `predicate [${text}]`);
}

function pathOf(text: string, prefixes: ReadonlySet<string>, source: string): NameTest[] {
  return text.split('/').map((name) => nameTest(name, prefixes, source));
}

function nameTest(text: string, prefixes: ReadonlySet<string>, source: string): NameTest {
  const match = QNAME.exec(text);
  const prefix = match?.[1];
  const namespace = prefix !== undefined ? namespaceOfPrefix(prefix) : undefined;
  if (!match?.[2] || prefix === undefined || !prefixes.has(prefix) || namespace === undefined) {
    throw unsupported(source, `name "${text}"`);
  }
  return { namespace, localName: match[2] };
}

/** Splits on `separator` outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '[' || c === '(') {
      depth++;
    } else if (c === ']' || c === ')') {
      depth--;
    } else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `[a][b]` → `['a', 'b']`, each bracket closed by its own match (quotes respected). */
function splitPredicates(text: string, source: string): string[] {
  const predicates: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '[') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === ']') {
      depth--;
      if (depth === 0) predicates.push(text.slice(start, i).trim());
    } else if (depth === 0) {
      throw unsupported(source, `predicates "${text}"`);
    }
  }
  if (depth !== 0 || quote !== undefined) throw unsupported(source, `predicates "${text}"`);
  return predicates;
}

function unsupported(context: string, what: string): Error {
  return new Error(`Code-list context "${context}": ${what} not supported.`);
}

// ————— Matching —————

/**
 * Whether `element` matches the pattern (XSLT pattern semantics, see the file comment).
 * `named`: the caller already knows the element has the name of the last step (it found the
 * pattern by that name), so it is not compared again.
 */
export function matchesContext(
  pattern: ContextPattern,
  element: XmlElement,
  named = false,
): boolean {
  const { steps } = pattern;
  // Names first, all the way up: they rule out nearly every candidate, and cost least.
  let node: XmlElement | undefined = element;
  for (let i = steps.length - 1; i >= 0; i--) {
    if (node === undefined) return false;
    if (!(named && node === element) && !isNamed(node, (steps[i] as ContextStep).test)) {
      return false;
    }
    node = node.parent;
  }
  node = element;
  for (let i = steps.length - 1; i >= 0 && node !== undefined; i--) {
    for (const predicate of (steps[i] as ContextStep).predicates) {
      if (!holds(predicate, node)) return false;
    }
    node = node.parent;
  }
  return true;
}

function isNamed(element: XmlElement, test: NameTest): boolean {
  return element.localName === test.localName && element.namespace === test.namespace;
}

function holds(predicate: ContextPredicate, element: XmlElement): boolean {
  switch (predicate.kind) {
    case 'has-attribute':
      for (const a of element.attributes) {
        if (a.localName === predicate.name && a.namespace === '') return true;
      }
      return false;
    case 'no-ancestor':
      for (let up = element.parent; up !== undefined; up = up.parent) {
        if (isNamed(up, predicate.test)) return false;
      }
      return true;
    case 'equals-text':
      // A general comparison of an untyped node with a string: exact, nothing trimmed.
      return nodesAt(element, predicate.path).some((n) => stringValue(n) === predicate.literal);
    case 'equals-boolean':
      // The untyped value is cast to xs:boolean; a value that cannot be cast raises an error,
      // which in a match pattern means "does not match" (XSLT 2.0 §5.5.3 recovery).
      return nodesAt(element, predicate.path).some(
        (n) => booleanOf(stringValue(n)) === predicate.value,
      );
  }
}

function nodesAt(element: XmlElement, path: readonly NameTest[]): XmlElement[] {
  let nodes = [element];
  for (const test of path) nodes = nodes.flatMap((n) => n.children.filter((c) => isNamed(c, test)));
  return nodes;
}

function booleanOf(text: string): boolean | undefined {
  const collapsed = normalizeSpace(text);
  if (collapsed === 'true' || collapsed === '1') return true;
  if (collapsed === 'false' || collapsed === '0') return false;
  return undefined;
}

/**
 * XPath string value: all the text inside the element. The tree keeps each element's own text
 * apart from its children's, so mixed content (never valid in a code element) is read as the
 * element's text followed by its children's.
 */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  return element.text + element.children.map(stringValue).join('');
}

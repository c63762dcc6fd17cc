/**
 * A small path language for rules and readers: the subset of XPath 1.0 location paths that
 * invoice checks use, over the conventional prefixes of shared/syntax/namespaces.ts (`cbc`, `cac`,
 * `ubl`, `cn`, `rsm`, `ram`, `udt`, `qdt`…), whatever prefixes the document itself uses.
 *
 * Grammar:
 *
 *   Path       ::= ('/' | '//')? Step (('/' | '//') Step)*
 *   Step       ::= '.' | '..' | NameTest Predicate* | '@' NameTest
 *   NameTest   ::= '*' | Prefix ':*' | '*:' LocalName | Prefix ':' LocalName | LocalName
 *   Predicate  ::= '[' Integer ']'                    n-th of the step's matches (1-based)
 *                | '[last()]'                          the last of them
 *                | '[' '@' Name ']'                    has the attribute
 *                | '[' '@' Name ('=' | '!=') Literal ']'   attribute value (exact) is / is not
 *                | '[' Name ']'                        has such a child element
 *                | '[' Name ('=' | '!=') Literal ']'   some such child's trimmed text is / is not
 *   Literal    ::= "'" [^']* "'" | '"' [^"]* '"'
 *
 * Semantics are XPath's: a leading `/` starts from the document (so `/ubl:Invoice` is the root
 * element), `//` is descendant-or-self (so `//cbc:ID[1]` is every first `cbc:ID` child), an
 * unprefixed name is in no namespace, predicates apply one after the other, results come in
 * document order without duplicates. Spaces are allowed only inside literals. An attribute step
 * may only end a path. A child's text in a predicate is compared trimmed, as `textOf` gives it.
 *
 * Paths are compiled once and cached by their text, so a rule run on every document does not
 * parse its paths again. A malformed path or an unknown prefix throws: paths are constants in
 * our code, and such an error is a bug to catch in tests, not a property of a document.
 */
import { namespaceOfPrefix } from '../syntax/namespaces';
import { textOf } from './navigate';
import type { XmlAttribute, XmlElement, XmlNode } from './tree';

/** Element nodes matched by `path` from `context`. Throws if the path selects attributes. */
export function select(context: XmlElement, path: string): XmlElement[] {
  const compiled = compile(path);
  if (compiled.selectsAttributes) {
    throw new Error(`The path "${path}" selects attributes: use selectAttributes.`);
  }
  return evaluate(context, compiled) as XmlElement[];
}

/** First element matched by `path`, in document order. */
export function selectFirst(context: XmlElement, path: string): XmlElement | undefined {
  return select(context, path)[0];
}

/** Attribute nodes matched by a path ending with an `@` step. */
export function selectAttributes(context: XmlElement, path: string): XmlAttribute[] {
  const compiled = compile(path);
  if (!compiled.selectsAttributes) {
    throw new Error(`The path "${path}" selects elements: use select.`);
  }
  return evaluate(context, compiled) as XmlAttribute[];
}

/** Values of the matched nodes: an element's trimmed text, an attribute's value. */
export function valuesAt(context: XmlElement, path: string): string[] {
  return evaluate(context, compile(path)).map(valueOfNode);
}

/** Value of the first matched node, or `undefined` when nothing matches. */
export function valueAt(context: XmlElement, path: string): string | undefined {
  const first = evaluate(context, compile(path))[0];
  return first === undefined ? undefined : valueOfNode(first);
}

/** Whether the path matches anything. */
export function exists(context: XmlElement, path: string): boolean {
  return evaluate(context, compile(path)).length > 0;
}

function valueOfNode(node: XmlNode): string {
  return node.kind === 'attribute' ? node.value : textOf(node);
}

// ————— Compiled form —————

/** `undefined` parts match anything. */
interface NameTest {
  readonly namespace: string | undefined;
  readonly localName: string | undefined;
}

type Predicate =
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'last' }
  | {
      readonly kind: 'attribute' | 'child';
      readonly test: NameTest;
      readonly comparison?: { readonly equal: boolean; readonly literal: string };
    };

type Step =
  | { readonly axis: 'self' | 'parent' }
  | {
      readonly axis: 'child' | 'attribute';
      readonly test: NameTest;
      readonly predicates: readonly Predicate[];
    };

interface CompiledStep {
  /** Preceded by `//`: the step applies to every descendant-or-self of each context node. */
  readonly deep: boolean;
  readonly step: Step;
}

interface CompiledPath {
  readonly absolute: boolean;
  readonly steps: readonly CompiledStep[];
  readonly selectsAttributes: boolean;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, CompiledPath>();

/** Parses a path (see the grammar above), from the cache when it was seen before. */
export function compile(path: string): CompiledPath {
  let compiled = cache.get(path);
  if (compiled === undefined) {
    compiled = new PathParser(path).parse();
    // Paths are constants of the code; the bound only guards against a caller building them.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, compiled);
  }
  return compiled;
}

class PathParser {
  private pos = 0;

  constructor(private readonly path: string) {}

  parse(): CompiledPath {
    const { path } = this;
    if (path === '') this.fail('empty path');
    const steps: CompiledStep[] = [];
    let absolute = false;
    let deep = false;
    if (path.startsWith('//')) {
      absolute = true;
      deep = true;
      this.pos = 2;
    } else if (path.startsWith('/')) {
      absolute = true;
      this.pos = 1;
    }
    for (;;) {
      const step = this.parseStep();
      const last = steps.at(-1);
      if (last !== undefined && last.step.axis === 'attribute')
        this.fail('an attribute step must end the path');
      steps.push({ deep, step });
      if (this.pos === path.length) break;
      if (!path.startsWith('/', this.pos)) this.fail(`unexpected "${path.charAt(this.pos)}"`);
      deep = path.startsWith('//', this.pos);
      this.pos += deep ? 2 : 1;
    }
    const final = steps.at(-1)?.step;
    return { absolute, steps, selectsAttributes: final?.axis === 'attribute' };
  }

  private parseStep(): Step {
    const { path } = this;
    if (path.startsWith('..', this.pos)) {
      this.pos += 2;
      return { axis: 'parent' };
    }
    if (path.startsWith('.', this.pos)) {
      this.pos += 1;
      return { axis: 'self' };
    }
    if (path.startsWith('@', this.pos)) {
      this.pos += 1;
      return { axis: 'attribute', test: this.parseNameTest(true), predicates: [] };
    }
    const test = this.parseNameTest(false);
    const predicates: Predicate[] = [];
    while (path.startsWith('[', this.pos)) predicates.push(this.parsePredicate());
    return { axis: 'child', test, predicates };
  }

  private parseNameTest(isAttribute: boolean): NameTest {
    const name = this.readWhile(/[A-Za-z0-9_.*:\u00B7\u00C0-\uFFFF-]/);
    if (name === '') this.fail('a name is expected');
    if (name === '*') return { namespace: undefined, localName: undefined };
    const colon = name.indexOf(':');
    if (colon === -1) return { namespace: '', localName: this.localName(name) };
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    const namespace = prefix === '*' ? undefined : this.namespaceOf(prefix);
    if (local === '*') {
      if (prefix === '*') this.fail('"*:*" is written "*"');
      return { namespace, localName: undefined };
    }
    if (isAttribute && prefix === '*') this.fail('"@*:name" is not supported');
    return { namespace, localName: this.localName(local) };
  }

  private parsePredicate(): Predicate {
    const { path } = this;
    this.pos += 1; // '['
    let predicate: Predicate;
    const digits = this.readWhile(/[0-9]/);
    if (digits !== '') {
      const position = Number(digits);
      if (position < 1) this.fail('positions start at 1');
      predicate = { kind: 'position', position };
    } else if (path.startsWith('last()', this.pos)) {
      this.pos += 6;
      predicate = { kind: 'last' };
    } else {
      const isAttribute = path.startsWith('@', this.pos);
      if (isAttribute) this.pos += 1;
      const test = this.parseNameTest(isAttribute);
      if (test.localName === undefined) this.fail('a predicate tests a named attribute or child');
      const kind = isAttribute ? 'attribute' : 'child';
      const equal = path.startsWith('=', this.pos);
      if (equal || path.startsWith('!=', this.pos)) {
        this.pos += equal ? 1 : 2;
        predicate = { kind, test, comparison: { equal, literal: this.parseLiteral() } };
      } else {
        predicate = { kind, test };
      }
    }
    if (!path.startsWith(']', this.pos)) this.fail('"]" is expected');
    this.pos += 1;
    return predicate;
  }

  private parseLiteral(): string {
    const quote = this.path.charAt(this.pos);
    if (quote !== "'" && quote !== '"') this.fail('a quoted value is expected');
    const end = this.path.indexOf(quote, this.pos + 1);
    if (end === -1) this.fail('the quoted value is not closed');
    const literal = this.path.slice(this.pos + 1, end);
    this.pos = end + 1;
    return literal;
  }

  private namespaceOf(prefix: string): string {
    const namespace = namespaceOfPrefix(prefix);
    if (namespace === undefined) this.fail(`unknown prefix "${prefix}"`);
    return namespace;
  }

  private localName(name: string): string {
    if (name.includes('*') || name.includes(':')) this.fail(`"${name}" is not a name`);
    return name;
  }

  private readWhile(allowed: RegExp): string {
    const start = this.pos;
    while (this.pos < this.path.length && allowed.test(this.path.charAt(this.pos))) this.pos++;
    return this.path.slice(start, this.pos);
  }

  private fail(reason: string): never {
    throw new Error(`Invalid path "${this.path}" at character ${this.pos + 1}: ${reason}.`);
  }
}

// ————— Evaluation —————

/** The document node above the root: what a leading `/` starts from. */
interface DocumentNode {
  readonly kind: 'document';
  readonly children: readonly XmlElement[];
  readonly order: -1;
}

type ContextNode = XmlElement | DocumentNode;

function evaluate(context: XmlElement, path: CompiledPath): XmlNode[] {
  let nodes: (ContextNode | XmlAttribute)[] = [path.absolute ? documentOf(context) : context];
  for (const { deep, step } of path.steps) {
    const next: (ContextNode | XmlAttribute)[] = [];
    for (const node of nodes) {
      if (node.kind === 'attribute') continue;
      if (deep) {
        applyStep(node, step, next);
        for (const descendant of descendantsOf(node)) applyStep(descendant, step, next);
      } else {
        applyStep(node, step, next);
      }
    }
    nodes = nodes.length > 1 || deep || step.axis === 'parent' ? inDocumentOrder(next) : next;
  }
  return nodes.filter((node): node is XmlNode => node.kind !== 'document');
}

function applyStep(node: ContextNode, step: Step, out: (ContextNode | XmlAttribute)[]): void {
  switch (step.axis) {
    case 'self':
      out.push(node);
      return;
    case 'parent':
      if (node.kind === 'element') out.push(node.parent ?? documentOf(node));
      return;
    case 'attribute':
      if (node.kind === 'element') {
        for (const attribute of node.attributes)
          if (matches(attribute, step.test)) out.push(attribute);
      }
      return;
    case 'child': {
      let matched: XmlElement[] = [];
      for (const c of node.children) if (matches(c, step.test)) matched.push(c);
      for (const predicate of step.predicates) matched = filter(matched, predicate);
      for (const m of matched) out.push(m);
      return;
    }
  }
}

function filter(candidates: XmlElement[], predicate: Predicate): XmlElement[] {
  switch (predicate.kind) {
    case 'position': {
      const at = candidates[predicate.position - 1];
      return at === undefined ? [] : [at];
    }
    case 'last': {
      const last = candidates.at(-1);
      return last === undefined ? [] : [last];
    }
    case 'attribute':
      return candidates.filter((candidate) =>
        candidate.attributes.some(
          (a) => matches(a, predicate.test) && compares(a.value, predicate.comparison),
        ),
      );
    case 'child':
      return candidates.filter((candidate) =>
        candidate.children.some(
          (c) => matches(c, predicate.test) && compares(textOf(c), predicate.comparison),
        ),
      );
  }
}

function compares(
  value: string,
  comparison: { equal: boolean; literal: string } | undefined,
): boolean {
  if (comparison === undefined) return true;
  return (value === comparison.literal) === comparison.equal;
}

function matches(node: XmlNode, test: NameTest): boolean {
  return (
    (test.localName === undefined || node.localName === test.localName) &&
    (test.namespace === undefined || node.namespace === test.namespace)
  );
}

/** Descendant elements, document order. Iterative, like every walk in this folder. */
function descendantsOf(node: ContextNode): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as XmlElement);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--)
      pending.push(next.children[i] as XmlElement);
  }
  return found;
}

const documents = new WeakMap<XmlElement, DocumentNode>();

function documentOf(element: XmlElement): DocumentNode {
  let root = element;
  while (root.parent !== undefined) root = root.parent;
  let document = documents.get(root);
  if (document === undefined) {
    document = { kind: 'document', children: [root], order: -1 };
    documents.set(root, document);
  }
  return document;
}

/** Sorts and removes duplicates, unless the nodes already are in strict document order. */
function inDocumentOrder(nodes: (ContextNode | XmlAttribute)[]): (ContextNode | XmlAttribute)[] {
  let sorted = true;
  for (let i = 1; i < nodes.length && sorted; i++) {
    sorted =
      compareOrder(
        nodes[i - 1] as ContextNode | XmlAttribute,
        nodes[i] as ContextNode | XmlAttribute,
      ) < 0;
  }
  if (sorted) return nodes;
  const unique = [...new Set(nodes)];
  return unique.sort(compareOrder);
}

function compareOrder(a: ContextNode | XmlAttribute, b: ContextNode | XmlAttribute): number {
  const byElement = elementOrder(a) - elementOrder(b);
  if (byElement !== 0) return byElement;
  // Same element: the element itself comes before its attributes, attributes in their order.
  return attributeRank(a) - attributeRank(b);
}

function elementOrder(node: ContextNode | XmlAttribute): number {
  return node.kind === 'attribute' ? node.parent.order : node.order;
}

function attributeRank(node: ContextNode | XmlAttribute): number {
  return node.kind === 'attribute' ? node.parent.attributes.indexOf(node) + 1 : 0;
}

import type { XmlElement } from '../../../xml';
import type { Violation } from '../../rule';
import { CONDITIONS, type Condition } from './conditions';
import { ContextDispatcher, type NamePath } from './contexts';
import { collectFact, type DocumentFacts, emptyFacts } from './facts';
import { namesElement } from './labels';
import { conventionalName, messageOf, withCount } from './messages';
import { type PathHits, PathSet } from './paths';
import { SPECIALS, type SpecialRule } from './special';
import type { AssertKind, CiiSyntaxAssert, CiiSyntaxRule } from './table';

interface CompiledAssert {
  readonly assert: CiiSyntaxAssert;
  /** Slots of the assertion's paths in its rule's PathSet (none for special ones). */
  readonly slots: readonly number[];
  readonly condition?: Condition;
  readonly special?: SpecialRule;
}

interface CompiledRule {
  readonly context: string;
  readonly namesElement: boolean;
  readonly paths: PathSet;
  /**
   * The assertions that can fail when no path reaches anything (counts of one, presence,
   * specials): checked on every context node.
   */
  readonly whenNothingFound: readonly CompiledAssert[];
  /**
   * By slot, the other assertions: they fail only when that path reaches something (`absent`,
   * `unless`, `atMostOne`, and `notBoth` by its first path), so a context node checks those of
   * the paths it reached, not the dozens of forbidden elements each line context lists.
   */
  readonly whenFound: readonly (readonly CompiledAssert[] | undefined)[];
}

export interface CompiledTable {
  readonly dispatcher: ContextDispatcher;
  readonly rules: readonly CompiledRule[];
}

export function compileTable(table: readonly CiiSyntaxRule[]): CompiledTable {
  const rules = table.map((rule): CompiledRule => {
    const paths = new PathSet();
    const asserts = rule.asserts.map((assert): CompiledAssert => {
      switch (assert[2]) {
        case 'special':
          return { assert, slots: [], special: SPECIALS[assert[0]] };
        case 'notBoth':
          return { assert, slots: [paths.add(assert[3]), paths.add(assert[4])] };
        case 'unless':
          return { assert, slots: [paths.add(assert[3])], condition: CONDITIONS[assert[4]] };
        default:
          return { assert, slots: [paths.add(assert[3])] };
      }
    });
    const whenNothingFound = asserts.filter((a) => FAIL_WHEN_NOTHING_FOUND.has(a.assert[2]));
    const whenFound: CompiledAssert[][] = [];
    for (const compiled of asserts) {
      if (FAIL_WHEN_NOTHING_FOUND.has(compiled.assert[2])) continue;
      const slot = compiled.slots[0] as number;
      const list = whenFound[slot];
      if (list === undefined) whenFound[slot] = [compiled];
      else list.push(compiled);
    }
    return {
      context: rule.context,
      namesElement: namesElement(rule.context),
      paths,
      whenNothingFound,
      whenFound: Array.from({ length: paths.size }, (_, slot) => whenFound[slot]),
    };
  });
  return { dispatcher: new ContextDispatcher(table), rules };
}

const FAIL_WHEN_NOTHING_FOUND: ReadonlySet<AssertKind> = new Set<AssertKind>([
  'exactlyOne',
  'present',
  'special',
]);

/**
 * Checks a CII document against every syntax-binding assertion in one walk of the tree: for each
 * element, the first rule whose context matches it, whose assertions are evaluated there (one
 * descent per node for all of its paths). The few that read facts of the whole document wait for
 * the end of the walk. At most one violation per assertion and context node, as the schematron
 * reports.
 */
export function evaluateTable(compiled: CompiledTable, root: XmlElement): Map<string, Violation[]> {
  const { dispatcher } = compiled;
  dispatcher.startDocument();
  const walk: TableWalk = {
    compiled,
    facts: emptyFacts(root),
    violations: new Map(),
    waiting: undefined,
  };
  // Name paths start at the tree's root only: an anchored context tests what is above.
  const path = root.parent === undefined ? dispatcher.pathOf(root, undefined) : undefined;
  checkTree(walk, root, path);
  const { waiting } = walk;
  if (waiting !== undefined) {
    for (let i = 0; i < waiting.length; i++) {
      const { compiledAssert, rule, element } = waiting[i] as WaitingAssert;
      report(walk, compiledAssert, rule, element, undefined);
    }
  }
  return walk.violations;
}

interface TableWalk {
  readonly compiled: CompiledTable;
  readonly facts: DocumentFacts;
  readonly violations: Map<string, Violation[]>;
  /** Assertions that read the lists of facts, to evaluate once the walk is over. */
  waiting: WaitingAssert[] | undefined;
}

interface WaitingAssert {
  readonly compiledAssert: CompiledAssert;
  readonly rule: CompiledRule;
  readonly element: XmlElement;
}

// Recursive, in document order (the depth is bounded by the parser's limit): a stack array,
// swelling with the thousand line items and shrinking as they were popped, allocated 28 KB.
function checkTree(walk: TableWalk, element: XmlElement, path: NamePath | undefined): void {
  collectFact(element, walk.facts);
  const { dispatcher, rules } = walk.compiled;
  const index = dispatcher.ruleAt(element, path);
  if (index !== -1) checkNode(walk, rules[index] as CompiledRule, element);
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    checkTree(walk, child, path === undefined ? undefined : dispatcher.pathOf(child, path));
  }
}

function checkNode(walk: TableWalk, rule: CompiledRule, element: XmlElement): void {
  const found = rule.paths.size > 0 ? rule.paths.evaluate(element) : undefined;
  const hits = found?.hits;
  const always = rule.whenNothingFound;
  for (let i = 0; i < always.length; i++) {
    const compiledAssert = always[i] as CompiledAssert;
    if (compiledAssert.special?.readsFactLists === true) {
      const waiting: WaitingAssert = { compiledAssert, rule, element };
      if (walk.waiting === undefined) walk.waiting = [waiting];
      else walk.waiting.push(waiting);
    } else {
      report(walk, compiledAssert, rule, element, hits);
    }
  }
  if (found === undefined) return;
  const { touched } = found;
  for (let t = 0; t < touched.length; t++) {
    const asserts = rule.whenFound[touched[t] as number];
    if (asserts === undefined) continue;
    for (let i = 0; i < asserts.length; i++) {
      report(walk, asserts[i] as CompiledAssert, rule, element, hits);
    }
  }
}

function report(
  walk: TableWalk,
  compiledAssert: CompiledAssert,
  rule: CompiledRule,
  element: XmlElement,
  hits: readonly (PathHits | undefined)[] | undefined,
): void {
  const violation = check(compiledAssert, rule, element, hits, walk.facts);
  if (violation === undefined) return;
  const id = compiledAssert.assert[0];
  const { violations } = walk;
  const list = violations.get(id);
  if (list === undefined) violations.set(id, [violation]);
  else list.push(violation);
}

function check(
  compiled: CompiledAssert,
  rule: CompiledRule,
  element: XmlElement,
  hits: readonly (PathHits | undefined)[] | undefined,
  facts: DocumentFacts,
): Violation | undefined {
  const { assert } = compiled;
  if (compiled.special !== undefined) {
    const failure = compiled.special.evaluate(element, facts);
    if (failure === undefined) return undefined;
    return failure.message === undefined
      ? { node: failure.node }
      : { node: failure.node, message: failure.message };
  }
  const hit = hits?.[compiled.slots[0] ?? -1] ?? NOTHING;
  switch (assert[2]) {
    case 'absent':
      return hit.first === undefined
        ? undefined
        : withMessage(hit.first, named(rule, assert, element));
    case 'unless':
      if (hit.first === undefined || compiled.condition?.holds(element, facts) !== false) {
        return undefined;
      }
      return withMessage(hit.first, named(rule, assert, element));
    case 'atMostOne':
      if (hit.count <= 1) return undefined;
      return withMessage(
        hit.second ?? element,
        withCount(named(rule, assert, element) ?? messageOf(rule.context, assert), hit.count),
      );
    case 'exactlyOne':
      if (hit.count === 1) return undefined;
      return withMessage(
        hit.second ?? element,
        withCount(named(rule, assert, element) ?? messageOf(rule.context, assert), hit.count),
      );
    case 'present':
      return hit.count > 0 ? undefined : withMessage(element, named(rule, assert, element));
    case 'notBoth': {
      const other = hits?.[compiled.slots[1] ?? -1];
      if (hit.first === undefined || other?.first === undefined) return undefined;
      return withMessage(other.first, named(rule, assert, element));
    }
    default:
      return undefined;
  }
}

const NOTHING: PathHits = Object.freeze({ count: 0, first: undefined, second: undefined });

/** Contexts that match many kinds of element get a message naming the element found. */
function named(rule: CompiledRule, assert: CiiSyntaxAssert, element: XmlElement) {
  return rule.namesElement ? messageOf(rule.context, assert, conventionalName(element)) : undefined;
}

function withMessage(
  node: NonNullable<Violation['node']>,
  message: Violation['message'] | undefined,
): Violation {
  return message === undefined ? { node } : { node, message };
}

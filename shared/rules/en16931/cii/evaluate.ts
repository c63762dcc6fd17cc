import type { XmlElement } from '../../../xml';
import type { Violation } from '../../rule';
import { CONDITIONS, type Condition } from './conditions';
import { ContextDispatcher } from './contexts';
import { collectFact, type DocumentFacts, emptyFacts } from './facts';
import { namesElement } from './labels';
import { conventionalName, messageOf, withCount } from './messages';
import { type PathHits, PathSet } from './paths';
import { SPECIALS, type SpecialRule } from './special';
import type { CiiSyntaxAssert, CiiSyntaxRule } from './table';

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
  readonly asserts: readonly CompiledAssert[];
  /** The assertions that can fail when no path reaches anything (counts of one, specials). */
  readonly whenNothingFound: readonly CompiledAssert[];
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
    const whenNothingFound = asserts.filter((a) =>
      ['exactlyOne', 'present', 'special'].includes(a.assert[2]),
    );
    return {
      context: rule.context,
      namesElement: namesElement(rule.context),
      paths,
      asserts,
      whenNothingFound,
    };
  });
  return { dispatcher: new ContextDispatcher(table), rules };
}

/**
 * Checks a CII document against every syntax-binding assertion: one walk of the tree finds, for
 * each element, the first rule whose context matches it and gathers the document-wide facts;
 * then each rule's assertions are evaluated on its context nodes (one descent per node for all
 * of its paths). At most one violation per assertion and context node, as the schematron reports.
 */
export function evaluateTable(compiled: CompiledTable, root: XmlElement): Map<string, Violation[]> {
  const facts = emptyFacts();
  const contextNodes: XmlElement[] = [];
  const contextRules: CompiledRule[] = [];
  const pending: XmlElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    collectFact(element, facts);
    const index = compiled.dispatcher.ruleFor(element);
    const rule = index === -1 ? undefined : compiled.rules[index];
    if (rule !== undefined) {
      contextNodes.push(element);
      contextRules.push(rule);
    }
    const kids = element.children;
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i] as XmlElement);
  }

  const violations = new Map<string, Violation[]>();
  for (let n = 0; n < contextNodes.length; n++) {
    const element = contextNodes[n] as XmlElement;
    const rule = contextRules[n] as CompiledRule;
    const hits = rule.paths.size > 0 ? rule.paths.evaluate(element) : undefined;
    for (const compiledAssert of hits === undefined ? rule.whenNothingFound : rule.asserts) {
      const violation = check(compiledAssert, rule, element, hits, facts);
      if (violation === undefined) continue;
      const id = compiledAssert.assert[0];
      const list = violations.get(id);
      if (list === undefined) violations.set(id, [violation]);
      else list.push(violation);
    }
  }
  return violations;
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

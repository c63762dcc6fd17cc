import { parsePointer, pointer } from '../model';
import { attributeXpath, locationsOf } from '../syntax/ubl/locations';
import type { XmlAttribute, XmlElement } from '../xml';
import type { Finding, Layer, SourceLocation } from './finding';
import type { Rule, RuleContext, RuleFamily, Violation } from './rule';

export interface RuleRun {
  readonly findings: Finding[];
  /** Rules that threw: a bug on our side, reported as a layer error, never as "valid". */
  readonly failures: { readonly rule: string; readonly cause: string }[];
}

/** Evaluates rules of one layer against a context; one rule's crash never hides the others. */
export function runRules(layer: Layer, rules: readonly Rule[], context: RuleContext): RuleRun {
  const run: RuleRun = { findings: [], failures: [] };
  for (const segment of segmentsOf(rules)) {
    const checked = segment.family === undefined ? segment.rules : failingMembers(segment, context);
    // Indexed: for…of over arrays of every shape would go through the iterator protocol.
    for (let i = 0; i < checked.length; i++) checkRule(checked[i] as Rule, layer, context, run);
  }
  return run;
}

function checkRule(rule: Rule, layer: Layer, context: RuleContext, run: RuleRun): void {
  let violations: readonly Violation[];
  try {
    violations = rule.check(context);
  } catch (error) {
    run.failures.push({
      rule: rule.id,
      cause: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  for (let i = 0; i < violations.length; i++) {
    const v = violations[i] as Violation;
    const location = locate(v, context);
    run.findings.push({
      rule: rule.id,
      ...(v.assert !== undefined ? { assert: v.assert } : {}),
      severity: v.severity ?? rule.flag,
      layer,
      message: v.message ?? rule.message,
      bt: rule.bt,
      ...(location ? { location } : {}),
    });
  }
}

/** Rules of a list in order: a rule alone, or consecutive members of one family. */
interface Segment {
  readonly rules: readonly Rule[];
  readonly family: RuleFamily | undefined;
  /** For a family: the index in `rules` of each member, by id (an id may name several rules). */
  readonly indexesById: ReadonlyMap<string, readonly number[]>;
}

const SEGMENTS = new WeakMap<readonly Rule[], readonly Segment[]>();
const NO_INDEXES: ReadonlyMap<string, readonly number[]> = new Map();

/** The segments of a list, worked out once per list (the engine's lists are constants). */
function segmentsOf(rules: readonly Rule[]): readonly Segment[] {
  let segments = SEGMENTS.get(rules);
  if (segments !== undefined) return segments;
  const built: Segment[] = [];
  for (let start = 0; start < rules.length; ) {
    const { family } = rules[start] as Rule;
    let end = start + 1;
    if (family !== undefined) while (end < rules.length && rules[end]?.family === family) end++;
    const members = rules.slice(start, end);
    built.push({ rules: members, family, indexesById: family ? indexesById(members) : NO_INDEXES });
    start = end;
  }
  segments = built;
  SEGMENTS.set(rules, segments);
  return segments;
}

function indexesById(members: readonly Rule[]): ReadonlyMap<string, readonly number[]> {
  const byId = new Map<string, number[]>();
  for (const [index, rule] of members.entries()) {
    const indexes = byId.get(rule.id);
    if (indexes === undefined) byId.set(rule.id, [index]);
    else indexes.push(index);
  }
  return byId;
}

/**
 * The members of a family segment that fail, in list order, so that findings come in the order
 * checking every member gives. When the family's evaluation throws, every member is checked, and
 * each reports the failure as it would alone.
 */
function failingMembers(segment: Segment, context: RuleContext): readonly Rule[] {
  let ids: Iterable<string>;
  try {
    ids = (segment.family as RuleFamily).failing(context);
  } catch {
    return segment.rules;
  }
  const indexes: number[] = [];
  for (const id of ids) {
    const found = segment.indexesById.get(id);
    if (found !== undefined) indexes.push(...found);
  }
  return indexes.sort((a, b) => a - b).map((index) => segment.rules[index] as Rule);
}

function locate(v: Violation, context: RuleContext): SourceLocation | undefined {
  if (v.node) return nodeLocation(v.node);
  if (v.at === undefined) return undefined;
  return sourceOf(v.at, context);
}

/**
 * Where a node is, as `xpathOf` writes it, from the locations shared by its whole tree: each step's
 * siblings are counted once per document, not once per finding.
 */
export function nodeLocation(node: XmlElement | XmlAttribute): SourceLocation {
  const element = node.kind === 'attribute' ? node.parent : node;
  const locations = locationsOf(element);
  const xpath =
    node.kind === 'attribute' ? attributeXpath(locations, node) : locations.xpath(element);
  return { xpath, line: element.line, column: element.column };
}

/**
 * The source of a model place: the term itself, or the malformed value the reader had to leave out
 * there, or else its nearest ancestor that has one (a missing term is reported at the group that
 * should contain it).
 */
export function sourceOf(at: string, context: RuleContext): SourceLocation | undefined {
  const exact = context.sources.get(at) ?? context.rejected.get(at)?.location;
  if (exact) return exact;
  const segments = parsePointer(at);
  if (!segments) return undefined;
  for (let n = segments.length - 1; n >= 0; n--) {
    const found = context.sources.get(pointer(...segments.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}

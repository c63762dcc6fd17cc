import { parsePointer, pointer } from '../model';
import { attributeXpath, locationsOf } from '../syntax/ubl/locations';
import type { XmlAttribute, XmlElement } from '../xml';
import type { Finding, Layer, SourceLocation } from './finding';
import type { Rule, RuleContext, Violation } from './rule';

export interface RuleRun {
  readonly findings: Finding[];
  /** Rules that threw: a bug on our side, reported as a layer error, never as "valid". */
  readonly failures: { readonly rule: string; readonly cause: string }[];
}

/** Evaluates rules of one layer against a context; one rule's crash never hides the others. */
export function runRules(layer: Layer, rules: readonly Rule[], context: RuleContext): RuleRun {
  // Indexed loops: a document meets over a thousand rules, whose (mostly empty) arrays of
  // violations come in every shape, and for…of would go through the iterator protocol each time.
  const findings: Finding[] = [];
  const failures: RuleRun['failures'] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as Rule;
    let violations: readonly Violation[];
    try {
      violations = rule.check(context);
    } catch (error) {
      failures.push({
        rule: rule.id,
        cause: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    for (let i = 0; i < violations.length; i++) {
      const v = violations[i] as Violation;
      const location = locate(v, context);
      findings.push({
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
  return { findings, failures };
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

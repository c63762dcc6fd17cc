import type { XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type RuleFamily, type Violation } from '../../rule';
import { type CompiledTable, compileTable, evaluateTable } from './evaluate';
import { messageOf } from './messages';
import { SPECIALS } from './special';
import { CII_SYNTAX_TABLE } from './table.generated';
import { TERMS_OF_RULES } from './terms';

/**
 * CII syntax-binding rules of the EN 16931 artefacts 1.3.16 (CII-SR-*, CII-DT-*: 583 assertions
 * of the pattern EN16931-CII-Syntax), one Rule per assertion. All of them are evaluated together,
 * in one walk of the document, by the first of them that runs; the others read the result from
 * the run's memo.
 */

const MEMO_KEY = 'en16931/cii-syntax';
const NO_VIOLATIONS: ReadonlyMap<string, readonly Violation[]> = new Map();

let compiled: CompiledTable | undefined;

/** Violations of every CII syntax-binding rule, by rule id (compiles the table on first use). */
export function ciiSyntaxViolations(root: XmlElement): ReadonlyMap<string, readonly Violation[]> {
  compiled ??= compileTable(CII_SYNTAX_TABLE);
  return evaluateTable(compiled, root);
}

function violationsOf(context: RuleContext): ReadonlyMap<string, readonly Violation[]> {
  const xml = context.xml;
  if (xml === undefined || xml.syntax !== 'cii') return NO_VIOLATIONS;
  const known = context.memo.get(MEMO_KEY) as ReadonlyMap<string, readonly Violation[]> | undefined;
  if (known !== undefined) return known;
  const found = ciiSyntaxViolations(xml.document.root);
  context.memo.set(MEMO_KEY, found);
  return found;
}

const CII_SYNTAX_FAMILY: RuleFamily = { failing: (context) => violationsOf(context).keys() };

export const CII_SYNTAX_RULES: readonly Rule[] = CII_SYNTAX_TABLE.flatMap((rule) =>
  rule.asserts.map((assert): Rule => {
    const [id, flag] = assert;
    const special = assert[2] === 'special' ? SPECIALS[assert[0]] : undefined;
    return {
      id,
      layer: 'en16931',
      flag,
      bt: special?.bt ?? TERMS_OF_RULES[id]?.bt ?? [],
      message: special?.message ?? messageOf(rule.context, assert),
      syntax: 'cii',
      check: (context) => violationsOf(context).get(id) ?? NONE,
      family: CII_SYNTAX_FAMILY,
    };
  }),
);

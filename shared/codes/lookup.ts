/**
 * Membership tests against the EN 16931 code lists, as the official schematron performs them
 * (same trimming, same case rules, same per-syntax lists and conditions). One Set per distinct
 * list, built on first use.
 */
import {
  CODE_LIST_RULE_IDS,
  type CodeListRuleId,
  EN16931_CODE_LISTS,
} from './en16931-codelists.generated';
import { type CodeListName, NAMED_CODE_LISTS } from './named-lists';
import type { CodeBranchData, CodeMatch, CodeRuleSyntaxData, Syntax } from './types';

/**
 * Where the value sits. Every field narrows the answer; a field left out is not held against the
 * value (for example, without `syntax` a code allowed in UBL or in CII is accepted). A validator
 * that knows the document should pass all it knows.
 */
export interface CodeContext {
  readonly syntax?: Syntax;
  /** Element holding the value, prefixed as the schematron writes it (`cbc:CreditNoteTypeCode`). */
  readonly element?: string;
  /** Ancestor elements of the value, same prefixes (`cac:AccountingSupplierParty`). */
  readonly ancestors?: readonly string[];
}

export type CodeList = CodeListName | CodeListRuleId;

const setsByList = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(codes: readonly string[]): ReadonlySet<string> {
  let set = setsByList.get(codes);
  if (!set) {
    set = new Set(codes);
    setsByList.set(codes, set);
  }
  return set;
}

export function isCodeListRuleId(value: string): value is CodeListRuleId {
  return (CODE_LIST_RULE_IDS as readonly string[]).includes(value);
}

export function ruleOf(list: CodeList): CodeListRuleId {
  return isCodeListRuleId(list) ? list : NAMED_CODE_LISTS[list].rule;
}

/** The rule as each syntax states it; a syntax without the rule is absent (BR-CL-08 in UBL). */
export function codeRuleData(list: CodeList): readonly CodeRuleSyntaxData[] {
  const rule = ruleOf(list);
  return EN16931_CODE_LISTS.find((data) => data.rule === rule)?.syntaxes ?? [];
}

function applicable(data: CodeRuleSyntaxData, where: CodeContext): readonly CodeBranchData[] {
  if (where.syntax !== undefined && data.syntax !== where.syntax) return [];
  return data.branches.filter(
    (branch) =>
      (branch.element === undefined ||
        where.element === undefined ||
        branch.element === where.element) &&
      (branch.ancestors === undefined ||
        where.ancestors === undefined ||
        where.ancestors.some((ancestor) => branch.ancestors?.includes(ancestor))),
  );
}

const XML_SPACE = /[ \t\r\n]/;
const XML_SPACE_AT_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** The value as the schematron compares it, or undefined when it can match nothing. */
function comparable(value: string, match: CodeMatch): string | undefined {
  if (match === 'exact') return value;
  const trimmed = value.replace(XML_SPACE_AT_ENDS, '');
  if (XML_SPACE.test(trimmed)) return undefined;
  return match === 'normalized-upper' ? trimmed.toUpperCase() : trimmed;
}

/**
 * True when `value` is allowed by the list in the given context. False when the list does not
 * exist for the requested syntax.
 */
export function isAllowedCode(list: CodeList, value: string, where: CodeContext = {}): boolean {
  return codeRuleData(list).some((data) => {
    const candidate = comparable(value, data.match);
    return (
      candidate !== undefined &&
      applicable(data, where).some((branch) => setOf(branch.codes).has(candidate))
    );
  });
}

const unions = new Map<string, ReadonlySet<string>>();

/** Every value the list allows in the context (for drop-downs and suggestions). */
export function allowedCodes(list: CodeList, where: CodeContext = {}): ReadonlySet<string> {
  const key = JSON.stringify([ruleOf(list), where.syntax, where.element, where.ancestors]);
  let union = unions.get(key);
  if (!union) {
    const lists = codeRuleData(list).flatMap((data) => applicable(data, where).map((b) => b.codes));
    const distinct = [...new Set(lists)];
    union = distinct.length === 1 && distinct[0] ? setOf(distinct[0]) : new Set(distinct.flat());
    unions.set(key, union);
  }
  return union;
}

/**
 * The BR-CL rules on the XML, each element tested as the walk of the document the en16931 rules
 * share meets it (shared/rules/document-walk.ts). The schematron puts every code-list rule of a
 * syntax in one pattern, where a node is handled by the first rule whose context it matches (a
 * CII `ram:OriginTradeCountry/ram:ID` with a `schemeID` is BR-CL-11's, not BR-CL-15's): the
 * candidates of each element name are kept in rule order to do the same.
 */
import { CODE_LIST_RULE_IDS, type CodeListRuleId, codeRuleData, type Syntax } from '../../../codes';
import type { ProfileSyntax } from '../../../syntax/profiles';
import type { XmlAttribute, XmlElement } from '../../../xml';
import { CodeChecker } from './code-checker';
import {
  type ContextPattern,
  compileContext,
  matchesContext,
  stringValue,
  targetOf,
} from './context-pattern';

/** One value outside its list. */
export interface CodeFinding {
  readonly rule: CodeListRuleId;
  /** The attribute tested, or the element (also when a tested attribute is missing). */
  readonly node: XmlElement | XmlAttribute;
  /** The rule's context element. */
  readonly element: XmlElement;
  /** The value as tested; '' for an empty element or a missing attribute. */
  readonly value: string;
  /** The attribute tested (`currencyID`), when the rule tests one. */
  readonly attribute?: string;
  readonly suggestion?: string;
}

export interface Candidate {
  readonly pattern: ContextPattern;
  readonly checker: CodeChecker;
  /** Attribute tested; undefined for the element's own value. */
  readonly attribute: string | undefined;
}

/** Prefixes each schematron declares with the URIs of shared/syntax/namespaces.ts. */
const PREFIXES: Record<Syntax, ReadonlySet<string>> = {
  UBL: new Set(['cbc', 'cac', 'ubl', 'cn', 'ext']),
  CII: new Set(['rsm', 'ram', 'udt', 'qdt']),
};

const SYNTAX_OF: Record<ProfileSyntax, Syntax> = { ubl: 'UBL', cii: 'CII' };

/** Candidates by namespace, then local name, of the context node. */
type CandidateIndex = ReadonlyMap<string, ReadonlyMap<string, readonly Candidate[]>>;

const indexes = new Map<Syntax, CandidateIndex>();

/**
 * Candidates by namespace and local name of the context node, in rule order. Built on first use
 * from the contexts in shared/codes; throws when a context is beyond what context-pattern.ts reads.
 */
export function candidateIndex(syntax: Syntax): CandidateIndex {
  let index = indexes.get(syntax);
  if (index) return index;
  const building = new Map<string, Map<string, Candidate[]>>();
  for (const rule of CODE_LIST_RULE_IDS) {
    for (const data of codeRuleData(rule)) {
      if (data.syntax !== syntax) continue;
      const checker = new CodeChecker(rule, syntax, data);
      const attribute = subjectAttribute(data.subject, rule);
      for (const pattern of compileContext(data.context, PREFIXES[syntax])) {
        const target = targetOf(pattern);
        let names = building.get(target.namespace);
        if (!names) {
          names = new Map();
          building.set(target.namespace, names);
        }
        const list = names.get(target.localName) ?? [];
        list.push({ pattern, checker, attribute });
        names.set(target.localName, list);
      }
    }
  }
  index = building;
  indexes.set(syntax, index);
  return index;
}

function subjectAttribute(subject: string, rule: string): string | undefined {
  if (subject === '.') return undefined;
  if (/^@[A-Za-z_][\w.-]*$/.test(subject)) return subject.slice(1);
  throw new Error(`${rule}: subject "${subject}" not supported.`);
}

/** A candidate as the scan tries it, with what settles it without matching the whole pattern. */
interface ScanCandidate {
  readonly candidate: Candidate;
  readonly namespace: string;
  /** Local name of the pattern's parent step, when it has one. */
  readonly parentName: string | undefined;
  /**
   * A pattern of one or two steps without predicates (`cbc:PriceAmount`, `cac:Country/
   * cbc:IdentificationCode`): once the names are known to agree, the namespaces settle it.
   */
  readonly plain: boolean;
  readonly parentNamespace: string | undefined;
}

/** The candidates of one local name, in rule order. */
interface NameEntry {
  /** Those whose pattern has no parent step: all there is for a parent not listed below. */
  readonly anyParent: readonly ScanCandidate[];
  /** By the parent's local name: that parent's candidates and those with no parent step. */
  readonly byParent: ReadonlyMap<string, readonly ScanCandidate[]> | undefined;
}

const scanTables = new Map<Syntax, ReadonlyMap<string, NameEntry>>();

/**
 * The candidates by local name, then by the parent's local name: a `cbc:ID` has seven candidates,
 * one parent's name leaves one or none. Names and namespace URIs are internalized strings
 * (shared/xml/intern.ts), so the namespaces are compared in the list, by identity, rather than
 * looked up at every element.
 */
function scanTable(syntax: Syntax): ReadonlyMap<string, NameEntry> {
  let table = scanTables.get(syntax);
  if (table) return table;
  const byName = new Map<string, ScanCandidate[]>();
  for (const [namespace, names] of candidateIndex(syntax)) {
    for (const [localName, candidates] of names) {
      let list = byName.get(localName);
      if (!list) {
        list = [];
        byName.set(localName, list);
      }
      for (const candidate of candidates) list.push(scanCandidate(candidate, namespace));
    }
  }
  const building = new Map<string, NameEntry>();
  for (const [localName, list] of byName) {
    const parents = new Set(list.flatMap((scan) => scan.parentName ?? []));
    building.set(localName, {
      anyParent: list.filter((scan) => scan.parentName === undefined),
      byParent:
        parents.size === 0
          ? undefined
          : new Map(
              [...parents].map((parent) => [
                parent,
                list.filter((scan) => scan.parentName === undefined || scan.parentName === parent),
              ]),
            ),
    });
  }
  table = building;
  scanTables.set(syntax, table);
  return table;
}

function scanCandidate(candidate: Candidate, namespace: string): ScanCandidate {
  const { steps } = candidate.pattern;
  const parent = steps.length > 1 ? steps[steps.length - 2] : undefined;
  return {
    candidate,
    namespace,
    parentName: parent?.test.localName,
    plain: steps.length <= 2 && steps.every((step) => step.predicates.length === 0),
    parentNamespace: parent?.test.namespace,
  };
}

/**
 * The code-list test of each element, given the elements one at a time in document order by a
 * walk of the document: the en16931 rules' shared walk (shared/rules/document-walk.ts), where a
 * walk of a long invoice's tree costs more in memory traffic than in the tests made on the way.
 */
export class CodeScan {
  readonly findings: CodeFinding[] = [];
  private readonly table: ReadonlyMap<string, NameEntry>;

  constructor(syntax: ProfileSyntax) {
    this.table = scanTable(SYNTAX_OF[syntax]);
  }

  visit(element: XmlElement): void {
    const entry = this.table.get(element.localName);
    if (entry === undefined) return;
    const candidate = firstMatch(entry, element);
    const finding = candidate && test(candidate, element);
    if (finding) this.findings.push(finding);
  }
}

/**
 * The candidate that handles an element: the first in rule order whose context it matches, as in
 * the schematron's single pattern (the same as trying `candidateIndex` in order).
 */
export function contextCandidate(element: XmlElement, syntax: Syntax): Candidate | undefined {
  const entry = scanTable(syntax).get(element.localName);
  return entry && firstMatch(entry, element);
}

function firstMatch(entry: NameEntry, element: XmlElement): Candidate | undefined {
  const { namespace, parent } = element;
  const candidates =
    (entry.byParent !== undefined && parent !== undefined
      ? entry.byParent.get(parent.localName)
      : undefined) ?? entry.anyParent;
  for (let i = 0; i < candidates.length; i++) {
    const scan = candidates[i] as ScanCandidate;
    if (scan.namespace !== namespace) continue;
    const matched = scan.plain
      ? scan.parentNamespace === undefined || parent?.namespace === scan.parentNamespace
      : matchesContext(scan.candidate.pattern, element, true);
    if (matched) return scan.candidate;
  }
  return undefined;
}

function test(candidate: Candidate, element: XmlElement): CodeFinding | undefined {
  const { checker, attribute: name } = candidate;
  let node: XmlElement | XmlAttribute = element;
  let value: string;
  if (name === undefined) {
    value = stringValue(element);
  } else {
    // A missing attribute is the empty sequence: normalize-space gives '', not in any list.
    const attribute = attributeNamed(element, name);
    if (attribute) node = attribute;
    value = attribute?.value ?? '';
  }
  if (checker.allows(value, element)) return undefined;
  const suggestion = checker.suggestionFor(value, element);
  return {
    rule: checker.rule,
    node,
    element,
    value,
    ...(name !== undefined ? { attribute: name } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/** The attribute in no namespace with this name (a loop: no closure for each amount). */
function attributeNamed(element: XmlElement, name: string): XmlAttribute | undefined {
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i] as XmlAttribute;
    if (attribute.localName === name && attribute.namespace === '') return attribute;
  }
  return undefined;
}

/**
 * The BR-CL rules on the XML, all in one walk of the tree. The schematron puts every code-list
 * rule of a syntax in one pattern, where a node is handled by the first rule whose context it
 * matches (a CII `ram:OriginTradeCountry/ram:ID` with a `schemeID` is BR-CL-11's, not BR-CL-15's);
 * the candidates of each element name are kept in rule order to do the same.
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

interface Candidate {
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

/** Every code-list violation of the document, in document order. */
export function scanXmlCodes(root: XmlElement, syntax: ProfileSyntax): CodeFinding[] {
  const index = candidateIndex(SYNTAX_OF[syntax]);
  // The parser gives all elements of a namespace the same URI string, so a look-up keyed by that
  // very string is a pointer comparison, where comparing with our constants would compare the
  // characters of a long URI at every element.
  const byNamespace = new Map<string, ReadonlyMap<string, readonly Candidate[]> | null>();
  const findings: CodeFinding[] = [];
  const pending: XmlElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    let names = byNamespace.get(element.namespace);
    if (names === undefined) {
      names = index.get(element.namespace) ?? null;
      byNamespace.set(element.namespace, names);
    }
    const candidates = names?.get(element.localName);
    if (candidates) {
      for (const candidate of candidates) {
        if (!matchesContext(candidate.pattern, element, true)) continue;
        const finding = test(candidate, element);
        if (finding) findings.push(finding);
        break;
      }
    }
    const kids = element.children;
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i] as XmlElement);
  }
  return findings;
}

function test(candidate: Candidate, element: XmlElement): CodeFinding | undefined {
  const { checker, attribute: name } = candidate;
  let node: XmlElement | XmlAttribute = element;
  let value: string;
  if (name === undefined) {
    value = stringValue(element);
  } else {
    // A missing attribute is the empty sequence: normalize-space gives '', not in any list.
    const attribute = element.attributes.find((a) => a.localName === name && a.namespace === '');
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

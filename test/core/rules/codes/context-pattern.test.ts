import { describe, expect, it } from 'vitest';
import { CODE_LIST_RULE_IDS, codeRuleData } from '../../../../shared/codes';
import {
  compileContext,
  matchesContext,
  stringValue,
} from '../../../../shared/rules/en16931/codes/context-pattern';
import { candidateIndex } from '../../../../shared/rules/en16931/codes/xml-scan';
import { NS } from '../../../../shared/syntax/namespaces';
import { parseXml, select, type XmlElement } from '../../../../shared/xml';

const UBL = new Set(['cbc', 'cac']);
const CII = new Set(['rsm', 'ram', 'udt']);

function rootOf(xml: string): XmlElement {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document.root;
}

describe('code-list contexts', () => {
  it('compiles every context of shared/codes, in both syntaxes', () => {
    const ubl = candidateIndex('UBL');
    const cii = candidateIndex('CII');
    const branches = (syntax: 'UBL' | 'CII') =>
      CODE_LIST_RULE_IDS.flatMap((rule) => codeRuleData(rule))
        .filter((data) => data.syntax === syntax)
        .reduce((n, data) => n + data.context.split(' | ').length, 0);
    const count = (index: ReturnType<typeof candidateIndex>) =>
      [...index.values()].flatMap((names) => [...names.values()]).reduce((n, l) => n + l.length, 0);
    expect(count(ubl)).toBe(branches('UBL'));
    expect(count(cii)).toBe(branches('CII'));
  });

  it('refuses what it does not understand instead of matching less', () => {
    expect(() => compileContext('/ubl:Invoice/cbc:Note', UBL)).toThrow(/absolute/);
    expect(() => compileContext('cbc:Note[position() = 1]', UBL)).toThrow(/predicate/);
    expect(() => compileContext('ram:TypeCode', UBL)).toThrow(/name/);
    expect(() => compileContext('cac:A//cbc:B', UBL)).toThrow();
  });

  it('matches a pattern wherever the element is, with its parents and predicates', () => {
    const [pattern] = compileContext(
      "cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID[@schemeID]",
      UBL,
    );
    if (!pattern) throw new Error('no pattern');
    const root = rootOf(
      `<r xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}"><x><cac:AdditionalDocumentReference><cbc:ID schemeID="A">1</cbc:ID><cbc:ID>2</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference></x><cac:AdditionalDocumentReference><cbc:ID schemeID="A">3</cbc:ID><cbc:DocumentTypeCode> 130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference></r>`,
    );
    const matched = select(root, '//cbc:ID').filter((id) => matchesContext(pattern, id));
    // The second ID has no scheme; the last reference's type code is not exactly '130'.
    expect(matched.map(stringValue)).toEqual(['1']);
  });

  it('casts indicators to booleans and skips those that cannot be cast', () => {
    const [isAllowance] = compileContext(
      'ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator = false()]/ram:ReasonCode',
      CII,
    );
    if (!isAllowance) throw new Error('no pattern');
    const reasons = (indicator: string) => {
      const root = rootOf(
        `<r xmlns:ram="${NS.ram}" xmlns:udt="${NS.udt}"><ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${indicator}</udt:Indicator></ram:ChargeIndicator><ram:ReasonCode>95</ram:ReasonCode></ram:SpecifiedTradeAllowanceCharge></r>`,
      );
      return select(root, '//ram:ReasonCode').filter((r) => matchesContext(isAllowance, r)).length;
    };
    expect([
      reasons('false'),
      reasons(' 0\n'),
      reasons('true'),
      reasons('FALSE'),
      reasons(''),
    ]).toEqual([1, 1, 0, 0, 0]);
  });

  it('excludes elements under the ancestors a context rules out', () => {
    const [global] = compileContext(
      '//ram:GlobalID[@schemeID][not(ancestor::ram:SpecifiedTradeProduct) and not(ancestor::ram:ShipToTradeParty)]',
      CII,
    );
    if (!global) throw new Error('no pattern');
    const root = rootOf(
      `<r xmlns:ram="${NS.ram}"><ram:SellerTradeParty><ram:GlobalID schemeID="1">a</ram:GlobalID></ram:SellerTradeParty><ram:SpecifiedTradeProduct><ram:X><ram:GlobalID schemeID="2">b</ram:GlobalID></ram:X></ram:SpecifiedTradeProduct><ram:ShipToTradeParty><ram:GlobalID schemeID="3">c</ram:GlobalID></ram:ShipToTradeParty></r>`,
    );
    const matched = select(root, '//ram:GlobalID').filter((g) => matchesContext(global, g));
    expect(matched.map(stringValue)).toEqual(['a']);
  });
});

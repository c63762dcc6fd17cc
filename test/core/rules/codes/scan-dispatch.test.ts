import { describe, expect, it } from 'vitest';
import { matchesContext } from '../../../../shared/rules/en16931/codes/context-pattern';
import {
  type Candidate,
  candidateIndex,
  contextCandidate,
} from '../../../../shared/rules/en16931/codes/xml-scan';
import { detectDocument } from '../../../../shared/syntax/detect';
import { parseXml, type XmlElement } from '../../../../shared/xml';
import { loadExamples, loadUnitTests } from '../../../support/en16931-suite';

/** The schematron's reading: the candidates of the element's name, tried in rule order. */
function naiveCandidate(element: XmlElement, syntax: 'UBL' | 'CII'): Candidate | undefined {
  return candidateIndex(syntax)
    .get(element.namespace)
    ?.get(element.localName)
    ?.find((candidate) => matchesContext(candidate.pattern, element));
}

function* elementsOf(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* elementsOf(child);
}

describe('code-list scan dispatch', () => {
  it('picks, for every element of the official unit cases and examples, the candidate the rule order gives', () => {
    const documents = [...loadUnitTests().map((t) => t.xml), ...loadExamples().map((e) => e.xml)];
    let handled = 0;
    for (const xml of documents) {
      const parsed = parseXml(xml);
      if (!parsed.ok) continue;
      const syntax = detectDocument(parsed.document.root).syntax === 'cii' ? 'CII' : 'UBL';
      for (const element of elementsOf(parsed.document.root)) {
        const expected = naiveCandidate(element, syntax);
        expect(contextCandidate(element, syntax)).toBe(expected);
        if (expected) handled++;
      }
    }
    expect(handled).toBeGreaterThan(3_000);
  });

  it('tells a parent by its namespace too, and falls back to the contexts without a parent', () => {
    const parsed = parseXml(
      '<r xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:x="urn:x"><x:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></x:Country><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country><x:Other><cbc:PriceAmount currencyID="EUR">1</cbc:PriceAmount></x:Other></r>',
    );
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const [foreign, country, other] = parsed.document.root.children as XmlElement[];
    const code = (parent: XmlElement | undefined) => parent?.children[0] as XmlElement;
    expect(contextCandidate(code(foreign), 'UBL')).toBeUndefined();
    expect(contextCandidate(code(country), 'UBL')?.checker.rule).toBe('BR-CL-14');
    expect(contextCandidate(code(other), 'UBL')?.checker.rule).toBe('BR-CL-03');
  });
});

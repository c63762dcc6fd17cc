/**
 * BR-29 and BR-30 read CII periods child by child; they must see what the schematron's paths
 * select, on every CII document of the official suite and on periods with several dates, other
 * formats and foreign elements.
 */
import { describe, expect, it } from 'vitest';
import { ciiPeriods } from '../../../../shared/rules/en16931/business/cii-document';
import type { RuleContext } from '../../../../shared/rules/rule';
import { parseXml, select, type XmlDocument, type XmlElement } from '../../../../shared/xml';
import { loadExamples, loadUnitTests } from '../../../support/en16931-suite';

function documentOf(xml: string | Uint8Array): XmlDocument {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document;
}

function contextOf(document: XmlDocument): RuleContext {
  return { xml: { syntax: 'cii', document } } as unknown as RuleContext;
}

/** The periods as the schematron's paths select them. */
function selected(root: XmlElement, level: 'header' | 'line') {
  const transaction = '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction';
  const path =
    level === 'header'
      ? `${transaction}/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod`
      : `${transaction}/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod`;
  return select(root, path).map((element) => ({
    element,
    hasStart: select(element, 'ram:StartDateTime').length > 0,
    hasEnd: select(element, 'ram:EndDateTime').length > 0,
    starts: select(element, "ram:StartDateTime/udt:DateTimeString[@format='102']").map(
      (d) => d.text,
    ),
    ends: select(element, "ram:EndDateTime/udt:DateTimeString[@format='102']").map((d) => d.text),
  }));
}

function expectSamePeriods(document: XmlDocument, name: string): number {
  let periods = 0;
  for (const level of ['header', 'line'] as const) {
    const expected = selected(document.root, level);
    expect(ciiPeriods(contextOf(document), level), `${name} ${level}`).toEqual(expected);
    periods += expected.length;
  }
  return periods;
}

describe('CII periods', () => {
  it('are those the schematron paths select, on every official CII document', () => {
    let periods = 0;
    for (const { name, xml } of loadExamples()) {
      if (!name.startsWith('cii')) continue;
      periods += expectSamePeriods(documentOf(xml), name);
    }
    for (const unit of loadUnitTests()) {
      if (!unit.folder.includes('CII')) continue;
      periods += expectSamePeriods(documentOf(unit.xml), unit.id);
    }
    expect(periods).toBeGreaterThan(10);
  });

  it('keep several dates in order, other formats and other namespaces out', () => {
    const period = `<ram:BillingSpecifiedPeriod>
        <ram:StartDateTime><udt:DateTimeString format="102">20260101</udt:DateTimeString>
          <udt:DateTimeString format="610">202601</udt:DateTimeString>
          <udt:DateTimeString format="102">20260102</udt:DateTimeString></ram:StartDateTime>
        <x:StartDateTime><udt:DateTimeString format="102">19990101</udt:DateTimeString></x:StartDateTime>
        <ram:EndDateTime><x:DateTimeString format="102">20270101</x:DateTimeString></ram:EndDateTime>
        <ram:EndDateTime><udt:DateTimeString format=" 102">20260301</udt:DateTimeString>
          <udt:DateTimeString format="102">20260331</udt:DateTimeString></ram:EndDateTime>
      </ram:BillingSpecifiedPeriod>`;
    const document = documentOf(`<rsm:CrossIndustryInvoice
      xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
      xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
      xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" xmlns:x="urn:x">
      <rsm:SupplyChainTradeTransaction>
        <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>${period}
        </ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
        <ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>
          <ram:BillingSpecifiedPeriod/></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
        <ram:ApplicableHeaderTradeSettlement>${period}</ram:ApplicableHeaderTradeSettlement>
      </rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`);
    expect(expectSamePeriods(document, 'hand-made')).toBe(3);
    const [line] = ciiPeriods(contextOf(document), 'line');
    expect(line).toMatchObject({
      hasStart: true,
      hasEnd: true,
      starts: ['20260101', '20260102'],
      ends: ['20260331'],
    });
  });
});

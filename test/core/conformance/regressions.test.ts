import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../shared/rules/engine';
import { readInvoice } from '../../../shared/syntax/read';
import { parseXml } from '../../../shared/xml';
import { caseDocument, REGRESSION_CASES } from './regressions';

describe('disagreements with the official validators, fixed', () => {
  it.each(REGRESSION_CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const xml = caseDocument(readFileSync(c.base, 'utf8'), c.edits);
    const report = await validateXml(xml, { rules: ['en16931'] });
    const counts = Object.fromEntries(
      Object.keys(c.fired).map((rule) => [
        rule,
        report.findings.filter((f) => f.rule === rule && f.layer === 'en16931').length,
      ]),
    );
    expect(counts).toEqual(c.fired);
  });
});

describe('blank values', () => {
  function blankOf(xml: string): ReadonlySet<string> | undefined {
    const parsed = parseXml(xml);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const read = readInvoice(parsed.document);
    if ('error' in read) throw new Error(read.error.en);
    return read.blank;
  }

  it('are listed by the UBL reader: blank elements, attributes and schemes, not absent ones', () => {
    const base = readFileSync(
      'test/fixtures/en16931/examples/ubl/BIS3_Invoice_negativ.XML',
      'utf8',
    );
    expect(blankOf(base)).toEqual(new Set());
    const xml = caseDocument(base, [
      ['<cbc:ID>1234567891234</cbc:ID>', '<cbc:ID> </cbc:ID>'],
      [/<cbc:EndpointID schemeID="[^"]*"/, '<cbc:EndpointID schemeID=""'],
    ]);
    expect([...(blankOf(xml) ?? [])].sort()).toEqual([
      '/BG-16/BG-17/0/BT-84',
      '/BG-4/BT-34/scheme',
    ]);
  });

  it('are listed by the CII reader', () => {
    const base = readFileSync(
      'test/fixtures/en16931/examples/cii/CII_business_example_01.xml',
      'utf8',
    );
    expect(blankOf(base)).toEqual(new Set());
    const xml = caseDocument(base, [
      ['<ram:Reason>Damage</ram:Reason>', '<ram:Reason></ram:Reason>'],
      [
        '<ram:GlobalID schemeID="0088">3456789012098</ram:GlobalID>',
        '<ram:GlobalID schemeID="">3456789012098</ram:GlobalID>',
      ],
    ]);
    expect([...(blankOf(xml) ?? [])].sort()).toEqual([
      '/BG-25/0/BG-27/0/BT-139',
      '/BG-7/BT-46/scheme',
    ]);
  });
});

describe('values the reader leaves out (VALUE-FORMAT)', () => {
  const xml = readFileSync(
    'test/fixtures/en16931/examples/cii/CII_business_example_01.xml',
    'utf8',
  ).replace(
    'format="102">20130630</udt:DateTimeString>\n        </ram:IssueDateTime>',
    'format="102">20131330</udt:DateTimeString>\n        </ram:IssueDateTime>',
  );

  it('are filed under the en16931 layer when it runs', async () => {
    const report = await validateXml(xml, { rules: ['en16931'] });
    const found = report.findings.filter((f) => f.rule === 'VALUE-FORMAT');
    expect(found.map((f) => f.layer)).toEqual(['en16931']);
  });

  it('are filed under xml when the en16931 layer is not asked for, never under a layer that did not run', async () => {
    const report = await validateXml(xml, { rules: ['fr'] });
    const found = report.findings.filter((f) => f.rule === 'VALUE-FORMAT');
    expect(found.map((f) => f.layer)).toEqual(['xml']);
    const ran = new Set(report.layers.filter((l) => l.status === 'ran').map((l) => l.layer));
    for (const finding of report.findings) expect(ran).toContain(finding.layer);
    expect(report.verdict).toBe('invalid');
  });
});

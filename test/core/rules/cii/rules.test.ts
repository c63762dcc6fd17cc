import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CII_SYNTAX_RULES, ciiSyntaxViolations } from '../../../../shared/rules/en16931/cii';
import { validateXml } from '../../../../shared/rules/engine';
import type { Violation } from '../../../../shared/rules/rule';
import { xpathOf } from '../../../../shared/xml';
import { growthOfReads } from '../../../support/counting';
import { edited, OFFICIAL, rootOf, TEMPLATE } from './documents';

function violations(xml: string, id: string): readonly Violation[] {
  return ciiSyntaxViolations(rootOf(xml)).get(id) ?? [];
}

const at = (v: Violation | undefined) => (v?.node ? xpathOf(v.node) : undefined);

const SUMMATION = '<ram:SpecifiedTradeSettlementHeaderMonetarySummation>{{c_summation}}';

describe('CII syntax rules: behaviour', () => {
  it('finds nothing in the template, the official examples or the EN16931 and BASIC samples', () => {
    expect(ciiSyntaxViolations(rootOf(edited([]))).size).toBe(0);
    const clean = Object.entries(OFFICIAL.documents).filter(
      ([path]) => !path.startsWith('facturx/Extended/'),
    );
    expect(clean.length).toBe(72);
    for (const [path] of clean) {
      const found = ciiSyntaxViolations(rootOf(readFileSync(`test/fixtures/${path}`)));
      expect([...found.keys()], path).toEqual([]);
    }
  });

  it('breaks every rule in some case and passes it in the template', () => {
    const fired = new Set(OFFICIAL.cases.flatMap((c) => Object.keys(c.fired)));
    const neverFired = CII_SYNTAX_RULES.map((r) => r.id).filter((id) => !fired.has(id));
    // Where the official validator stops on a duplicated amount (tested below from the XPath),
    // and the three rules no node can reach (tested below too).
    expect(neverFired.sort()).toEqual(
      [
        'CII-DT-010',
        'CII-DT-011',
        'CII-DT-012',
        'CII-SR-441',
        'CII-SR-477',
        'CII-SR-478',
        'CII-SR-479',
        'CII-SR-480',
        'CII-SR-481',
        'CII-SR-482',
        'CII-SR-484',
        'CII-SR-487',
      ].sort(),
    );
  });

  // count(x) <= 1 or = 1 on terms the official validator cannot evaluate twice (it stops with a
  // type error in a business rule): the syntax rule itself still says "at most one".
  it.each([
    ['CII-SR-477', 'LineTotalAmount'],
    ['CII-SR-478', 'ChargeTotalAmount'],
    ['CII-SR-479', 'AllowanceTotalAmount'],
    ['CII-SR-480', 'TaxBasisTotalAmount'],
    ['CII-SR-481', 'RoundingAmount'],
    ['CII-SR-482', 'GrandTotalAmount'],
    ['CII-SR-484', 'TotalPrepaidAmount'],
    ['CII-SR-487', 'DuePayableAmount'],
  ])('%s: two ram:%s in the totals', (id, element) => {
    const one = `<ram:${element}>1.00</ram:${element}>`;
    const twice = edited([[SUMMATION, `${SUMMATION}${one}${one}${one}`]]);
    const found = violations(twice, id);
    expect(found).toHaveLength(1);
    expect(at(found[0])).toMatch(new RegExp(`/ram:${element}\\[2\\]$`));
    expect(found[0]?.message?.fr).toMatch(/figure [34] fois/);
    const alone = edited([[SUMMATION, `${SUMMATION}${element === 'RoundingAmount' ? one : ''}`]]);
    expect(violations(alone, id)).toHaveLength(0);
  });

  it('CII-SR-441 / CII-SR-439: the net price must appear exactly once', () => {
    const net =
      '<ram:NetPriceProductTradePrice><ram:ChargeAmount>4.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>';
    const two = edited([['{{c_line_agreement}}', net]]);
    expect(violations(two, 'CII-SR-441')).toHaveLength(1);
    expect(violations(two, 'CII-SR-439')).toHaveLength(1);
    expect(violations(two, 'CII-SR-439')[0]?.message?.en).toContain('It appears 2 times.');
    const none = edited([['<ram:ChargeAmount{{a_amount}}>4.00</ram:ChargeAmount>', '']]);
    expect(violations(none, 'CII-SR-441')).toHaveLength(0);
    expect(violations(none, 'CII-SR-439')[0]?.message?.fr).toContain('Il est absent.');
  });

  it('CII-SR-010 / CII-SR-014: a second specification identifier or type code', () => {
    const ids = edited([
      ['<ram:ID{{a_guideline_id}}>', '<ram:ID>urn:factur-x.eu:1p0:basic</ram:ID><ram:ID>'],
    ]);
    expect(violations(ids, 'CII-SR-010')).toHaveLength(1);
    expect(violations(ids, 'CII-SR-009')).toHaveLength(0);
    const codes = edited([
      ['<ram:TypeCode{{a_doc_typecode}}>', '<ram:TypeCode>381</ram:TypeCode><ram:TypeCode>'],
    ]);
    expect(violations(codes, 'CII-SR-014')).toHaveLength(1);
  });

  it('CII-DT-010…012 never fire: //ram:TypeCode, earlier in the pattern, takes the invoice type code', () => {
    const xml = edited([
      ['{{a_doc_typecode}}', ' listID="x" listAgencyID="6" listVersionID="1" listURI="u"'],
    ]);
    const found = ciiSyntaxViolations(rootOf(xml));
    for (const id of ['CII-DT-010', 'CII-DT-011', 'CII-DT-012'])
      expect(found.get(id)).toBeUndefined();
    expect(found.get('CII-DT-009')).toHaveLength(1);
  });

  it('points at the element or attribute to remove, and names the element of wide contexts', () => {
    const xml = edited([
      ['{{c_note}}', '<ram:Subject>S</ram:Subject>'],
      ['{{a_global_id}}', ' schemeAgencyName="GS1"'],
    ]);
    const subject = violations(xml, 'CII-SR-027')[0];
    expect(at(subject)).toBe(
      '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote/ram:Subject',
    );
    expect(subject?.message).toBeUndefined(); // the rule's own message says it all
    const attribute = violations(xml, 'CII-DT-102')[0];
    expect(at(attribute)).toMatch(/\/ram:SpecifiedTradeProduct\/ram:GlobalID\/@schemeAgencyName$/);
    expect(attribute?.message?.fr).toContain('ram:GlobalID');
    expect(attribute?.message?.en).toContain('ram:GlobalID');
  });

  it('says which values differ', () => {
    const tax =
      '<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>Z</ram:CategoryCode><ram:DueDateTypeCode>29</ram:DueDateTypeCode></ram:ApplicableTradeTax>';
    const dates = violations(edited([['{{c_settlement}}', tax]]), 'CII-SR-462');
    expect(dates[0]?.message?.fr).toContain('« 29 » puis « 5 »');
    const means = violations(
      edited([['{{c_payment_means}}\n        <ram:TypeCode>30', '<ram:TypeCode>30']]).replace(
        '</ram:SpecifiedTradeSettlementPaymentMeans>',
        '</ram:SpecifiedTradeSettlementPaymentMeans><ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>49</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>',
      ),
      'CII-SR-467',
    );
    expect(means[0]?.message?.en).toContain('found "30" then "49"');
    const date = violations(edited([['>20240115<', '>15/01/2024<']]), 'CII-DT-097');
    expect(date[0]?.message?.fr).toContain('« 15/01/2024 »');
  });

  it('reads namespaces, not prefixes', () => {
    const renamed = (xml: string) =>
      xml
        .replaceAll('ram:', 'r:')
        .replace('xmlns:ram=', 'xmlns:r=')
        .replaceAll('udt:', 'u:')
        .replace('xmlns:udt=', 'xmlns:u=');
    for (const c of OFFICIAL.cases.filter((x) => x.name.includes('forbidden'))) {
      const ids = (xml: string) => [...ciiSyntaxViolations(rootOf(xml)).keys()].sort();
      const xml = edited(c.edits, c.regex);
      expect(ids(renamed(xml)), c.name).toEqual(ids(xml));
    }
    // An element of another namespace with a forbidden name is not the forbidden element.
    const foreign = edited([
      ['{{c_edc}}', '<x:TestIndicator xmlns:x="urn:other">1</x:TestIndicator>'],
    ]);
    expect(violations(foreign, 'CII-SR-002')).toHaveLength(0);
  });

  it('reports through the engine: flag, layer, location and the run memo', async () => {
    const xml = edited([
      ['{{c_edc}}', '<ram:TestIndicator><udt:Indicator>true</udt:Indicator></ram:TestIndicator>'],
      ['{{c_address}}', '<ram:LineFour>Bât. B</ram:LineFour>'],
    ]);
    const report = await validateXml(xml, { rules: ['en16931'] });
    const ours = report.findings.filter((f) => f.rule.startsWith('CII-'));
    expect(ours.map((f) => [f.rule, f.severity, f.layer])).toEqual([
      ['CII-SR-002', 'warning', 'en16931'],
      ['CII-DT-086', 'fatal', 'en16931'],
    ]);
    const lineFour = ours[1];
    expect(lineFour?.location?.xpath).toMatch(/\/ram:PostalTradeAddress\/ram:LineFour$/);
    expect(lineFour?.location?.line).toBe(
      xml.split('\n').findIndex((l) => l.includes('LineFour')) + 1,
    );
    expect(lineFour?.message.fr).toContain('ram:LineFour');
  });

  it('evaluates the whole table once per run and applies to CII documents only', () => {
    const root = rootOf(edited([['{{c_edc}}', '<ram:TestIndicator/>']]));
    const memo = new Map<string, unknown>();
    const context = {
      invoice: {},
      sources: new Map(),
      rejected: new Map(),
      profile: undefined,
      options: {},
      memo,
      xml: { document: { root }, syntax: 'cii' },
    } as unknown as Parameters<(typeof CII_SYNTAX_RULES)[number]['check']>[0];
    const testIndicator = CII_SYNTAX_RULES.find((r) => r.id === 'CII-SR-002');
    const name = CII_SYNTAX_RULES.find((r) => r.id === 'CII-SR-013');
    expect(testIndicator?.check(context)).toHaveLength(1);
    const cached = memo.get('en16931/cii-syntax');
    expect(cached).toBeInstanceOf(Map);
    expect(name?.check(context)).toHaveLength(0);
    expect(memo.get('en16931/cii-syntax')).toBe(cached);
    const ubl = {
      ...context,
      memo: new Map(),
      xml: { document: { root }, syntax: 'ubl' },
    } as typeof context;
    expect(testIndicator?.check(ubl)).toHaveLength(0);
  });

  /** The template with its line item repeated `count` times. */
  const longInvoice = (count: number) => {
    const line =
      /<ram:IncludedSupplyChainTradeLineItem>[\s\S]*?<\/ram:IncludedSupplyChainTradeLineItem>/.exec(
        TEMPLATE,
      )?.[0];
    expect(line).toBeDefined();
    return rootOf(
      edited([]).replace(
        /<ram:IncludedSupplyChainTradeLineItem>[\s\S]*?<\/ram:IncludedSupplyChainTradeLineItem>/,
        (line ?? '').replace(/\{\{[a-z_]+\}\}/g, '').repeat(count),
      ),
    );
  };

  it('checks a 1,000-line invoice', () => {
    expect(ciiSyntaxViolations(longInvoice(1000)).size).toBe(0);
  });

  // Counted rather than timed (speed is measured by `npm run bench`): a check that walked the tree
  // per rule, or counted the sibling lines per XPath, would read the tree about four times as
  // often for twice the lines.
  it('checks a long invoice in linear time', () => {
    const growth = growthOfReads(
      longInvoice,
      (root) => expect(ciiSyntaxViolations(root).size).toBe(0),
      250,
    );
    expect(growth).toBeGreaterThan(1.5);
    expect(growth).toBeLessThan(2.2);
  });
});

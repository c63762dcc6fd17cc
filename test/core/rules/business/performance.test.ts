import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BUSINESS_RULES } from '../../../../shared/rules/en16931/business';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';
import { growthOfReads } from '../../../support/counting';
import { SUITE_DIR } from '../../../support/en16931-suite';

/** Official example 1 with its first line repeated `count` times, parsed and read. */
function longInvoice(count: number): RuleContext {
  const text = readFileSync(`${SUITE_DIR}/examples/ubl/ubl-tc434-example1.xml`, 'utf8');
  const line = text.slice(
    text.indexOf('<cac:InvoiceLine>'),
    text.indexOf('</cac:InvoiceLine>') + '</cac:InvoiceLine>'.length,
  );
  const parsed = parseXml(text.replace(line, Array.from({ length: count }, () => line).join('')));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const read = readInvoice(parsed.document);
  if ('error' in read) throw new Error(read.error.en);
  const detected = detectDocument(parsed.document.root);
  return {
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    profile: detected.profile,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: 'ubl', detected },
  };
}

it('checks a 1,000-line invoice', () => {
  const result = runRules('en16931', BUSINESS_RULES, longInvoice(1000));
  // The repeated line changes the sum of lines: BR-CO-10 alone says so.
  expect(result.failures).toEqual([]);
  expect(result.findings.map((f) => f.rule)).toEqual(['BR-CO-10']);
});

/**
 * Linear time, counted rather than timed (speed is measured by `npm run bench`): twice the lines,
 * twice the reads of the model and of the XML. A rule that walks the lines per line, or reads the
 * whole document per amount, would cost about four times as many.
 */
it('checks a long invoice in linear time', () => {
  const growth = growthOfReads(
    longInvoice,
    (context) => expect(runRules('en16931', BUSINESS_RULES, context).failures).toEqual([]),
    250,
  );
  expect(growth).toBeGreaterThan(1.5);
  expect(growth).toBeLessThan(2.2);
});

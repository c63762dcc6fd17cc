/**
 * The BR-FR layer's cost on long documents, counted rather than timed: absolute times depend on
 * the machine and its load, and are measured by `npm run bench` (bench/profile.bench.ts gives the
 * layer's share). Reading the BR-FR facts once and running the 59 rules must cost twice as much
 * for twice the lines, not four times (a rule that scans every line once per line).
 */
import { describe, expect, it } from 'vitest';
import { FR_RULES } from '../../../../shared/rules/fr';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';
import { growthOfReads } from '../../../support/counting';
import { largeUblInvoice } from '../../../support/large-invoice';
import { CII_BASE } from './support';

function contextOf(xml: string): RuleContext {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('not XML');
  const detected = detectDocument(parsed.document.root);
  const read = readInvoice(parsed.document);
  if ('error' in read || detected.syntax === undefined) throw new Error('not an invoice');
  return {
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    xml: { document: parsed.document, syntax: detected.syntax, detected },
    profile: detected.profile,
    options: {},
    memo: new Map(),
  };
}

function runFr(context: RuleContext): void {
  const run = runRules('fr', FR_RULES, context);
  expect(run.failures).toEqual([]);
}

/** The FNFE sample with its first line item repeated `count` times. */
function longCii(count: number): string {
  const open = '<ram:IncludedSupplyChainTradeLineItem>';
  const close = '</ram:IncludedSupplyChainTradeLineItem>';
  const line = CII_BASE.slice(CII_BASE.indexOf(open), CII_BASE.indexOf(close) + close.length);
  return CII_BASE.replace(line, Array.from({ length: count }, () => line).join('\n'));
}

describe('BR-FR cost', () => {
  it('runs every rule on the FNFE sample', () => runFr(contextOf(CII_BASE)));

  it.each([
    ['UBL', largeUblInvoice],
    ['CII', longCii],
  ])('grows linearly with the lines of a %s invoice', (_, build) => {
    const growth = growthOfReads((lines) => contextOf(build(lines)), runFr, 200);
    expect(growth).toBeGreaterThan(1.5);
    expect(growth).toBeLessThan(2.2);
  });
});

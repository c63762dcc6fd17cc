/**
 * The BR-FR layer's share of the validation budget (2 ms for an official example, 50 ms for a
 * 1,000-line invoice, every layer and the parsing included). Absolute times depend on the machine
 * and its load, so the layer is measured against what every validation does before it: parsing
 * the XML and reading it into the model. Reading the BR-FR facts once and running the 59 rules
 * must cost less than that.
 */
import { describe, expect, it } from 'vitest';
import { FR_RULES } from '../../../../shared/rules/fr';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';
import { largeUblInvoice } from '../../../support/large-invoice';
import { CII_BASE } from './support';

function contextOf(xml: string): () => RuleContext {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('not XML');
  const detected = detectDocument(parsed.document.root);
  const read = readInvoice(parsed.document);
  if ('error' in read || detected.syntax === undefined) throw new Error('not an invoice');
  const { syntax } = detected;
  // A fresh memo per run: the facts are read again each time, as for a new document.
  return () => ({
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    xml: { document: parsed.document, syntax, detected },
    profile: detected.profile,
    options: {},
    memo: new Map(),
  });
}

/** Median time of `run`, after as many warm-up runs. */
function medianMs(run: () => void, times: number): number {
  for (let i = 0; i < times; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

describe.each([
  ['the FNFE sample', CII_BASE, 40],
  ['a 500-line invoice', largeUblInvoice(500), 5],
])('BR-FR speed on %s', (_, xml, times) => {
  // Generous timeout: on a loaded machine parsing the large invoice alone takes tens of ms.
  it('costs less than parsing and reading the document', { timeout: 30_000 }, () => {
    const context = contextOf(xml);
    const fr = medianMs(() => {
      const run = runRules('fr', FR_RULES, context());
      if (run.failures.length > 0) throw new Error(JSON.stringify(run.failures));
    }, times);
    const read = medianMs(() => {
      const parsed = parseXml(xml);
      if (parsed.ok) readInvoice(parsed.document);
    }, times);
    expect(fr).toBeLessThan(read);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dec,
  equalDecimal,
  findAll,
  type Invoice,
  missingMandatoryTerms,
  parseInvoiceJson,
  round2,
  sum,
  toInvoiceJson,
} from '../../../shared/model';

const doc = readFileSync('docs/model.md', 'utf8');

/** The body of the first ```json block after a heading. */
function jsonBlockAfter(heading: string): string {
  const from = doc.indexOf(heading);
  const start = doc.indexOf('```json\n', from);
  const end = doc.indexOf('\n```', start);
  if (from === -1 || start === -1 || end === -1) throw new Error(`no json block after ${heading}`);
  return doc.slice(start + '```json\n'.length, end);
}

function exampleInvoice(): Invoice {
  const result = parseInvoiceJson(jsonBlockAfter('## Example'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.invoice;
}

function values(invoice: Invoice, id: Parameters<typeof findAll>[1]): string[] {
  return findAll(invoice, id).map((place) => String(place.value));
}

describe('docs/model.md', () => {
  it('lists the groups and terms of the current catalogue', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-model-doc.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('gives an example that parses, lacks no mandatory term and is written canonically', () => {
    const invoice = exampleInvoice();
    expect(missingMandatoryTerms(invoice)).toEqual([]);
    expect(toInvoiceJson(invoice)).toBe(jsonBlockAfter('## Example'));
  });

  it('gives an example whose amounts add up', () => {
    const invoice = exampleInvoice();
    const lines = invoice['BG-25'] ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const net = round2(dec(line['BT-129'] ?? '').times(line['BG-29']?.['BT-146'] ?? ''));
      expect(equalDecimal(net, line['BT-131'] ?? '')).toBe(true);
    }
    const totals = invoice['BG-22'] ?? {};
    expect(equalDecimal(sum(values(invoice, 'BT-131')), totals['BT-106'] ?? '')).toBe(true);
    expect(equalDecimal(sum(values(invoice, 'BT-116')), totals['BT-109'] ?? '')).toBe(true);
    expect(equalDecimal(sum(values(invoice, 'BT-117')), totals['BT-110'] ?? '')).toBe(true);
    for (const breakdown of invoice['BG-23'] ?? []) {
      const rate = breakdown['BT-119'] ?? '';
      const base = sum(
        lines
          .filter((line) => equalDecimal(line['BG-30']?.['BT-152'] ?? '', rate))
          .map((line) => line['BT-131'] ?? ''),
      );
      expect(equalDecimal(base, breakdown['BT-116'] ?? '')).toBe(true);
      const tax = round2(base.times(rate).dividedBy(100));
      expect(equalDecimal(tax, breakdown['BT-117'] ?? '')).toBe(true);
    }
    const withVat = dec(totals['BT-109'] ?? '').plus(totals['BT-110'] ?? '');
    expect(equalDecimal(withVat, totals['BT-112'] ?? '')).toBe(true);
    expect(equalDecimal(totals['BT-112'] ?? '', totals['BT-115'] ?? '')).toBe(true);
  });

  it('shows an issue exactly as the parser reports it', () => {
    const result = parseInvoiceJson({ 'BT-2': '2026-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([JSON.parse(jsonBlockAfter('## Reading and writing'))]);
  });
});

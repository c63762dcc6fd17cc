import { expect, it } from 'vitest';
import { readUbl } from '../../../../shared/syntax/ubl/read';
import { growthOfReads } from '../../../support/counting';
import { EN16931, readFixture } from '../../xml/fixture-files';
import { parse } from './documents';

/** Official example 1 (20 lines) with its first line repeated `count` times. */
function longInvoice(count: number): string {
  const text = readFixture(EN16931, 'examples/ubl/ubl-tc434-example1.xml').toString('utf8');
  const line = text.slice(
    text.indexOf('<cac:InvoiceLine>'),
    text.indexOf('</cac:InvoiceLine>') + 18,
  );
  return text.replace(line, Array.from({ length: count }, () => line).join('\n'));
}

it('reads every line of a 1,000-line invoice', () => {
  const result = readUbl(parse(longInvoice(1000)));
  expect(result.invoice['BG-25']).toHaveLength(1019);
  expect(result.sources.get('/BG-25/999/BT-126')?.xpath).toBe(
    '/ubl:Invoice/cac:InvoiceLine[1000]/cbc:ID',
  );
});

/**
 * Linear time, counted rather than timed (speed is measured by `npm run bench`): twice the lines
 * cost twice the reads of the tree. A reading that scans the document per term, or counts the
 * sibling lines per XPath, would cost about four times as many.
 */
it('reads a long invoice in linear time', () => {
  const growth = growthOfReads(
    (lines) => parse(longInvoice(lines)),
    (document) => {
      const result = readUbl(document);
      // Where findings point: the XPath of a late line counts its siblings once.
      result.sources.get('/BG-25/200/BT-126')?.xpath;
    },
    250,
  );
  expect(growth).toBeGreaterThan(1.5);
  expect(growth).toBeLessThan(2.2);
});

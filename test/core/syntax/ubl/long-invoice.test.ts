import { expect, it } from 'vitest';
import { readUbl } from '../../../../shared/syntax/ubl/read';
import { EN16931, readFixture } from '../../xml/fixture-files';
import { parse } from './documents';

/**
 * A 1,000-line invoice: official example 1 (20 lines) with its first line repeated 1,000 times. The bound is loose (a
 * slow CI machine, a cold JIT) but a reading that scans the document per term, or counts siblings
 * per XPath, takes far longer; the median measured on the development machine is about 35 ms.
 */
it('reads a 1,000-line invoice in linear time', () => {
  const text = readFixture(EN16931, 'examples/ubl/ubl-tc434-example1.xml').toString('utf8');
  const line = text.slice(
    text.indexOf('<cac:InvoiceLine>'),
    text.indexOf('</cac:InvoiceLine>') + 18,
  );
  const document = parse(text.replace(line, Array.from({ length: 1000 }, () => line).join('\n')));
  readUbl(document);
  const times: number[] = [];
  let lines = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    lines = readUbl(document).invoice['BG-25']?.length ?? 0;
    times.push(performance.now() - start);
  }
  expect(lines).toBe(1019);
  expect(times.sort((a, b) => a - b)[2]).toBeLessThan(250);
});

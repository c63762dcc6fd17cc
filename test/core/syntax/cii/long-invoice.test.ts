import { expect, it } from 'vitest';
import { readCii } from '../../../../shared/syntax/cii/read';
import { parseXml } from '../../../../shared/xml';
import { EN16931, readFixture } from '../../xml/fixture-files';

/**
 * A 1,000-line invoice: official CII example 1 with its first line repeated 1,000 times. The bound
 * is loose (a slow or busy CI machine, a cold JIT), but a reading that scans the document per term
 * or counts the 1,000 sibling lines per XPath takes far longer.
 */
it('reads a 1,000-line invoice in linear time', () => {
  const text = readFixture(EN16931, 'examples/cii/CII_example1.xml').toString('utf8');
  const close = '</ram:IncludedSupplyChainTradeLineItem>';
  const line = text.slice(
    text.indexOf('<ram:IncludedSupplyChainTradeLineItem>'),
    text.indexOf(close) + close.length,
  );
  const parsed = parseXml(text.replace(line, Array.from({ length: 1000 }, () => line).join('\n')));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const lineCount = (text.match(/<ram:IncludedSupplyChainTradeLineItem>/g) ?? []).length;
  readCii(parsed.document);
  const times: number[] = [];
  let result = readCii(parsed.document);
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    result = readCii(parsed.document);
    times.push(performance.now() - start);
  }
  expect(result.invoice['BG-25']).toHaveLength(lineCount + 999);
  expect(result.sources.get('/BG-25/1000/BT-126')?.xpath).toMatch(
    /ram:IncludedSupplyChainTradeLineItem\[1001\]\/ram:AssociatedDocumentLineDocument\/ram:LineID$/,
  );
  expect(times.sort((a, b) => a - b)[2]).toBeLessThan(250);
});

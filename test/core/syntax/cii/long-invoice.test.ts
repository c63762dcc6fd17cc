import { expect, it } from 'vitest';
import { readCii } from '../../../../shared/syntax/cii/read';
import { parseXml, type XmlDocument } from '../../../../shared/xml';
import { growthOfReads } from '../../../support/counting';
import { EN16931, readFixture } from '../../xml/fixture-files';

const TEXT = readFixture(EN16931, 'examples/cii/CII_example1.xml').toString('utf8');
const CLOSE = '</ram:IncludedSupplyChainTradeLineItem>';
const LINE = TEXT.slice(
  TEXT.indexOf('<ram:IncludedSupplyChainTradeLineItem>'),
  TEXT.indexOf(CLOSE) + CLOSE.length,
);
const LINES_IN_EXAMPLE = (TEXT.match(/<ram:IncludedSupplyChainTradeLineItem>/g) ?? []).length;

/** Official CII example 1 with its first line repeated `count` times. */
function longInvoice(count: number): XmlDocument {
  const parsed = parseXml(TEXT.replace(LINE, Array.from({ length: count }, () => LINE).join('\n')));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document;
}

it('reads every line of a 1,000-line invoice', () => {
  const result = readCii(longInvoice(1000));
  expect(result.invoice['BG-25']).toHaveLength(LINES_IN_EXAMPLE + 999);
  expect(result.sources.get('/BG-25/1000/BT-126')?.xpath).toMatch(
    /ram:IncludedSupplyChainTradeLineItem\[1001\]\/ram:AssociatedDocumentLineDocument\/ram:LineID$/,
  );
});

/**
 * Linear time, counted rather than timed (speed is measured by `npm run bench`): twice the lines
 * cost twice the reads of the tree. A reading that scans the document per term, or counts the
 * sibling line items per XPath, would cost about four times as many.
 */
it('reads a long invoice in linear time', () => {
  const growth = growthOfReads(
    longInvoice,
    (document) => {
      const result = readCii(document);
      result.sources.get('/BG-25/200/BT-126')?.xpath;
    },
    250,
  );
  expect(growth).toBeGreaterThan(1.5);
  expect(growth).toBeLessThan(2.2);
});

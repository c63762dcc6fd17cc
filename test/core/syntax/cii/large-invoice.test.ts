/**
 * The generated CII invoice that `npm run bench` validates is a valid one: a speed figure on a
 * document full of findings would measure the reporting, not the validation.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../shared/rules/engine';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';
import { createXsdValidator } from '../../../../shared/xsd';
import { largeCiiInvoice, largeUblInvoice } from '../../../support/large-invoice';

const xsd = createXsdValidator(() => import('libxml2-wasm'));

describe('largeCiiInvoice', () => {
  it.each([1, 3, 200])(
    'with %i lines passes the schema, EN 16931 and the profile',
    async (lines) => {
      const report = await validateXml(largeCiiInvoice(lines), {
        rules: ['en16931', 'profile'],
        xsd,
      });
      expect(report.layers.find((layer) => layer.layer === 'xsd')?.status).toBe('ran');
      expect(report.findings).toEqual([]);
    },
  );

  it('holds the same invoice as largeUblInvoice, plus its delivery date', () => {
    const modelOf = (xml: string) => {
      const parsed = parseXml(xml);
      if (!parsed.ok) throw new Error(parsed.error.message.en);
      const read = readInvoice(parsed.document);
      if ('error' in read) throw new Error(read.error.en);
      return read.invoice;
    };
    const { 'BG-13': delivery, ...cii } = modelOf(largeCiiInvoice(3));
    expect(delivery).toEqual({ 'BT-72': '2026-03-01' });
    expect(cii).toEqual(modelOf(largeUblInvoice(3)));
  });
});

/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { xsdValidator } from '../../edge/xsd/validator';
import ciiExample from '../fixtures/en16931/examples/cii/CII_example1.xml?raw';
import ublCreditNote from '../fixtures/en16931/examples/ubl/ubl-tc434-creditnote1.xml?raw';
import ublInvoice from '../fixtures/en16931/examples/ubl/ubl-tc434-example1.xml?raw';
import facturxMinimum from '../fixtures/facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml?raw';

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in the document`);
  return text.slice(0, index).split('\n').length;
}

// workerd refuses to compile wasm from bytes: these pass only with the wasm imported as modules.
describe('XSD validation inside workerd', () => {
  it('loads libxml2 and compiles every schema set', async () => {
    for (const set of [
      'ubl-invoice',
      'ubl-creditnote',
      'cii-d16b',
      'facturx-minimum',
      'facturx-extended',
    ] as const) {
      expect(await xsdValidator.prepare(set), set).toEqual({ ok: true });
    }
  });

  it('accepts the official examples', async () => {
    expect(await xsdValidator.validate(ublInvoice, 'ubl-invoice')).toMatchObject({
      status: 'ran',
      findings: [],
    });
    expect(await xsdValidator.validate(ublCreditNote, 'ubl-creditnote')).toMatchObject({
      status: 'ran',
      findings: [],
    });
    expect(await xsdValidator.validate(ciiExample, 'cii-d16b')).toMatchObject({
      status: 'ran',
      findings: [],
    });
    expect(await xsdValidator.validate(facturxMinimum, 'facturx-minimum')).toMatchObject({
      status: 'ran',
      findings: [],
    });
  });

  it('reports a bad decimal with its line and plain words', async () => {
    const xml = ublInvoice.replace('>250.33</cbc:PayableAmount>', '>250,33</cbc:PayableAmount>');
    const result = await xsdValidator.validate(xml, 'ubl-invoice');
    expect(result).toMatchObject({
      status: 'ran',
      findings: [
        { rule: 'XSD-VALUE-TYPE', severity: 'fatal', location: { line: lineOf(xml, '250,33') } },
      ],
    });
  });

  it('refuses an EXTENDED-only element in a MINIMUM invoice', async () => {
    const xml = facturxMinimum.replace(
      /<ram:ID>F20260023<\/ram:ID>(?=\s*<ram:TypeCode>)/,
      '$&\n<ram:Name>FACTURE</ram:Name>',
    );
    const result = await xsdValidator.validate(xml, 'facturx-minimum');
    expect(result).toMatchObject({
      status: 'ran',
      findings: [{ rule: 'XSD-ELEMENT-UNEXPECTED', location: { line: lineOf(xml, '<ram:Name>') } }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readInvoice } from '../../../../shared/syntax/read';
import { parse, parseFixture, ubl } from './documents';

describe('readInvoice', () => {
  it('reads a UBL invoice and a UBL credit note with the UBL reader', () => {
    const invoice = readInvoice(parseFixture('examples/ubl/ubl-tc434-example2.xml'));
    expect('error' in invoice ? invoice.error : invoice.invoice['BT-3']).toBe('380');
    const creditNote = readInvoice(parseFixture('examples/ubl/ubl-tc434-creditnote1.xml'));
    expect('error' in creditNote ? creditNote.error : creditNote.invoice['BT-1']).toBe(
      '018304 / 28865',
    );
  });

  it('reads a CII invoice with the CII reader', () => {
    const read = readInvoice(parseFixture('examples/cii/CII_example1.xml'));
    expect('error' in read ? read.error : read.invoice['BG-25']?.length).toBeGreaterThan(0);
  });

  it('refuses other documents and says what they are', () => {
    const read = readInvoice(
      parse('<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>'),
    );
    expect(read).toMatchObject({ detected: { kind: 'ubl-other', ublDocumentType: 'Order' } });
    expect('error' in read && read.error.fr).toContain('une commande');
  });

  it('passes the reader findings through', () => {
    const read = readInvoice(ubl('<cbc:IssueDate>2024-13-01</cbc:IssueDate>'));
    expect('error' in read ? [] : read.findings.map((f) => f.rule)).toEqual(['VALUE-FORMAT']);
  });
});

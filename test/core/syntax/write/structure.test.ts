import { describe, expect, it } from 'vitest';
import { CII_STRUCTURE, ciiStructure } from '../../../../shared/syntax/cii/write-structure';
import { UBL_STRUCTURE, ublStructure } from '../../../../shared/syntax/ubl/write-structure';
import { ciiStructureTable, ublStructureTable } from './structure-tables';

describe('the writers’ structure tables', () => {
  it('UBL: say what the UBL 2.1 XSDs say (regenerate with generate-structure.ts if not)', () => {
    expect(UBL_STRUCTURE).toEqual(ublStructureTable());
  });

  it('CII: say what the CII D16B and Factur-X XSDs say (regenerate with generate-structure.ts if not)', () => {
    expect(CII_STRUCTURE).toEqual(ciiStructureTable());
  });

  it('keep the XSD order and cardinality', () => {
    const ubl = ublStructure();
    // cac:Party: EndpointID, PartyIdentification (0..n), …, PartyLegalEntity, Contact.
    const endpoint = ubl.child('cac:Party', 'cbc:EndpointID');
    const identification = ubl.child('cac:Party', 'cac:PartyIdentification');
    expect(endpoint?.repeatable).toBe(false);
    expect(identification?.repeatable).toBe(true);
    expect((endpoint?.order ?? 99) < (identification?.order ?? -1)).toBe(true);
    // The CreditNote puts cbc:TaxPointDate before its type code, the Invoice after.
    const order = (root: string, child: string) => ubl.child(root, child)?.order ?? -1;
    expect(order('ubl:Invoice', 'cbc:TaxPointDate')).toBeGreaterThan(
      order('ubl:Invoice', 'cbc:InvoiceTypeCode'),
    );
    expect(order('cn:CreditNote', 'cbc:TaxPointDate')).toBeLessThan(
      order('cn:CreditNote', 'cbc:CreditNoteTypeCode'),
    );
  });

  it('let each Factur-X profile hold only its own elements', () => {
    const transaction = 'rsm:SupplyChainTradeTransaction';
    const line = 'ram:IncludedSupplyChainTradeLineItem';
    expect(ciiStructure('facturx-minimum').child(transaction, line)).toBeUndefined();
    expect(ciiStructure('facturx-basicwl').child(transaction, line)).toBeUndefined();
    expect(ciiStructure('facturx-basic').child(transaction, line)?.repeatable).toBe(true);
    // D16B has one preceding invoice reference; Factur-X lets it repeat.
    const settlement = 'ram:ApplicableHeaderTradeSettlement';
    expect(
      ciiStructure('cii-d16b').child(settlement, 'ram:InvoiceReferencedDocument')?.repeatable,
    ).toBe(false);
    expect(
      ciiStructure('facturx-en16931').child(settlement, 'ram:InvoiceReferencedDocument')
        ?.repeatable,
    ).toBe(true);
    // Class codes carry their list only from EN16931 on.
    const product = 'ram:DesignatedProductClassification';
    expect(ciiStructure('facturx-basic').attribute(product, 'ram:ClassCode', 'listID')).toBe(false);
    expect(ciiStructure('facturx-en16931').attribute(product, 'ram:ClassCode', 'listID')).toBe(
      true,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { FORM_TERMS, portalFormToModel } from '../../../shared/chorus/portal-model';
import { isTermId } from '../../../shared/model';
import { line, NBSP, off, recap, sampleForm, simpleForm, v, withFields } from './form-values';

describe('portal form values → EN 16931 model', () => {
  it('reads the header: French dates, codes behind the lists, the SIRETs, the IBAN in a label', () => {
    const { invoice, cadre } = portalFormToModel(sampleForm());
    expect(invoice['BT-1']).toBe('F20260023');
    expect(invoice['BT-2']).toBe('2026-01-31');
    expect(invoice['BT-3']).toBe('380');
    expect(invoice['BT-5']).toBe('EUR');
    // « TVA sur les encaissements » → VAT on receipts.
    expect(invoice['BT-8']).toBe('432');
    expect(invoice['BT-10']).toBe('DIRFIN');
    expect(invoice['BT-12']).toBe('CT2018120802');
    expect(invoice['BT-13']).toBe('PO201925478');
    expect(invoice['BG-1']).toEqual([{ 'BT-22': 'Livraison du 28/01/2026.' }]);
    expect(invoice['BG-4']).toEqual({
      'BT-27': 'ACME CONSEIL',
      'BT-29': [{ id: '81234567600017', scheme: '0009' }],
    });
    expect(invoice['BG-7']).toEqual({
      'BT-44': 'COMMUNE DE VAL-FLEURI',
      'BT-47': { id: '21990001600011', scheme: '0009' },
    });
    expect(invoice['BG-16']).toEqual({
      'BT-81': '30',
      'BG-17': [{ 'BT-84': 'FR7630004000010001234567830' }],
    });
    expect(invoice['BG-24']).toEqual([{ 'BT-125': { filename: 'F20260023.pdf' } }]);
    expect(cadre).toEqual({ code: 'A1_FACTURE_FOURNISSEUR' });
  });

  it('reads amounts written with a non-breaking space between thousands, and the lines', () => {
    const { invoice } = portalFormToModel(simpleForm());
    expect(invoice['BG-25']).toEqual([
      {
        'BT-126': '1',
        'BT-129': '10',
        'BT-130': 'C62',
        'BT-131': '1250.00',
        'BG-29': { 'BT-146': '125.00' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '20' },
        'BG-31': { 'BT-153': 'Audit' },
      },
    ]);
    expect(invoice['BG-23']).toEqual([
      { 'BT-116': '1250.00', 'BT-117': '250.00', 'BT-118': 'S', 'BT-119': '20' },
    ]);
    expect(invoice['BG-22']).toEqual({
      'BT-106': '1250.00',
      'BT-109': '1250.00',
      'BT-110': '250.00',
      'BT-112': '1500.00',
      'BT-115': '1500.00',
    });
    expect(invoice['BG-20']).toBeUndefined();
    expect(invoice['BG-21']).toBeUndefined();
  });

  it('turns a line discount into a line allowance, a manual rate into BT-152, and 0 % into Z', () => {
    const form = sampleForm();
    const manual = {
      ...line(4, {
        designation: 'Taux réduit',
        quantity: '2',
        price: '3,5',
        rate: ['AUTRE', 'Autre taux (saisie manuelle)'],
        net: '7,00',
      }),
      manualVatRate: v('8,5'),
    };
    const { invoice, fields } = portalFormToModel({ ...form, lines: [...form.lines, manual] });
    const lines = invoice['BG-25'] ?? [];
    expect(lines[1]?.['BG-27']).toEqual([{ 'BT-136': '2.00' }]);
    expect(lines[0]?.['BG-30']).toEqual({ 'BT-151': 'Z', 'BT-152': '0' });
    expect(lines[3]?.['BG-30']).toEqual({ 'BT-151': 'S', 'BT-152': '8.5' });
    expect(lines[3]?.['BG-29']).toEqual({ 'BT-146': '3.5' });
    expect(fields['/BG-25/3/BG-30/BT-152']).toEqual({ key: 'lines.manualVatRate', row: 3 });
    expect(fields['/BG-25/1/BG-27/0/BT-136']).toEqual({ key: 'lines.discount', row: 1 });
  });

  it('reads the regime into the categories: exempt (E, with the reason) or outside VAT (O, no rate)', () => {
    const exempt = portalFormToModel(
      withFields(simpleForm(), {
        vatRegime: v('EXONERATION', 'Exonération de TVA'),
        exemptionReason: v('Article 261 du CGI'),
      }),
    ).invoice;
    expect(exempt['BG-25']?.[0]?.['BG-30']).toEqual({ 'BT-151': 'E', 'BT-152': '20' });
    expect(exempt['BG-23']?.[0]).toMatchObject({ 'BT-118': 'E', 'BT-120': 'Article 261 du CGI' });
    expect(exempt['BT-8']).toBeUndefined();

    const form = withFields(simpleForm(), { vatRegime: v('SANS_TVA', 'Sans TVA') });
    const outside = portalFormToModel({
      ...form,
      lines: [{ ...(form.lines[0] ?? {}), vatRate: v('TVA0', '0 %') }],
      vatRecap: [recap('0 %', `1${NBSP}250,00`, '0,00')],
    }).invoice;
    expect(outside['BG-25']?.[0]?.['BG-30']).toEqual({ 'BT-151': 'O' });
    expect(outside['BG-23']?.[0]).toEqual({ 'BT-116': '1250.00', 'BT-117': '0.00', 'BT-118': 'O' });
  });

  it('maps every place the form decides back to its field, rows by their page index', () => {
    const form = sampleForm();
    // An untouched row between two lines: not in the model, the rows after it keep their page index.
    const blank = line(9, {
      designation: '',
      quantity: '',
      price: '',
      rate: ['TVA20', '20 %'],
      net: '',
    });
    const { invoice, fields, emptyRows } = portalFormToModel({
      ...form,
      lines: [form.lines[0] ?? {}, blank, ...form.lines.slice(1)],
    });
    expect(emptyRows).toEqual([1]);
    expect(invoice['BG-25']).toHaveLength(3);
    expect(fields['/BG-25/1/BT-129']).toEqual({ key: 'lines.quantity', row: 2 });
    expect(fields['/BG-25/2/BG-31/BT-153']).toEqual({ key: 'lines.designation', row: 3 });
    expect(fields['/BG-23/0/BT-117']).toEqual({ key: 'vatRecap.vatAmount', row: 0 });
    expect(fields['/BT-13']).toEqual({ key: 'engagement' });
    expect(fields['/BG-7/BT-47']).toEqual({ key: 'recipientSiret' });
    expect(fields['/BG-22/BT-109']).toEqual({ key: 'totalWithoutVat' });
    expect(fields['/BG-16/BT-81']).toEqual({ key: 'paymentMode' });
  });

  it('reads a recap base apart from its lines as a document allowance or charge, and says so', () => {
    const { invoice, notes, fields } = portalFormToModel(sampleForm());
    // 20 %: 11.00 against 7.00 of lines → a charge of 4.00; 10 %: 27.00 against 28.00 → an
    // allowance of 1.00; 0 % (Z): 62.00 against 60.00 → a charge of 2.00.
    expect(invoice['BG-20']).toEqual([{ 'BT-92': '1.00', 'BT-95': 'S', 'BT-96': '10' }]);
    expect(invoice['BG-21']).toEqual([
      { 'BT-99': '4.00', 'BT-102': 'S', 'BT-103': '20' },
      { 'BT-99': '2.00', 'BT-102': 'Z', 'BT-103': '0' },
    ]);
    expect(invoice['BG-22']).toMatchObject({
      'BT-106': '95.00',
      'BT-107': '1.00',
      'BT-108': '6.00',
    });
    expect(fields['/BG-21/1/BT-99']).toEqual({ key: 'vatRecap.base', row: 2 });
    expect(notes.map((note) => [note.rule, note.severity, note.field.row])).toEqual([
      ['SAISIE-RECAP', 'warning', 0],
      ['SAISIE-RECAP', 'warning', 1],
      ['SAISIE-RECAP', 'warning', 2],
    ]);
    expect(notes[0]?.message.fr).toBe(
      `La base HT au taux 20 % (11,00) diffère de 4,00 de la somme des lignes à ce taux (7,00) : l'écart est lu comme une charge au niveau de la facture. S'il n'est pas voulu, corrigez la base ou les lignes.`,
    );
  });

  it('reports values it cannot read, and keeps them out of the model', () => {
    const form = withFields(simpleForm(), {
      invoiceDate: v('31/02/2026'),
      totalVat: v('250,0,0'),
    });
    const { invoice, notes } = portalFormToModel(form);
    expect(invoice['BT-2']).toBeUndefined();
    expect(invoice['BG-22']?.['BT-110']).toBeUndefined();
    expect(notes.map((note) => [note.rule, note.field.key])).toEqual([
      ['SAISIE-VALEUR', 'totalVat'],
      ['SAISIE-VALEUR', 'invoiceDate'],
    ]);
    expect(notes[1]?.message.fr).toContain("« 31/02/2026 » n'est pas une date valide");
  });

  it('leaves out what cannot be known: an account label without an IBAN, the paid amount of frame A2', () => {
    const model = portalFormToModel(
      withFields(sampleForm(), {
        bankAccount: v('7', 'Compte principal'),
        cadre: v('A2_FACTURE_FOURNISSEUR_DEJA_PAYEE', 'Déjà payée'),
        globalDiscount: v('5,00'),
      }),
    );
    expect(model.invoice['BG-16']).toEqual({ 'BT-81': '30' });
    expect(model.undetermined).toEqual(['BT-84', 'BT-113']);
    expect(model.globalDiscount).toBe(true);
    expect(portalFormToModel(sampleForm()).globalDiscount).toBe(false);
  });

  it('gives the validator of frames A9/A12 to the chorus layer, and nothing of a disabled field', () => {
    const a9 = portalFormToModel(
      withFields(sampleForm(), {
        cadre: v('A9_FACTURE_SOUSTRAITANT', 'Sous-traitant'),
        validatorSiret: v('219 900 016 00011'),
        validatorService: v('DIRFIN'),
      }),
    );
    expect(a9.cadre).toEqual({
      code: 'A9_FACTURE_SOUSTRAITANT',
      validatorSiret: '21990001600011',
      validatorServiceCode: 'DIRFIN',
    });
    const credit = portalFormToModel(
      withFields(sampleForm(), { invoiceType: v('AVOIR', 'Avoir'), originalInvoice: v('F2025-9') }),
    ).invoice;
    expect(credit['BT-3']).toBe('381');
    expect(credit['BG-3']).toEqual([{ 'BT-25': 'F2025-9' }]);
    // The original invoice of an invoice (field hidden and disabled): not read.
    expect(portalFormToModel(sampleForm()).invoice['BG-3']).toBeUndefined();
  });

  it('lists only business terms of the model as the terms the form decides', () => {
    expect([...FORM_TERMS].filter((term) => !isTermId(term) && !/^BG-\d+$/.test(term))).toEqual([]);
    for (const decided of ['BT-13', 'BT-107', 'BT-131', 'BT-151'])
      expect(FORM_TERMS.has(decided)).toBe(true);
    for (const portals of ['BT-24', 'BT-31', 'BG-5', 'BT-9', 'BT-97', 'BT-139'])
      expect(FORM_TERMS.has(portals)).toBe(false);
  });

  it('leaves absent what the form holds empty, and never an empty string', () => {
    const { invoice } = portalFormToModel({
      fields: { invoiceNumber: v('  '), engagement: v(''), recipientSiret: off },
      lines: [],
      vatRecap: [],
    });
    expect(invoice).toEqual({ 'BG-22': { 'BT-106': '0.00' } });
  });
});

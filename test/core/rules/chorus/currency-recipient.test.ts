import { describe, expect, it } from 'vitest';
import { findRecipientSiret } from '../../../../shared/chorus/recipient-siret';
import { sampleInvoice } from '../../model/sample-invoice';
import {
  CHORUS_SAMPLE,
  findingsOf,
  fixture,
  invoiceWith,
  replaceOnce,
  xmlFindings,
} from './helpers';

describe('CHORUS-04 one currency', () => {
  it('passes the Chorus sample, where the VAT total carries EUR too', async () => {
    const found = await xmlFindings(fixture(CHORUS_SAMPLE));
    expect(found.filter((f) => f.rule === 'CHORUS-04')).toEqual([]);
  });

  it('refuses an amount in another currency, pointing at it', async () => {
    const xml = replaceOnce(
      fixture(CHORUS_SAMPLE),
      '<ram:GrandTotalAmount>1368.84</ram:GrandTotalAmount>',
      '<ram:GrandTotalAmount currencyID="USD">1368.84</ram:GrandTotalAmount>',
    );
    const found = (await xmlFindings(xml)).filter((f) => f.rule === 'CHORUS-04');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('fatal');
    expect(found[0]?.message.fr).toContain('(EUR, USD)');
    expect(found[0]?.message.fr).toContain('« Devise » du bloc Références');
    expect(found[0]?.location?.line).toBe(165);
  });

  it('accepts the VAT total in the VAT accounting currency (BT-6), not another amount', async () => {
    const withTaxCurrency = replaceOnce(
      replaceOnce(
        fixture(CHORUS_SAMPLE),
        '<ram:TaxTotalAmount currencyID="EUR">123.54</ram:TaxTotalAmount>',
        '<ram:TaxTotalAmount currencyID="EUR">123.54</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="XPF">14742.00</ram:TaxTotalAmount>',
      ),
      '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
      '<ram:TaxCurrencyCode>XPF</ram:TaxCurrencyCode><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
    );
    const found = await xmlFindings(withTaxCurrency);
    expect(found.filter((f) => f.rule === 'CHORUS-04')).toEqual([]);
    const wrongPlace = replaceOnce(
      withTaxCurrency,
      '<ram:GrandTotalAmount>1368.84</ram:GrandTotalAmount>',
      '<ram:GrandTotalAmount currencyID="XPF">1368.84</ram:GrandTotalAmount>',
    );
    expect((await xmlFindings(wrongPlace)).filter((f) => f.rule === 'CHORUS-04')).toHaveLength(1);
  });

  it('refuses a model without currency or with a code outside ISO 4217', () => {
    expect(
      findingsOf(
        'CHORUS-04',
        invoiceWith((i) => delete i['BT-5']),
      )[0]?.message.fr,
    ).toContain('absente');
    expect(
      findingsOf(
        'CHORUS-04',
        invoiceWith((i) => (i['BT-5'] = 'EUX')),
      )[0]?.message.fr,
    ).toContain('« EUX »');
    expect(findingsOf('CHORUS-04', sampleInvoice())).toEqual([]);
  });
});

function buyerIds(
  legal?: { id: string; scheme?: string },
  identifier?: { id: string; scheme?: string },
) {
  return invoiceWith((i) => {
    const buyer = i['BG-7'] ?? {};
    delete buyer['BT-46'];
    delete buyer['BT-47'];
    if (legal) buyer['BT-47'] = legal;
    if (identifier) buyer['BT-46'] = identifier;
    i['BG-7'] = buyer;
  });
}

describe('CHORUS-05 recipient SIRET', () => {
  it('accepts a valid SIRET under 0009, written with spaces', () => {
    expect(findingsOf('CHORUS-05', buyerIds({ id: '212 600 126 00016', scheme: '0009' }))).toEqual(
      [],
    );
  });

  it('accepts a SIRET under 0002 with a warning (legacy Chorus convention)', async () => {
    const [finding] = findingsOf('CHORUS-05', buyerIds({ id: '21260012600016', scheme: '0002' }));
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.fr).toContain('0009');
    const xml = (await xmlFindings(fixture(CHORUS_SAMPLE))).filter((f) => f.rule === 'CHORUS-05');
    expect(xml.map((f) => f.severity)).toEqual(['warning']);
  });

  it('accepts Chorus scheme 1 and a BT-46 under 0009', () => {
    expect(findingsOf('CHORUS-05', buyerIds({ id: '21260012600016', scheme: '1' }))).toEqual([]);
    expect(
      findingsOf('CHORUS-05', buyerIds(undefined, { id: '21260012600016', scheme: '0009' })),
    ).toEqual([]);
  });

  it('says precisely what is wrong: key, length, letters', () => {
    const key = findingsOf('CHORUS-05', buyerIds({ id: '21260012600017', scheme: '0009' }))[0];
    expect(key?.severity).toBe('fatal');
    expect(key?.message.fr).toContain('la clé');
    expect(key?.message.fr).toContain(
      '« Identifiant (SIRET) du destinataire » du bloc Destinataire',
    );
    const length = findingsOf('CHORUS-05', buyerIds({ id: '2126001260001', scheme: '0009' }))[0];
    expect(length?.message.fr).toContain('celui-ci en a 13');
    const letters = findingsOf('CHORUS-05', buyerIds({ id: '2126001260001A', scheme: '0009' }))[0];
    expect(letters?.message.fr).toContain('« A »');
  });

  it('asks for the SIRET when only a SIREN is given (FNFE 2026 samples)', async () => {
    const [siren] = findingsOf('CHORUS-05', buyerIds({ id: '212600126', scheme: '0002' }));
    expect(siren?.severity).toBe('fatal');
    expect(siren?.message.fr).toContain('SIREN');
    const xml = await xmlFindings(
      fixture('facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml'),
    );
    const found = xml.filter((f) => f.rule === 'CHORUS-05');
    expect(found.map((f) => f.severity)).toEqual(['fatal']);
    expect(found[0]?.message.fr).toContain('« 987654321 »');
  });

  it('refuses another scheme and a missing identifier', () => {
    const [other] = findingsOf('CHORUS-05', buyerIds({ id: 'FR12345', scheme: '0088' }));
    expect(other?.message.fr).toContain('schéma 0088');
    const [missing] = findingsOf('CHORUS-05', buyerIds());
    expect(missing?.severity).toBe('fatal');
    expect(missing?.message.fr).toContain('absent');
  });

  it('prefers BT-47 under 0009 over the other places', () => {
    const found = findRecipientSiret(
      buyerIds({ id: '21260012600016', scheme: '0009' }, { id: '81245637400022', scheme: '0009' }),
    );
    expect(found.kind === 'siret' && found.source.term).toBe('BT-47');
  });
});

import { describe, expect, it } from 'vitest';
import { type FacturxProfile, schemaSetFor } from '../../../shared/xsd';
import { findingsOf, lineOf, nodeValidator, readFixture } from './helpers';

const validator = nodeValidator();

const SAMPLES: readonly (readonly [FacturxProfile, string])[] = [
  ['minimum', 'Facture_F20260023_MINIMUM.xml'],
  ['basicwl', 'Facture_F20260023_BASICWL.xml'],
  ['basic', 'Facture_F20260023_BASIC.xml'],
  ['en16931', 'Facture_F20260023_EN16931.xml'],
  ['extended', 'Facture_F20260023_EXTENDED.xml'],
];

describe('Factur-X profile schemas', () => {
  it.each(SAMPLES)(
    'the %s schema accepts the FNFE-MPE sample of that profile',
    async (profile, file) => {
      const xml = readFixture(`xsd/facturx/${file}`);
      const result = await validator.validate(xml, schemaSetFor('cii', profile));
      expect(result).toMatchObject({ status: 'ran', set: `facturx-${profile}`, findings: [] });
    },
  );

  /** ram:ExchangedDocument/ram:Name (a document title) exists only in EXTENDED. */
  function withDocumentName(xml: string): string {
    const exchangedDocumentId = /<ram:ID>F20260023<\/ram:ID>(?=\s*<ram:TypeCode>)/g;
    expect(xml.match(exchangedDocumentId)).toHaveLength(1);
    return xml.replace(exchangedDocumentId, '$&\n<ram:Name>FACTURE</ram:Name>');
  }

  it('MINIMUM refuses an EXTENDED-only element, saying where and what was expected', async () => {
    const xml = withDocumentName(readFixture('xsd/facturx/Facture_F20260023_MINIMUM.xml'));
    const findings = findingsOf(await validator.validate(xml, 'facturx-minimum'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'XSD-ELEMENT-UNEXPECTED',
      severity: 'fatal',
      layer: 'xsd',
      location: {
        line: lineOf(xml, '<ram:Name>FACTURE'),
        xpath: '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:Name',
      },
    });
    expect(findings[0]?.message.fr).toBe(
      "L'élément ram:Name n'est pas attendu à cet endroit ; attendu ici : ram:TypeCode.",
    );
  });

  it.each(SAMPLES.filter(([profile]) => profile !== 'extended'))(
    'the same element is refused by %s and accepted by EXTENDED',
    async (profile, file) => {
      const xml = withDocumentName(readFixture(`xsd/facturx/${file}`));
      const own = findingsOf(await validator.validate(xml, schemaSetFor('cii', profile)));
      expect(own.map((finding) => finding.location?.line)).toEqual([lineOf(xml, '<ram:Name>')]);
      if (profile === 'en16931') {
        expect(await validator.validate(xml, 'facturx-extended')).toMatchObject({
          status: 'ran',
          findings: [],
        });
      }
    },
  );

  it('MINIMUM refuses a whole EXTENDED invoice', async () => {
    const extended = readFixture('xsd/facturx/Facture_F20260023_EXTENDED.xml');
    expect(
      findingsOf(await validator.validate(extended, 'facturx-minimum')).length,
    ).toBeGreaterThan(0);
  });
});

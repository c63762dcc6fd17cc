import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FacturxProfile, schemaSetFor } from '../../../shared/xsd';
import { findingsOf, fixtures, lineOf, nodeValidator, readFixture } from './helpers';

const validator = nodeValidator();

/** Guideline ids (BT-24) of the Factur-X profiles, as the samples write them. */
const PROFILE_OF_GUIDELINE: Readonly<Record<string, FacturxProfile>> = {
  'urn:factur-x.eu:1p0:minimum': 'minimum',
  'urn:factur-x.eu:1p0:basicwl': 'basicwl',
  'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic': 'basic',
  'urn:cen.eu:en16931:2017': 'en16931',
  'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended': 'extended',
};

function profileOf(xml: string): FacturxProfile {
  const guideline =
    /<ram:GuidelineSpecifiedDocumentContextParameter>\s*<ram:ID>([^<]+)<\/ram:ID>/.exec(xml)?.[1];
  const profile = guideline === undefined ? undefined : PROFILE_OF_GUIDELINE[guideline];
  if (profile === undefined) throw new Error(`unknown guideline ${guideline}`);
  return profile;
}

const ALL_SAMPLES = readdirSync(resolve(fixtures, 'facturx'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(resolve(fixtures, 'facturx', folder.name))
      .filter((name) => name.endsWith('.xml'))
      .map((name) => `facturx/${folder.name}/${name}`),
  );

/** The same invoice (F20260023) in the four profiles below EXTENDED. */
const BELOW_EXTENDED: readonly (readonly [FacturxProfile, string])[] = [
  ['minimum', 'facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml'],
  ['basicwl', 'facturx/BasicWL/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_BASIC_WL.xml'],
  ['basic', 'facturx/Basic/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_BASIC.xml'],
  ['en16931', 'facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml'],
];
const MINIMUM_SAMPLE =
  'facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml';
const EXTENDED_SAMPLE =
  'facturx/Extended/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml';

describe('Factur-X profile schemas', () => {
  it.each(ALL_SAMPLES)('%s passes the schema of the profile it declares', async (path) => {
    const xml = readFixture(path);
    const profile = profileOf(xml);
    const result = await validator.validate(xml, schemaSetFor('cii', profile));
    expect(result).toMatchObject({ status: 'ran', set: `facturx-${profile}`, findings: [] });
  });

  it('covers every profile', () => {
    const profiles = new Set(ALL_SAMPLES.map((path) => profileOf(readFixture(path))));
    expect([...profiles].sort()).toEqual(['basic', 'basicwl', 'en16931', 'extended', 'minimum']);
  });

  /** ram:ExchangedDocument/ram:Name (a document title) exists only in EXTENDED. */
  function withDocumentName(xml: string): string {
    const exchangedDocumentId = /<ram:ID>F20260023<\/ram:ID>(?=\s*<ram:TypeCode>)/g;
    expect(xml.match(exchangedDocumentId)).toHaveLength(1);
    return xml.replace(exchangedDocumentId, '$&\n<ram:Name>FACTURE</ram:Name>');
  }

  it('MINIMUM refuses an EXTENDED-only element, saying where and what was expected', async () => {
    const xml = withDocumentName(readFixture(MINIMUM_SAMPLE));
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

  it.each(BELOW_EXTENDED)(
    'the same element is refused by %s and accepted by EXTENDED',
    async (profile, file) => {
      const xml = withDocumentName(readFixture(file));
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
    const extended = readFixture(EXTENDED_SAMPLE);
    expect(
      findingsOf(await validator.validate(extended, 'facturx-minimum')).length,
    ).toBeGreaterThan(0);
  });
});

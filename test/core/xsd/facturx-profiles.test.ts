import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../shared/syntax/profiles';
import { schemaSetForDocument, type XsdSchemaSet } from '../../../shared/xsd';
import { findingsOf, fixtures, lineOf, nodeValidator, readFixture } from './helpers';

const validator = nodeValidator();

/** The schema set of a sample, from the specification identifier (BT-24) it declares. */
function declaredSet(xml: string): XsdSchemaSet {
  const guideline =
    /<ram:GuidelineSpecifiedDocumentContextParameter>\s*<ram:ID>([^<]+)<\/ram:ID>/.exec(xml)?.[1];
  const set = schemaSetForDocument('cii-invoice', profileOf(guideline ?? '', 'cii').id);
  if (set === undefined || !set.startsWith('facturx-'))
    throw new Error(`no Factur-X profile: ${guideline}`);
  return set;
}

const ALL_SAMPLES = readdirSync(resolve(fixtures, 'facturx'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(resolve(fixtures, 'facturx', folder.name))
      .filter((name) => name.endsWith('.xml'))
      .map((name) => `facturx/${folder.name}/${name}`),
  );

/** The same invoice (F20260023) in the four profiles below EXTENDED. */
const BELOW_EXTENDED: readonly (readonly [XsdSchemaSet, string])[] = [
  [
    'facturx-minimum',
    'facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml',
  ],
  [
    'facturx-basicwl',
    'facturx/BasicWL/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_BASIC_WL.xml',
  ],
  ['facturx-basic', 'facturx/Basic/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_BASIC.xml'],
  [
    'facturx-en16931',
    'facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml',
  ],
];
const MINIMUM_SAMPLE =
  'facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml';
const EXTENDED_SAMPLE =
  'facturx/Extended/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml';

describe('Factur-X profile schemas', () => {
  it.each(ALL_SAMPLES)('%s passes the schema of the profile it declares', async (path) => {
    const xml = readFixture(path);
    const set = declaredSet(xml);
    expect(await validator.validate(xml, set)).toMatchObject({ status: 'ran', set, findings: [] });
  });

  it('covers every profile', () => {
    const sets = new Set(ALL_SAMPLES.map((path) => declaredSet(readFixture(path))));
    expect([...sets].sort()).toEqual([
      'facturx-basic',
      'facturx-basicwl',
      'facturx-en16931',
      'facturx-extended',
      'facturx-minimum',
    ]);
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
    async (set, file) => {
      const xml = withDocumentName(readFixture(file));
      const own = findingsOf(await validator.validate(xml, set));
      expect(own.map((finding) => finding.location?.line)).toEqual([lineOf(xml, '<ram:Name>')]);
      if (set === 'facturx-en16931') {
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

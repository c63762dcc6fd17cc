/**
 * The BR-FR verdicts of the FNFE Factur-X samples, as docs/rules/br-fr.md §8 lists them (read
 * from the official V1.4.0 schematron and confirmed with its compiled XSLT): the same findings,
 * assert by assert, occurrence by occurrence.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateModel, validateXml } from '../../../../shared/rules/engine';
import { detectDocument } from '../../../../shared/syntax/detect';
import { parseXml } from '../../../../shared/xml';
import { modelOfXml } from '../../../support/model-of-xml';
import { edit, fixture, frAsserts } from './support';

function parseOrThrow(xml: string) {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('not XML');
  return parsed.document;
}

const NINE_LEGACY = [
  'BR-FR-05 BR-FR-05_BT-22_AAB',
  'BR-FR-05 BR-FR-05_BT-22_PMD',
  'BR-FR-05 BR-FR-05_BT-22_PMT',
  'BR-FR-08 BR-FR-08_BT-23',
  'BR-FR-10 BR-FR-10_BT-30',
  'BR-FR-12 BR-FR-12_BT-49',
  'BR-FR-13 BR-FR-13_BT-34',
  'BR-FR-32 BR-FR-32-LEGALID',
  'BR-FR-32 BR-FR-32-LEGALID',
];

/** Expected findings by sample name (profile suffix removed). */
function expectedFor(name: string): string[] {
  if (/^Facture_F202600(2[3-9])-/.test(name)) return [];
  if (/^Facture_F2026003[01]-/.test(name))
    return ['BR-FR-32 BR-FR-32-LEGALID', 'BR-FR-CO-10 BR-FR-CO-10_BT-29-2'];
  if (/^Avoir_FR_type380_/.test(name)) return [...NINE_LEGACY, 'BR-FR-DEC-03 BR-FR-DEC-03_BT-147'];
  if (/^(Facture_FR|Facture_DOM|Avoir_FR_type381)_/.test(name)) return NINE_LEGACY;
  // The foreign buyer has no 0002 identifier: one SIRET-under-0002 finding fewer.
  if (/^Facture_UE_/.test(name)) return NINE_LEGACY.slice(0, -1);
  if (/6013_facture_facturx_/.test(name))
    return [
      'BR-FR-05 BR-FR-05_BT-22_AAB',
      'BR-FR-08 BR-FR-08_BT-23',
      'BR-FR-10 BR-FR-10_BT-30',
      'BR-FR-12 BR-FR-12_BT-49',
      'BR-FR-32 BR-FR-32-LEGALID',
      'BR-FR-32 BR-FR-32-LEGALID',
    ];
  throw new Error(`No expectation for ${name}`);
}

function samples(profile: string): string[] {
  return readdirSync(`test/fixtures/facturx/${profile}`).filter((f) => f.endsWith('.xml'));
}

describe('BR-FR verdicts of the FNFE samples (br-fr.md §8)', () => {
  for (const profile of ['EN16931', 'Extended', 'Custom']) {
    it.each(samples(profile))(`${profile}/%s`, async (file) => {
      const findings = await frAsserts(fixture(`facturx/${profile}/${file}`));
      expect(findings).toEqual(expectedFor(file).sort());
    });
  }

  it('gives the BASIC and BASIC WL 2026 twins the verdicts of the EN16931 ones', async () => {
    for (const profile of ['Basic', 'BasicWL']) {
      for (const file of samples(profile).filter((f) => f.includes('F20260'))) {
        expect(await frAsserts(fixture(`facturx/${profile}/${file}`)), file).toEqual(
          expectedFor(file).sort(),
        );
      }
    }
  });

  it('does not apply to the MINIMUM 2026 twins, which would fail on terms MINIMUM cannot carry', async () => {
    for (const file of samples('Minimum').filter((f) => f.includes('F20260'))) {
      const xml = fixture(`facturx/Minimum/${file}`);
      const report = await validateXml(xml, { rules: ['fr'] });
      const layer = report.layers.find((l) => l.layer === 'fr');
      expect(layer, file).toMatchObject({ status: 'skipped', rules: 0 });
      expect(layer?.reason?.fr, file).toContain('MINIMUM');
      expect(layer?.reason?.en, file).toContain('not an e-invoice of the reform');
      expect(
        report.findings.filter((f) => f.layer === 'fr'),
        file,
      ).toEqual([]);
      // The same document declared BASIC WL is judged: only the profile keeps the rules away.
      const declaredBasicWl = edit(xml, [
        'urn:factur-x.eu:1p0:minimum',
        'urn:factur-x.eu:1p0:basicwl',
      ]);
      expect(await frAsserts(declaredBasicWl), file).toEqual([
        'BR-FR-05 BR-FR-05_BT-22_AAB',
        'BR-FR-05 BR-FR-05_BT-22_PMD',
        'BR-FR-05 BR-FR-05_BT-22_PMT',
        'BR-FR-12 BR-FR-12_BT-49',
        'BR-FR-13 BR-FR-13_BT-34',
      ]);
    }
  });

  it('says so for a MINIMUM model too (validateModel with the profile)', () => {
    const xml = fixture(
      'facturx/Minimum/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_MINIMUM.xml',
    );
    const profile = detectDocument(parseOrThrow(xml).root).profile;
    expect(profile?.id).toBe('minimum');
    const report = validateModel(modelOfXml(xml), {
      rules: ['fr'],
      ...(profile ? { profile } : {}),
    });
    expect(report.layers.find((l) => l.layer === 'fr')?.status).toBe('skipped');
    expect(report.findings).toEqual([]);
  });
});

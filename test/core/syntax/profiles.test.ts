import { describe, expect, it } from 'vitest';
import { type ProfileId, profileOf } from '../../../shared/syntax/profiles';

describe('profileOf', () => {
  it.each([
    // Factur-X 1.0 / ZUGFeRD 2.1+ (FNFE samples)
    ['urn:factur-x.eu:1p0:minimum', 'minimum', 'partial', 'other', false],
    ['urn:factur-x.eu:1p0:basicwl', 'basic-wl', 'partial', 'other', false],
    ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', 'basic', 'full', 'cius', false],
    ['urn:cen.eu:en16931:2017', 'en16931', 'full', 'core', false],
    [
      'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
      'extended',
      'full',
      'extension',
      false,
    ],
    [
      'urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr',
      'extended-ctc-fr',
      'full',
      'extension',
      false,
    ],
    // Peppol
    [
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      'peppol-bis-3',
      'full',
      'cius',
      false,
    ],
    // ZUGFeRD 2.0
    ['urn:zugferd.de:2p0:minimum', 'minimum', 'partial', 'other', true],
    ['urn:zugferd.de:2p0:basicwl', 'basic-wl', 'partial', 'other', true],
    ['urn:zugferd.de:2p0:basic', 'basic', 'full', 'cius', true],
    ['urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic', 'basic', 'full', 'cius', true],
    ['urn:zugferd.de:2p0:extended', 'extended', 'full', 'extension', true],
    [
      'urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended',
      'extended',
      'full',
      'extension',
      true,
    ],
    // ZUGFeRD 1.0
    ['urn:ferd:CrossIndustryDocument:invoice:1p0:basic', 'zugferd-1-basic', 'none', 'other', true],
    [
      'urn:ferd:CrossIndustryDocument:invoice:1p0:comfort',
      'zugferd-1-comfort',
      'none',
      'other',
      true,
    ],
    [
      'urn:ferd:CrossIndustryDocument:invoice:1p0:extended',
      'zugferd-1-extended',
      'none',
      'other',
      true,
    ],
    // Order-X
    ['urn:order-x.eu:1p0:basic', 'order-x-basic', 'none', 'other', false],
    ['urn:order-x.eu:1p0:extended', 'order-x-extended', 'none', 'other', false],
  ] as const)('%s → %s', (id, expected, coverage, relation, legacy) => {
    expect(profileOf(id)).toMatchObject({
      id: expected satisfies ProfileId,
      specificationId: id,
      exact: true,
      coverage,
      relation,
      legacy,
    });
  });

  it.each([
    [
      'urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_1.2',
      '1.2',
      'cius',
      true,
    ],
    [
      'urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3',
      '2.3',
      'cius',
      false,
    ],
    ['urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0', '3.0', 'cius', false],
    [
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0',
      '3.0',
      'extension',
      false,
    ],
  ] as const)('XRechnung %s', (id, version, relation, legacy) => {
    expect(profileOf(id)).toMatchObject({
      id: 'xrechnung',
      version,
      relation,
      legacy,
      exact: true,
      coverage: 'full',
    });
  });

  it('recognises a known identifier written in another case, and says it is not exact', () => {
    const profile = profileOf('urn:cen.eu:EN16931:2017#compliant#urn:factur-x.eu:1p0:basic');
    expect(profile).toMatchObject({ id: 'basic', exact: false });
    expect(
      profileOf('URN:CEN.EU:EN16931:2017#COMPLIANT#URN:XEINKAUF.DE:KOSIT:XRECHNUNG_3.0'),
    ).toMatchObject({
      id: 'xrechnung',
      exact: false,
    });
  });

  it('trims the surrounding white space and keeps the value', () => {
    expect(profileOf('\n  urn:factur-x.eu:1p0:minimum \t')).toMatchObject({
      id: 'minimum',
      specificationId: 'urn:factur-x.eu:1p0:minimum',
      exact: true,
    });
  });

  it('keeps an unknown identifier as it is', () => {
    const profile = profileOf('urn:example:my-invoice:1');
    expect(profile).toMatchObject({
      id: 'unknown',
      specificationId: 'urn:example:my-invoice:1',
      coverage: 'unknown',
      exact: false,
    });
    expect(profile.description.fr).toContain('« urn:example:my-invoice:1 »');
    // Close to a known one is still unknown: no guessing at what a producer meant.
    expect(profileOf('urn:factur-x.eu:1p0:basic').id).toBe('unknown');
    expect(profileOf('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_').id).toBe(
      'unknown',
    );
  });

  it('names each profile for display, in both languages', () => {
    expect(profileOf('urn:factur-x.eu:1p0:basicwl').name).toBe('Factur-X BASIC WL');
    expect(profileOf('urn:zugferd.de:2p0:basicwl').name).toBe('ZUGFeRD 2.0 BASIC WL');
    expect(
      profileOf('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0').name,
    ).toBe('XRechnung 3.0');
    const minimum = profileOf('urn:factur-x.eu:1p0:minimum').description;
    expect(minimum.fr).toMatch(/^Factur-X MINIMUM : .*pas une facture EN 16931 complète/);
    expect(minimum.en).toMatch(/^Factur-X MINIMUM: .*not a complete EN 16931 invoice/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  FACTURX_PROFILES,
  isXsdSchemaSet,
  schemaSetFor,
  XSD_SCHEMA_SETS,
} from '../../../shared/xsd';

describe('schemaSetFor', () => {
  it('UBL: one set per root element, whatever the profile', () => {
    expect(schemaSetFor('ubl-invoice')).toBe('ubl-invoice');
    expect(schemaSetFor('ubl-creditnote', 'extended')).toBe('ubl-creditnote');
  });

  it('CII without a Factur-X profile: the EN 16931 CII D16B schema', () => {
    expect(schemaSetFor('cii')).toBe('cii-d16b');
  });

  it('CII with a Factur-X profile: that profile’s schema, and every one exists', () => {
    expect(schemaSetFor('cii', 'minimum')).toBe('facturx-minimum');
    expect(schemaSetFor('cii', 'basicwl')).toBe('facturx-basicwl');
    for (const profile of FACTURX_PROFILES) {
      expect(XSD_SCHEMA_SETS).toContain(schemaSetFor('cii', profile));
    }
  });

  it('tells set names from other strings', () => {
    expect(isXsdSchemaSet('facturx-en16931')).toBe(true);
    expect(isXsdSchemaSet('facturx-xrechnung')).toBe(false);
  });
});

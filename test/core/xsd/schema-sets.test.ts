import { describe, expect, it } from 'vitest';
import {
  FACTURX_PROFILES,
  isXsdSchemaSet,
  schemaSetFor,
  schemaSetForDocument,
  XSD_SCHEMA_SETS,
} from '../../../shared/xsd';

describe('schemaSetForDocument', () => {
  it('UBL: one set per root element, whatever the profile', () => {
    expect(schemaSetForDocument('ubl-invoice')).toBe('ubl-invoice');
    expect(schemaSetForDocument('ubl-credit-note', 'peppol-bis-3')).toBe('ubl-creditnote');
  });

  it('CII with a Factur-X profile: that profile’s schema', () => {
    expect(schemaSetForDocument('cii-invoice', 'minimum')).toBe('facturx-minimum');
    expect(schemaSetForDocument('cii-invoice', 'basic-wl')).toBe('facturx-basicwl');
    expect(schemaSetForDocument('cii-invoice', 'basic')).toBe('facturx-basic');
    expect(schemaSetForDocument('cii-invoice', 'en16931')).toBe('facturx-en16931');
    expect(schemaSetForDocument('cii-invoice', 'extended')).toBe('facturx-extended');
    expect(schemaSetForDocument('cii-invoice', 'extended-ctc-fr')).toBe('facturx-extended');
  });

  it('CII without a Factur-X profile: the EN 16931 CII D16B schema', () => {
    expect(schemaSetForDocument('cii-invoice')).toBe('cii-d16b');
    expect(schemaSetForDocument('cii-invoice', 'xrechnung')).toBe('cii-d16b');
    expect(schemaSetForDocument('cii-invoice', 'unknown')).toBe('cii-d16b');
  });

  it('documents no schema of ours covers', () => {
    expect(schemaSetForDocument('zugferd-1', 'zugferd-1-comfort')).toBeUndefined();
    expect(schemaSetForDocument('order-x')).toBeUndefined();
    expect(schemaSetForDocument('ubl-other')).toBeUndefined();
    expect(schemaSetForDocument('other')).toBeUndefined();
  });

  it('tells set names from other strings', () => {
    for (const set of XSD_SCHEMA_SETS) expect(isXsdSchemaSet(set)).toBe(true);
    expect(isXsdSchemaSet('facturx-xrechnung')).toBe(false);
  });
});

describe('schemaSetFor', () => {
  it('UBL: one set per root element, whatever the profile', () => {
    expect(schemaSetFor('ubl-invoice')).toBe('ubl-invoice');
    expect(schemaSetFor('ubl-creditnote', 'extended')).toBe('ubl-creditnote');
  });

  it('CII: the Factur-X profile schema, or CII D16B without a profile', () => {
    expect(schemaSetFor('cii')).toBe('cii-d16b');
    expect(schemaSetFor('cii', 'basicwl')).toBe('facturx-basicwl');
    for (const profile of FACTURX_PROFILES) {
      expect(XSD_SCHEMA_SETS).toContain(schemaSetFor('cii', profile));
    }
  });
});

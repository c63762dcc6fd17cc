import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../shared/rules/engine';

const MINIMUM = 'test/fixtures/facturx/Minimum/Facture_FR_MINIMUM.xml';

describe('code lists on Factur-X MINIMUM and BASIC WL', () => {
  it('run the EN 16931 code lists even though the rest of the en16931 layer is replaced by the profile', async () => {
    const xml = readFileSync(MINIMUM, 'utf8');
    const clean = await validateXml(xml, { rules: ['en16931', 'profile'] });
    expect(clean.findings.filter((f) => f.rule.startsWith('BR-CL'))).toEqual([]);
    const layer = clean.layers.find((l) => l.layer === 'en16931');
    expect(layer?.status).toBe('ran');

    const wrongCurrency = xml.replace(
      /<ram:InvoiceCurrencyCode>EUR</,
      '<ram:InvoiceCurrencyCode>XXY<',
    );
    expect(wrongCurrency).not.toBe(xml);
    const report = await validateXml(wrongCurrency, { rules: ['en16931', 'profile'] });
    expect(report.findings.map((f) => f.rule)).toContain('BR-CL-04');
    expect(report.verdict).toBe('invalid');
  });
});

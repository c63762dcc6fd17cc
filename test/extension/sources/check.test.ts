import { describe, expect, it } from 'vitest';
import { checkPending, frameOptions, localToday } from '../../../extension/sources/check';
import { readInvoiceFile } from '../../../extension/sources/read-file';
import type { PendingInvoice } from '../../../extension/storage/pending-invoice';
import type { SupplierProfile } from '../../../shared/chorus/portal-profile';
import { validateModel } from '../../../shared/rules/engine';
import { FNFE_UBL, fixtureBytes, fixtureInvoice } from '../ui/fixtures';

const now = new Date('2026-02-03T09:30:00.000Z');

async function pendingOf(path: string): Promise<PendingInvoice> {
  const reading = await readInvoiceFile({ name: 'f.xml', bytes: fixtureBytes(path) }, now);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading.pending;
}

const profile = (defaults: SupplierProfile['defaults']): SupplierProfile => ({
  version: 1,
  id: 'p',
  label: 'P',
  siret: '18007003900110',
  ...(defaults ? { defaults } : {}),
});

describe('checkPending', () => {
  it('runs the XML through the syntax-binding layers when the XML is kept', async () => {
    const pending = await pendingOf(FNFE_UBL);
    const report = await checkPending({ pending, today: '2026-02-03' });
    expect(report.document?.syntax).toBe('ubl');
    expect(report.layers.map((layer) => layer.layer)).toEqual([
      'xml',
      'xsd',
      'en16931',
      'profile',
      'fr',
      'chorus',
    ]);
    expect(report.layers.find((layer) => layer.layer === 'xsd')?.status).toBe('skipped');
  });

  it('checks the model alone when there is no XML, as validateModel does', async () => {
    const { xml: _xml, ...pending } = await pendingOf(FNFE_UBL);
    const report = await checkPending({ pending, today: '2026-02-03' });
    expect(report.document).toBeUndefined();
    const direct = validateModel(pending.invoice, {
      rules: ['en16931', 'profile', 'fr', 'chorus'],
      ruleOptions: { today: '2026-02-03' },
    });
    expect(report.findings.map((f) => f.rule)).toEqual(direct.findings.map((f) => f.rule));
  });

  it('passes the recipient obligations to the chorus layer', async () => {
    const { xml: _xml, ...pending } = await pendingOf(FNFE_UBL);
    const { 'BT-10': _service, ...invoice } = pending.invoice;
    const withoutService = { ...pending, invoice };
    const strict = {
      name: 'MAIRIE',
      siret: '18007003900110',
      serviceCodeRequired: true,
      engagementRequired: false,
      engagementOrServiceRequired: false,
    };
    const rules = async (recipient?: typeof strict) =>
      (
        await checkPending({
          pending: withoutService,
          today: '2026-02-03',
          ...(recipient ? { recipient } : {}),
        })
      ).findings
        .filter((f) => f.layer === 'chorus' && f.severity === 'fatal')
        .map((f) => f.rule);
    expect(await rules()).not.toContain('CHORUS-23');
    expect(await rules(strict)).toContain('CHORUS-23');
  });
});

describe('frameOptions', () => {
  const invoice = fixtureInvoice(FNFE_UBL);
  it("uses the profile's frame only when the invoice states none, and always its validator", () => {
    const defaults = {
      cadre: 'A9' as const,
      validator: { siret: '18007003900110', serviceCode: 'V' },
    };
    const plain = { ...invoice, 'BG-2': { 'BT-24': 'urn:cen.eu:en16931:2017' } };
    expect(frameOptions(plain, profile(defaults))).toEqual({
      code: 'A9',
      validatorSiret: '18007003900110',
      validatorServiceCode: 'V',
    });
    const stated = { ...invoice, 'BG-2': { 'BT-23': 'A1', 'BT-24': 'urn:cen.eu:en16931:2017' } };
    expect(frameOptions(stated, profile(defaults))).toEqual({
      validatorSiret: '18007003900110',
      validatorServiceCode: 'V',
    });
    expect(frameOptions(plain, profile(undefined))).toBeUndefined();
    expect(frameOptions(plain, undefined)).toBeUndefined();
  });
});

describe('localToday', () => {
  it("writes the clerk's local date", () => {
    const date = new Date(2026, 0, 5, 23, 59);
    expect(localToday(date)).toBe('2026-01-05');
  });
});

import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import seedSql from '../../edge/seed/chorus-directory.sql?raw';
import { type ValidationResult, ValidationResultSchema } from '../../shared/api/validation';
import { post, ublExample } from './support/documents';
import { fakePisteToken, PISTE_SANDBOX_TOKEN, PISTE_SECRETS } from './support/fake-piste';
import { type Harness, harness } from './support/harness';
import { sqlStatements } from './support/migrations';

/** Toulouse in the demonstration directory requires a service code (BT-10). */
const TOULOUSE = '21310555400017';

/** The official example addressed to a public buyer: BT-47 = SIRET, no BT-10. */
function addressedTo(siret: string): string {
  return ublExample.replace(
    '<cbc:RegistrationName>ODIN 59</cbc:RegistrationName>',
    `<cbc:RegistrationName>ODIN 59</cbc:RegistrationName><cbc:CompanyID schemeID="0009">${siret}</cbc:CompanyID>`,
  );
}

async function seeded(overrides: Parameters<typeof harness>[0] = {}): Promise<Harness> {
  const h = await harness(overrides);
  await env.DB.batch(sqlStatements(seedSql).map((statement) => env.DB.prepare(statement)));
  return h;
}

async function validate(h: Harness, query: string, xml: string): Promise<ValidationResult> {
  const response = await h.request(`/v1/validate?xsd=false&${query}`, post(xml, 'application/xml'));
  expect(response.status).toBe(200);
  return ValidationResultSchema.parse(await response.json());
}

const rulesOf = (report: ValidationResult) => report.findings.map((f) => f.rule);

describe('POST /v1/validate with the recipient’s obligations', () => {
  it('looks the BT-47 SIRET up in the directory and checks its service code', async () => {
    const h = await seeded();
    const report = await validate(h, 'rules=chorus&lookupRecipient=true', addressedTo(TOULOUSE));
    expect(report.recipient).toEqual({
      status: 'found',
      siret: TOULOUSE,
      name: 'COMMUNE DE TOULOUSE',
      source: 'seed',
    });
    const missingService = report.findings.find((f) => f.rule === 'CHORUS-23');
    expect(missingService).toMatchObject({ severity: 'fatal', bt: ['BT-10'] });
    expect(missingService?.message.fr).toContain('COMMUNE DE TOULOUSE');
    expect(report.verdict).toBe('invalid');
    expect(h.network.calls).toHaveLength(0);

    // The same invoice with a service code passes that check.
    const withService = addressedTo(TOULOUSE).replace(
      '<cbc:DocumentCurrencyCode>',
      '<cbc:BuyerReference>DIR-CULTURE</cbc:BuyerReference><cbc:DocumentCurrencyCode>',
    );
    const fixed = await validate(h, 'rules=chorus&lookupRecipient=true', withService);
    expect(rulesOf(fixed)).not.toContain('CHORUS-23');
  });

  it('says when the SIRET is not a known structure, or when there is none', async () => {
    const h = await seeded();
    const unknown = await validate(
      h,
      'rules=chorus&lookupRecipient=true',
      addressedTo('35600000000048'),
    );
    expect(unknown.recipient).toEqual({ status: 'not-found', siret: '35600000000048' });
    expect(rulesOf(unknown)).not.toContain('CHORUS-23');

    const none = await validate(h, 'rules=chorus&lookupRecipient=true', ublExample);
    expect(none.recipient).toEqual({ status: 'no-siret' });
  });

  it('validates anyway when the directory cannot answer', async () => {
    const h = await harness({ ...PISTE_SECRETS });
    fakePisteToken(h.network);
    h.network.on('POST', PISTE_SANDBOX_TOKEN, () => new Response('down', { status: 503 }));
    const report = await validate(h, 'rules=chorus&lookupRecipient=true', addressedTo(TOULOUSE));
    expect(report.recipient).toEqual({ status: 'unavailable', siret: TOULOUSE });
    expect(report.layers.find((l) => l.layer === 'chorus')?.status).toBe('ran');
  });

  it('takes the obligations from the query flags', async () => {
    const h = await harness();
    const flagged = await validate(
      h,
      'rules=chorus&recipient.serviceCodeRequired=true',
      addressedTo(TOULOUSE),
    );
    expect(flagged.recipient).toEqual({ status: 'given', siret: TOULOUSE, name: 'ODIN 59' });
    expect(rulesOf(flagged)).toContain('CHORUS-23');

    const unflagged = await validate(h, 'rules=chorus', addressedTo(TOULOUSE));
    expect(unflagged.recipient).toBeUndefined();
    expect(rulesOf(unflagged)).not.toContain('CHORUS-23');
  });
});

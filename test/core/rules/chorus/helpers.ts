import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Invoice } from '../../../../shared/model';
import { validateModel, validateXml } from '../../../../shared/rules/engine';
import type { Finding } from '../../../../shared/rules/finding';
import type { RecipientObligations, RuleOptions } from '../../../../shared/rules/rule';
import { sampleInvoice } from '../../model/sample-invoice';

export const TODAY = '2026-03-10';

/** The recipient of sampleInvoice() (BT-47 21260012600016), with no obligation switched on. */
export function recipient(overrides: Partial<RecipientObligations> = {}): RecipientObligations {
  return {
    name: 'COMMUNE DU VAL-FLEURI',
    siret: '21260012600016',
    serviceCodeRequired: false,
    engagementRequired: false,
    engagementOrServiceRequired: false,
    ...overrides,
  };
}

/** Options under which sampleInvoice() passes every chorus check that can run. */
export function fullOptions(overrides: Partial<RuleOptions> = {}): RuleOptions {
  return { today: TODAY, recipient: recipient(), ...overrides };
}

/** sampleInvoice() changed by `edit` (a fresh copy each call). */
export function invoiceWith(edit: (invoice: Invoice) => void): Invoice {
  const invoice = sampleInvoice();
  edit(invoice);
  return invoice;
}

/** Findings of the chorus layer for a model, as the portal form or the API would give it. */
export function chorusFindings(invoice: Invoice, options: RuleOptions = fullOptions()): Finding[] {
  const report = validateModel(invoice, { rules: ['chorus'], ruleOptions: options });
  const layer = report.layers.find((l) => l.layer === 'chorus');
  if (layer?.status !== 'ran') throw new Error(`chorus layer did not run: ${layer?.status}`);
  return [...report.findings];
}

export function findingsOf(
  id: string,
  invoice: Invoice,
  options: RuleOptions = fullOptions(),
): Finding[] {
  return chorusFindings(invoice, options).filter((f) => f.rule === id);
}

/** Findings of the chorus layer for an XML document. */
export async function xmlFindings(
  xml: string,
  options: RuleOptions = { today: TODAY },
): Promise<Finding[]> {
  const report = await validateXml(xml, { rules: ['chorus'], ruleOptions: options });
  const layer = report.layers.find((l) => l.layer === 'chorus');
  if (layer?.status !== 'ran') throw new Error(`chorus layer did not run: ${layer?.status}`);
  return [...report.findings];
}

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** A fixture file as text (FNFE Factur-X samples: `facturx/<Profile>/<name>.xml`). */
export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/**
 * The FNFE sample made for Chorus Pro (frame A1 in BT-23, SIRETs under scheme 0002), the base of
 * the XML tests.
 */
export const CHORUS_SAMPLE = 'facturx/Custom/2023-6013_facture_facturx_en16931.xml';

/** Replaces exactly one occurrence, so that a test cannot silently edit nothing. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const first = text.indexOf(search);
  if (first < 0) throw new Error(`not found: ${search}`);
  if (text.indexOf(search, first + 1) >= 0) throw new Error(`found twice: ${search}`);
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}

export function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.rule);
}

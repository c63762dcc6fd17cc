/**
 * Helpers of the BR-FR tests: the base documents (FNFE samples and their UBL twin), edits that
 * fail loudly when the text they change is not there (so a stale edit cannot make a test pass),
 * and the assert ids of the findings.
 */
import { readFileSync } from 'node:fs';
import type { Invoice } from '../../../../shared/model';
import { validateModel, validateXml } from '../../../../shared/rules/engine';
import type { Finding } from '../../../../shared/rules/finding';

const FIXTURES = 'test/fixtures';

export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}/${path}`, 'utf8');
}

/** The FNFE sample F20260023 in Factur-X EXTENDED: passes every BR-FR rule. */
export const CII_BASE = fixture(
  'facturx/Extended/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml',
);

/** The same invoice in UBL (test/fixtures/facturx-fr/F20260023-UBL.xml): passes every BR-FR rule. */
export const UBL_BASE = fixture('facturx-fr/F20260023-UBL.xml');

export type Edit = readonly [from: string | RegExp, to: string];

/**
 * Applies each edit (a string: its first occurrence; a regular expression: as `replace` does,
 * every match with the `g` flag); throws when its text is not found.
 */
export function edit(xml: string, ...edits: readonly Edit[]): string {
  let result = xml;
  for (const [from, to] of edits) {
    if (typeof from !== 'string') from.lastIndex = 0;
    const found = typeof from === 'string' ? result.includes(from) : from.test(result);
    if (!found) throw new Error(`Edit target not found: ${String(from)}`);
    if (typeof from !== 'string') from.lastIndex = 0;
    result = result.replace(from, to);
  }
  return result;
}

/** The official assert id of a BR-FR finding; every one must carry it. */
export function assertOf(finding: Finding): string {
  if (!finding.assert) throw new Error(`No assert id on ${finding.rule}: ${finding.message.en}`);
  return finding.assert;
}

export async function frFindings(xml: string): Promise<Finding[]> {
  const report = await validateXml(xml, { rules: ['fr'] });
  const layer = report.layers.find((l) => l.layer === 'fr');
  if (layer?.status !== 'ran') throw new Error(`fr layer did not run: ${JSON.stringify(layer)}`);
  return report.findings.filter((f) => f.layer === 'fr');
}

/** `family assert` of every BR-FR finding, sorted. */
export async function frAsserts(xml: string): Promise<string[]> {
  return (await frFindings(xml)).map((f) => `${f.rule} ${assertOf(f)}`).sort();
}

export function frModelAsserts(invoice: Invoice): string[] {
  const report = validateModel(invoice, { rules: ['fr'] });
  return report.findings
    .filter((f) => f.layer === 'fr')
    .map((f) => `${f.rule} ${assertOf(f)}`)
    .sort();
}

/** A failing case: the edits break exactly the listed asserts (family and assert id). */
export interface BrokenCase {
  readonly name: string;
  readonly edits: readonly Edit[];
  /** `BR-FR-05 BR-FR-05_BT-22_PMT`: every BR-FR finding the document must give, in any order. */
  readonly expect: readonly string[];
}

/** A passing variant: the edits change the document but no BR-FR rule fires. */
export interface PassingCase {
  readonly name: string;
  readonly edits: readonly Edit[];
}

/** Where the official verdicts live and how the recorder and the tests read them. */
import { existsSync, readFileSync } from 'node:fs';
import type { OracleProfile } from './cases';

export const OFFICIAL_RESULTS = 'test/core/rules/profile/official-results.json';

/** What the official compiled schematron reported on one document. */
export interface OfficialVerdict {
  /** Bracketed rule id → number of failed assertions (or successful reports) with it. */
  readonly ids: Readonly<Record<string, number>>;
  /** Structural checks that fired (no id): cardinalities, code lists, "not used" reports. */
  readonly structural: number;
}

/** Sample folders of test/fixtures/facturx and the profile schematron that judges them. */
export const SAMPLE_FOLDERS: Readonly<Record<string, OracleProfile>> = {
  Minimum: 'MINIMUM',
  BasicWL: 'BASICWL',
  Basic: 'BASIC',
  EN16931: 'EN16931',
  Extended: 'EXTENDED',
  // 2023-6013_facture_facturx_en16931.xml declares the EN16931 profile.
  Custom: 'EN16931',
};

export interface OfficialResults {
  /** Per profile: every bracketed id its compiled stylesheet can report, with its flag. */
  readonly stylesheets: Readonly<Record<string, Readonly<Record<string, 'fatal' | 'warning'>>>>;
  /** Per sample (`Folder/file.xml`) or case name: what the stylesheet reported. */
  readonly documents: Readonly<Record<string, OfficialVerdict>>;
}

export function officialResults(): OfficialResults {
  if (!existsSync(OFFICIAL_RESULTS)) return { stylesheets: {}, documents: {} };
  return JSON.parse(readFileSync(OFFICIAL_RESULTS, 'utf8')) as OfficialResults;
}

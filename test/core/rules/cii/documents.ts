import { readFileSync } from 'node:fs';
import { parseXml, type XmlElement } from '../../../../shared/xml';

export const HERE = 'test/core/rules/cii';

/** One case of official-results.json: edits of the template and what the official validator says. */
export interface OfficialCase {
  readonly name: string;
  readonly edits: readonly (readonly [string, string])[];
  readonly regex?: boolean;
  readonly fired: Readonly<Record<string, number>>;
}

export interface OfficialResults {
  readonly cases: readonly OfficialCase[];
  /** Path under test/fixtures → rule id → failing context nodes. */
  readonly documents: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export const OFFICIAL: OfficialResults = JSON.parse(
  readFileSync(`${HERE}/official-results.json`, 'utf8'),
);

/** The small invoice of fixtures/template.xml that breaks no CII-SR / CII-DT rule. */
export const TEMPLATE = readFileSync(`${HERE}/fixtures/template.xml`, 'utf8');

/**
 * The template with edits applied in order (each replaces the first occurrence; `regex`: `find`
 * is a regular expression), insertion markers removed: as scripts/cii-syntax-oracle.mjs does.
 */
export function edited(edits: OfficialCase['edits'], regex = false): string {
  let xml = TEMPLATE;
  for (const [find, replace] of edits) {
    const next = regex ? xml.replace(new RegExp(find), replace) : xml.replace(find, replace);
    if (next === xml && find !== replace) throw new Error(`Edit not applied: ${find}`);
    xml = next;
  }
  return xml.replace(/\{\{[a-z_]+\}\}/g, '');
}

export function rootOf(xml: string | Uint8Array): XmlElement {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document.root;
}

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseXml, type XmlElement } from '../../shared/xml';

/** Root of the copied official suite (EN 16931 validation artefacts 1.3.16, EUPL 1.2). */
export const SUITE_DIR = resolve('test/fixtures/en16931');

const VEFA_NS = 'http://difi.no/xsd/vefa/validator/1.0';

/** What one `<test>` of an official unit-test set expects. */
export interface UnitTestCase {
  /** `Invoice-unit-UBL/BR-CO-10.xml#3` */
  readonly id: string;
  readonly folder: string;
  readonly file: string;
  readonly description: string;
  /** Rule ids that must fire as fatal errors. */
  readonly errors: readonly string[];
  /** Rule ids that must fire as warnings. */
  readonly warnings: readonly string[];
  /** Rule ids that must not fire. */
  readonly successes: readonly string[];
  /** The embedded document, serialised as a standalone XML file. */
  readonly xml: string;
}

export const UNIT_TEST_FOLDERS = [
  'Invoice-unit-UBL',
  'CreditNote-unit-UBL',
  'Invoice-unit-CII',
] as const;

/** Reads every test case of the official unit-test sets. */
export function loadUnitTests(): UnitTestCase[] {
  const cases: UnitTestCase[] = [];
  for (const folder of UNIT_TEST_FOLDERS) {
    const dir = join(SUITE_DIR, 'unit-tests', folder);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      const parsed = parseXml(readFileSync(join(dir, file)));
      if (!parsed.ok) throw new Error(`${folder}/${file}: ${parsed.error.message.en}`);
      let n = 0;
      for (const test of parsed.document.root.children) {
        if (test.namespace !== VEFA_NS || test.localName !== 'test') continue;
        n++;
        const assert = test.children.find(
          (c) => c.namespace === VEFA_NS && c.localName === 'assert',
        );
        const doc = test.children.find((c) => c.namespace !== VEFA_NS);
        if (!assert || !doc)
          throw new Error(`${folder}/${file} test ${n}: no assert or no document`);
        const texts = (name: string) =>
          assert.children.filter((c) => c.localName === name).map((c) => c.text.trim());
        cases.push({
          id: `${folder}/${file}#${test.attributes.find((a) => a.localName === 'id')?.value ?? n}`,
          folder,
          file: basename(file),
          description: texts('description').join(' '),
          errors: texts('error'),
          warnings: texts('warning'),
          successes: texts('success'),
          xml: serialize(doc),
        });
      }
    }
  }
  return cases;
}

/** The official example invoices, which must validate without any fatal finding. */
export function loadExamples(): { readonly name: string; readonly xml: Uint8Array }[] {
  const out: { name: string; xml: Uint8Array }[] = [];
  for (const syntax of ['ubl', 'cii']) {
    const dir = join(SUITE_DIR, 'examples', syntax);
    for (const file of readdirSync(dir).sort()) {
      out.push({ name: `${syntax}/${file}`, xml: readFileSync(join(dir, file)) });
    }
  }
  return out;
}

/**
 * Writes an element subtree as a standalone document, declaring every namespace it uses on its
 * root with the prefixes it was written with: the embedded test documents then go through the same
 * parse → detect → read → rules path as a user's file.
 */
export function serialize(root: XmlElement): string {
  const prefixes = new Map<string, string>();
  const collect = (el: XmlElement) => {
    if (el.namespace) prefixes.set(el.prefix, el.namespace);
    for (const a of el.attributes) if (a.namespace) prefixes.set(a.prefix, a.namespace);
    for (const c of el.children) collect(c);
  };
  collect(root);
  const declarations = [...prefixes]
    .map(([prefix, ns]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeXml(ns)}"`)
    .join('');
  const write = (el: XmlElement, isRoot: boolean): string => {
    const attrs = el.attributes.map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
    const inner = escapeXml(el.text) + el.children.map((c) => write(c, false)).join('');
    return `<${el.name}${isRoot ? declarations : ''}${attrs}>${inner}</${el.name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, true)}`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

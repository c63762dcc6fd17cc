import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NS } from '../../../../shared/syntax/namespaces';
import { parseXml, type XmlDocument, type XmlElement } from '../../../../shared/xml';
import { EN16931, readFixture } from '../../xml/fixture-files';

const VEFA = 'http://difi.no/xsd/vefa/validator/1.0';

export function parse(input: string | Uint8Array): XmlDocument {
  const result = parseXml(input);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.document;
}

export function parseFixture(path: string): XmlDocument {
  return parse(readFixture(EN16931, path));
}

/** The standalone UBL documents of the official suite: the examples and the Peppol test files. */
export function officialUblFiles(): string[] {
  const examples = readdirSync(join(EN16931, 'examples/ubl')).map((f) => `examples/ubl/${f}`);
  const testfiles = readdirSync(join(EN16931, 'unit-tests/testfiles')).map(
    (f) => `unit-tests/testfiles/${f}`,
  );
  return [...examples, ...testfiles].sort();
}

export interface EmbeddedDocument {
  /** `Invoice-unit-UBL/BR-52.xml#2`, the test's rank in its set (1-based). */
  readonly id: string;
  readonly root: XmlElement;
  /** Rule ids the test expects to fire (`<error>`, `<warning>`). */
  readonly fires: readonly string[];
}

/**
 * The documents of the official UBL unit tests: each `<test>` of a VEFA test set holds its
 * `<assert>` and the Invoice or CreditNote under test, read in place.
 */
export function unitTestDocuments(): EmbeddedDocument[] {
  const found: EmbeddedDocument[] = [];
  for (const folder of ['Invoice-unit-UBL', 'CreditNote-unit-UBL']) {
    const files = readdirSync(join(EN16931, 'unit-tests', folder)).filter((f) =>
      f.endsWith('.xml'),
    );
    for (const file of files.sort()) {
      const set = parseFixture(`unit-tests/${folder}/${file}`).root;
      const tests = set.children.filter((c) => c.namespace === VEFA && c.localName === 'test');
      tests.forEach((test, index) => {
        const root = test.children.find((c) => c.namespace !== VEFA);
        const assert = test.children.find((c) => c.namespace === VEFA && c.localName === 'assert');
        if (root === undefined)
          throw new Error(`${folder}/${file}: test ${index + 1} has no document`);
        const fires = (assert?.children ?? [])
          .filter((c) => c.localName === 'error' || c.localName === 'warning')
          .map((c) => c.text.trim());
        found.push({ id: `${folder}/${file}#${index + 1}`, root, fires });
      });
    }
  }
  return found;
}

/** A small UBL document around `body`, with the usual prefixes declared. */
export function ubl(body: string, root: 'Invoice' | 'CreditNote' = 'Invoice'): XmlDocument {
  const namespace = root === 'Invoice' ? NS.ubl : NS.cn;
  return parse(
    `<${root} xmlns="${namespace}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}">${body}</${root}>`,
  );
}

/**
 * The reader looks its entries up through FirstSteps (one pass over a group element's children,
 * then each path starts from the child its first step names). Every lookup must give the nodes
 * the plain walk gives: for every path of the binding, from every element the binding reads a
 * group from (and from the root), on the official CII examples and the Factur-X samples, with and
 * without a test on the element found.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CII_BINDING, type CiiGroupContent } from '../../../../shared/syntax/cii/binding';
import {
  type BindingPath,
  bindingPath,
  FirstSteps,
  firstElementAt,
  firstNodeAt,
  nodesAt,
} from '../../../../shared/syntax/cii/paths';
import { parseXml, type XmlElement } from '../../../../shared/xml';
import { EN16931, FIXTURES, readFixture, xmlFilesUnder } from '../../xml/fixture-files';

/** Every path the reader evaluates from a group's element: terms, groups, extensions. */
function pathsOf(content: CiiGroupContent): string[] {
  const own = [
    ...content.terms.flatMap((term) => term.path),
    ...(content.groups ?? []).flatMap((group) => group.path),
    ...(content.extensions ?? []).map((extension) => extension.path),
  ];
  return [...own, ...(content.groups ?? []).flatMap(pathsOf)];
}

/** The binding's paths and every ending of them, some of which start with a filtered step. */
function withEndings(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const steps = path.split('/');
    return steps.map((_, i) => steps.slice(i).join('/'));
  });
}

const PATHS: readonly BindingPath[] = [...new Set(withEndings(pathsOf(CII_BINDING)))].map(
  bindingPath,
);

const files = [
  ...xmlFilesUnder(join(EN16931, 'examples/cii')).map((path) =>
    join(EN16931, 'examples/cii', path),
  ),
  ...xmlFilesUnder(join(FIXTURES, 'facturx')).map((path) => join(FIXTURES, 'facturx', path)),
];

/** Every element of the document, in document order. */
function elementsOf(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [root];
  for (let i = 0; i < all.length; i++) all.push(...(all[i] as XmlElement).children);
  return all;
}

/** A test that keeps every other element, so that a first match can be refused. */
const even = (element: XmlElement, _: undefined) => element.order % 2 === 0;

describe('FirstSteps gives what the plain walk gives', () => {
  it.each(files.map((file) => [file.slice(FIXTURES.length + 1), file]))('%s', (_, file) => {
    const parsed = parseXml(readFixture(FIXTURES, file.slice(FIXTURES.length + 1)));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const steps = new FirstSteps();
    const slots = PATHS.map((path) => steps.add(path));
    let reached = 0;
    const differences: string[] = [];
    for (const context of elementsOf(parsed.document.root)) {
      steps.scan(context);
      PATHS.forEach((path, i) => {
        const slot = slots[i] as number;
        const expected = nodesAt(context, path);
        const actual = steps.nodesAt(context, path, slot);
        // Identity, not deep equality: the same nodes of the same tree.
        const same = actual.length === expected.length && actual.every((n, k) => n === expected[k]);
        const agree =
          same &&
          steps.firstNodeAt(context, path, slot, undefined, undefined) ===
            firstNodeAt(context, path, undefined, undefined) &&
          steps.firstNodeAt(context, path, slot, even, undefined) ===
            firstNodeAt(context, path, even, undefined) &&
          steps.firstElementAt(context, path, slot) === firstElementAt(context, path);
        if (!agree) differences.push(`${path.text} from element #${context.order}`);
        reached += expected.length;
      });
      steps.clear();
    }
    expect(differences).toEqual([]);
    expect(reached).toBeGreaterThan(0);
  });
});

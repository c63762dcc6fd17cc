import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_GROUPS,
  BUSINESS_TERMS,
  definitionOf,
  isRepeatable,
} from '../../../../shared/model';
import {
  CII_BINDING,
  type CiiGroupBinding,
  type CiiGroupContent,
} from '../../../../shared/syntax/cii/binding';
import { bindingPath, nodesAt } from '../../../../shared/syntax/cii/paths';
import { parseXml, select, selectAttributes, type XmlElement } from '../../../../shared/xml';
import { EN16931, FIXTURES, readFixture, xmlFilesUnder } from '../../xml/fixture-files';

function* groupsOf(content: CiiGroupContent): Generator<CiiGroupBinding> {
  for (const group of content.groups ?? []) {
    yield group;
    yield* groupsOf(group);
  }
}

const GROUPS = [...groupsOf(CII_BINDING)];
const TERMS = [CII_BINDING, ...GROUPS].flatMap((content) => content.terms);

describe('the CII binding table', () => {
  it('binds every business term and group of EN 16931 exactly once', () => {
    expect(TERMS.map((binding) => binding.term).sort()).toEqual(
      BUSINESS_TERMS.map((term) => term.id).sort(),
    );
    expect(GROUPS.map((binding) => binding.group).sort()).toEqual(
      BUSINESS_GROUPS.map((group) => group.id).sort(),
    );
  });

  it('nests each entry in the group the model puts it in', () => {
    const check = (content: CiiGroupContent, parent: string) => {
      for (const term of content.terms)
        expect(definitionOf(term.term).parent, term.term).toBe(parent);
      for (const group of content.groups ?? []) {
        expect(definitionOf(group.group).parent, group.group).toBe(parent);
        check(group, group.group);
      }
    };
    check(CII_BINDING, 'root');
  });

  it('gives alternatives, preferences and spread groups only where they mean something', () => {
    for (const group of GROUPS) {
      const repeat = isRepeatable(definitionOf(group.group).cardinality);
      // `prefer` and `spread` choose or assemble one occurrence: only for 0..1 groups.
      if (group.prefer !== undefined || group.spread !== undefined)
        expect(repeat, group.group).toBe(false);
    }
    for (const term of TERMS) {
      if (term.version !== undefined) expect(term.term).toBe('BT-158');
      if (term.mimeCode !== undefined || term.filename !== undefined)
        expect(term.term).toBe('BT-125');
    }
  });
});

/** Every path of the table, with the elements it is evaluated from in a document. */
function* evaluations(
  content: CiiGroupContent,
  contexts: readonly XmlElement[],
): Generator<[string, XmlElement]> {
  for (const context of contexts) {
    for (const term of content.terms) {
      const paths = typeof term.path === 'string' ? [term.path] : term.path;
      for (const path of paths) yield [path, context];
    }
  }
  for (const group of content.groups ?? []) {
    const paths = typeof group.path === 'string' ? [group.path] : group.path;
    const reached: XmlElement[] = [];
    for (const context of contexts) {
      for (const path of paths) {
        yield [path, context];
        reached.push(...select(context, path));
      }
    }
    yield* evaluations(group, reached);
  }
}

describe('the fast path evaluator agrees with select() on every path of the binding', () => {
  const files = [
    ...xmlFilesUnder(join(EN16931, 'examples/cii')).map((path) =>
      join(EN16931, 'examples/cii', path),
    ),
    ...xmlFilesUnder(join(FIXTURES, 'facturx')).map((path) => join(FIXTURES, 'facturx', path)),
  ];

  it.each(files.map((file) => [file.slice(FIXTURES.length + 1), file]))('%s', (_, file) => {
    const parsed = parseXml(readFixture(FIXTURES, file.slice(FIXTURES.length + 1)));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    let count = 0;
    for (const [path, context] of evaluations(CII_BINDING, [parsed.document.root])) {
      const expected = /(^|\/)@[^/]+$/.test(path)
        ? selectAttributes(context, path)
        : select(context, path);
      const actual = nodesAt(context, bindingPath(path));
      // Identity, not deep equality: the same nodes of the same tree.
      const same = actual.length === expected.length && actual.every((n, i) => n === expected[i]);
      expect(same, path).toBe(true);
      count += expected.length;
    }
    expect(count).toBeGreaterThan(0);
  });

  it('refuses a path outside its small language', () => {
    expect(() => bindingPath('ram:A//ram:B')).toThrow(/Invalid CII binding path/);
    expect(() => bindingPath('ram:A[1]')).toThrow(/Invalid CII binding path/);
    expect(() => bindingPath('foo:A')).toThrow(/unknown prefix/);
    expect(() => bindingPath('@a/ram:B')).toThrow(/attribute ends the path/);
  });
});

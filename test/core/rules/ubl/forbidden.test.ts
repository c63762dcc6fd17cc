import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_NODES } from '../../../../shared/rules/en16931/ubl/forbidden.generated';
import { compilePaths } from '../../../../shared/rules/en16931/ubl/forbidden-paths';
import {
  select,
  selectAttributes,
  type XmlAttribute,
  type XmlDocument,
  type XmlElement,
} from '../../../../shared/xml';
import { check, contextOf, parse, ruleById, ubl } from './support';

type Node = XmlElement | XmlAttribute;

/** The schematron path with each union step expanded: `(a|b)/c` → `a/c`, `b/c`. */
function expand(path: string): string[] {
  const deep = path.startsWith('//');
  let paths = [''];
  for (const step of (deep ? path.slice(2) : path).split('/')) {
    const alternatives = step.replace(/^\(|\)$/g, '').split('|');
    paths = paths.flatMap((p) => alternatives.map((a) => (p === '' ? a : `${p}/${a}`)));
  }
  return paths.map((p) => (deep ? `//${p}` : p));
}

/** What the generic path engine of shared/xml selects: the independent oracle. */
function oracle(document: XmlDocument, path: string): Node[] {
  const nodes = expand(path).flatMap((p): Node[] =>
    p.includes('@') ? selectAttributes(document.root, p) : select(document.root, p),
  );
  return [...new Set(nodes)].sort(documentOrder);
}

function documentOrder(a: Node, b: Node): number {
  const ea = a.kind === 'attribute' ? a.parent : a;
  const eb = b.kind === 'attribute' ? b.parent : b;
  if (ea !== eb) return ea.order - eb.order;
  if (a.kind !== 'attribute') return -1;
  if (b.kind !== 'attribute') return 1;
  return ea.attributes.indexOf(a) - ea.attributes.indexOf(b);
}

/** A tree of element names (with the attributes to set), to merge many paths into one document. */
interface Tree {
  readonly children: Map<string, Tree>;
  readonly attributes: Set<string>;
}
const tree = (): Tree => ({ children: new Map(), attributes: new Set() });

function addPath(into: Tree, path: string): void {
  let node = into;
  for (const step of path.replace(/^\/\//, '').split('/')) {
    if (step.startsWith('@')) {
      node.attributes.add(step.slice(1));
      continue;
    }
    let next = node.children.get(step);
    if (next === undefined) {
      next = tree();
      node.children.set(step, next);
    }
    node = next;
  }
}

function serialize(node: Tree): string {
  return [...node.children]
    .map(([name, child]) => {
      const attributes = [...child.attributes].map((a) => ` ${a}="x"`).join('');
      return `<${name}${attributes}>${child.children.size > 0 ? serialize(child) : 'v'}</${name}>`;
    })
    .join('');
}

/**
 * A document where every path of `paths` exists: each at the place its XPath names and, for the
 * `//` paths, once more deep inside a line (they apply anywhere).
 */
function documentWith(paths: readonly string[], root: 'Invoice' | 'CreditNote' = 'Invoice') {
  const top = tree();
  const deep = tree();
  for (const path of paths) {
    // An attribute of any element: give it one to sit on.
    const built = path.startsWith('//@') ? `//cbc:Note/${path.slice(2)}` : path;
    for (const p of expand(built)) {
      addPath(top, p);
      if (p.startsWith('//')) addPath(deep, p);
    }
  }
  const line = root === 'Invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine';
  return ubl(`${serialize(top)}<${line}><cac:Item>${serialize(deep)}</cac:Item></${line}>`, root);
}

function reported(id: string, document: XmlDocument): Node[] {
  return check(id, document).map((v) => {
    if (v.node === undefined) throw new Error(`${id}: violation without a node`);
    return v.node;
  });
}

describe('forbidden nodes (the generated UBL-CR and UBL-DT table)', () => {
  it('each rule fires on its own path, on every node the path reaches, and not without it', () => {
    for (const [id, , path] of FORBIDDEN_NODES) {
      const document = documentWith([path]);
      const expected = oracle(document, path);
      expect(expected.length, id).toBeGreaterThan(0);
      expect(reported(id, document), `${id} ${path}`).toEqual(expected);
      // The same document less the last step of the path: nothing to report.
      const parent = path.split('/').slice(0, -1).join('/');
      const without = parent === '' || parent === '/' ? ubl('') : documentWith([parent]);
      expect(reported(id, without), `${id} without ${path}`).toEqual([]);
    }
  });

  it('agree with the generic path engine on one document holding every path at once', () => {
    // Every path merged into one tree: a rule must report its own nodes only, whatever else the
    // automaton walks through (shared prefixes, `//` paths crossing anchored ones).
    for (const root of ['Invoice', 'CreditNote'] as const) {
      const document = documentWith(
        FORBIDDEN_NODES.map(([, , path]) => path),
        root,
      );
      const context = contextOf(document);
      for (const [id, , path] of FORBIDDEN_NODES) {
        const nodes = ruleById(id)
          .check(context)
          .map((v) => v.node);
        expect(nodes, `${root} ${id} ${path}`).toEqual(oracle(document, path));
      }
    }
  });

  it('match names by namespace, not by prefix', () => {
    const document = parse(
      '<i:Invoice xmlns:i="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"' +
        ' xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"' +
        ' xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"' +
        ' xmlns:cbc="urn:example:not-ubl">' +
        '<a:InvoicePeriod><b:StartTime>10:00:00</b:StartTime></a:InvoicePeriod>' +
        '<cbc:UUID>not a UBL element</cbc:UUID></i:Invoice>',
    );
    expect(reported('UBL-CR-012', document)).toHaveLength(1);
    expect(reported('UBL-CR-005', document)).toEqual([]);
  });

  it('apply only when the root is a UBL invoice or credit note (the root rule of the schematron)', () => {
    const document = parse(
      `<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
        xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        <cbc:UUID>1</cbc:UUID><cbc:ID schemeName="x">1</cbc:ID></Order>`,
    );
    expect(reported('UBL-CR-005', document)).toEqual([]);
    expect(reported('UBL-DT-08', document)).toEqual([]);
  });

  it('report nothing on the official UBL examples', () => {
    const dir = 'test/fixtures/en16931/examples/ubl';
    for (const file of readdirSync(dir)) {
      const context = contextOf(parse(readFileSync(join(dir, file))));
      for (const [id] of FORBIDDEN_NODES) {
        expect(ruleById(id).check(context), `${file} ${id}`).toEqual([]);
      }
    }
  });

  it('refuse paths outside the subset the automaton understands', () => {
    expect(() => compilePaths([['X', 'cac:A[1]']])).toThrow();
    expect(() => compilePaths([['X', 'zz:A']])).toThrow();
    expect(() => compilePaths([['X', 'cac:A//cbc:B']])).toThrow();
    expect(() => compilePaths([['X', '//@a:b']])).toThrow();
  });
});

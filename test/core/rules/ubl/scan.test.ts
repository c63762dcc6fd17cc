import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONAL_PATHS } from '../../../../shared/rules/en16931/ubl/conditional-paths';
import { FORBIDDEN_NODES } from '../../../../shared/rules/en16931/ubl/forbidden.generated';
import {
  type CompiledPaths,
  compilePaths,
  type PathHits,
  type PathState,
} from '../../../../shared/rules/en16931/ubl/forbidden-paths';
import {
  PathScanner,
  recordHits,
  type ScanState,
} from '../../../../shared/rules/en16931/ubl/path-scanner';
import { scanDocument } from '../../../../shared/rules/en16931/ubl/scan';
import { NS } from '../../../../shared/syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../../shared/xml';
import { largeUblInvoice } from '../../../support/large-invoice';
import { seededRandom as random } from '../../../support/seeded-random';
import { parse } from './support';

const ENTRIES = [
  ...FORBIDDEN_NODES.map(([id, , path]) => [id, path] as const),
  ...CONDITIONAL_PATHS,
];

/**
 * The walk the scan replaces, written plainly: each element carries the list of path states it is
 * in (`anywhere` first, then those reached from each of its parent's states), the root adds
 * `fromRoot`, and the rules of the reached states are recorded element by element.
 */
function referenceHits(root: XmlElement, compiled: CompiledPaths): PathHits {
  const hits: PathHits = new Map();
  const add = (id: string, node: XmlElement | XmlAttribute) => {
    hits.set(id, [...(hits.get(id) ?? []), node]);
  };
  const visit = (element: XmlElement, parentStates: readonly PathState[], isRoot: boolean) => {
    const states = [compiled.anywhere];
    for (const parentState of parentStates) {
      const reached = parentState.next.get(element.localName)?.get(element.namespace);
      if (reached === undefined) continue;
      states.push(reached);
      for (const id of reached.elementRules) add(id, element);
    }
    if (isRoot) states.push(compiled.fromRoot);
    for (const attribute of element.attributes) {
      if (attribute.namespace !== '') continue;
      for (const state of states) {
        for (const id of state.attributeRules.get(attribute.localName) ?? []) add(id, attribute);
      }
    }
    for (const child of element.children) visit(child, states, false);
  };
  visit(root, [compiled.anywhere], true);
  return hits;
}

/** The lists the scan keeps besides the hits, by a plain pre-order walk. */
function referenceLists(root: XmlElement) {
  const all: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    all.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return {
    amounts: all.filter((e) => e.localName.endsWith('Amount')),
    binaryObjects: all.filter(
      (e) => !e.localName.endsWith('Amount') && e.localName.endsWith('BinaryObject'),
    ),
    lines: all.filter(
      (e) =>
        (e.localName === 'InvoiceLine' || e.localName === 'CreditNoteLine') &&
        e.namespace === NS.cac,
    ),
  };
}

/** Hits with their rule ids in the order first met, as the scan's map keeps them. */
const entries = (hits: PathHits) => [...hits.entries()];

function expectSameScan(root: XmlElement, label: string): void {
  const scan = scanDocument(root);
  const expected =
    scan.rootType === undefined ? new Map() : referenceHits(root, compilePaths(ENTRIES));
  expect(entries(scan.hits), label).toEqual(entries(expected));
  const lists = referenceLists(root);
  expect(scan.amounts, label).toEqual(lists.amounts);
  expect(scan.binaryObjects, label).toEqual(lists.binaryObjects);
  expect(scan.groups.get('lines') ?? [], label).toEqual(lists.lines);
}

/** Every element name the paths step through, and every attribute name they end with. */
function vocabulary(compiled: CompiledPaths) {
  const elements = new Map<string, { localName: string; namespace: string }>();
  const attributes = new Set<string>();
  const gather = (state: PathState) => {
    for (const name of state.attributeRules.keys()) attributes.add(name);
    for (const [localName, byNamespace] of state.next) {
      for (const [namespace, next] of byNamespace) {
        elements.set(`${namespace} ${localName}`, { localName, namespace });
        gather(next);
      }
    }
  };
  gather(compiled.fromRoot);
  gather(compiled.anywhere);
  return { elements: [...elements.values()], attributes: [...attributes] };
}

const PREFIX_OF = new Map<string, string>([
  [NS.cac, 'cac'],
  [NS.cbc, 'cbc'],
  [NS.ext, 'ext'],
]);

/**
 * A random document: mostly names the paths go on with from where the element stands (so that
 * anchored paths are followed to their end and `//` paths meet inside each other), but also any
 * path name, names the paths do not know (in UBL namespaces or none), path names in a namespace
 * they do not use; with path and invented attributes, nested up to 9 deep.
 */
function randomDocument(seed: number, root: 'Invoice' | 'CreditNote'): XmlElement {
  const next = random(seed);
  const compiled = compilePaths(ENTRIES);
  const { elements, attributes } = vocabulary(compiled);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const qualified = ({ localName, namespace }: { localName: string; namespace: string }) => {
    const prefix = PREFIX_OF.get(namespace);
    if (prefix === undefined) throw new Error(`No prefix for ${namespace}`);
    return `${prefix}:${localName}`;
  };
  const child = (states: readonly PathState[]): [name: string, states: PathState[]] => {
    const roll = next();
    let name: { localName: string; namespace: string } | undefined;
    if (roll < 0.6) {
      const onward = states.flatMap((state) =>
        [...state.next].flatMap(([localName, byNamespace]) =>
          [...byNamespace.keys()].map((namespace) => ({ localName, namespace })),
        ),
      );
      name = onward.length > 0 ? pick(onward) : pick(elements);
    } else if (roll < 0.75) name = pick(elements);
    if (name === undefined) {
      if (roll < 0.85) return [`cac:Invented${Math.floor(next() * 1000)}`, [compiled.anywhere]];
      if (roll < 0.95) return [`other:${pick(elements).localName}`, [compiled.anywhere]];
      return [`Plain${Math.floor(next() * 5)}Amount`, [compiled.anywhere]];
    }
    const { localName, namespace } = name;
    const reached = states.flatMap((state) => state.next.get(localName)?.get(namespace) ?? []);
    return [qualified(name), [compiled.anywhere, ...reached]];
  };
  const attributeList = (): string => {
    const names = new Set<string>();
    const count = Math.floor(next() * 3);
    for (let i = 0; i < count; i++) {
      const roll = next();
      names.add(roll < 0.6 ? pick(attributes) : roll < 0.8 ? `invented${i}` : `other:x${i}`);
    }
    return [...names].map((name) => ` ${name}="v"`).join('');
  };
  const build = (depth: number, states: readonly PathState[]): string => {
    const count = depth >= 9 ? 0 : Math.floor(next() * (depth < 2 ? 8 : 4));
    let body = '';
    for (let i = 0; i < count; i++) {
      const [name, reached] = child(states);
      body += `<${name}${attributeList()}>${build(depth + 1, reached) || 'v'}</${name}>`;
    }
    return body;
  };
  const namespace = root === 'Invoice' ? NS.ubl : NS.cn;
  return parse(
    `<${root} xmlns="${namespace}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}"` +
      ` xmlns:ext="${NS.ext}" xmlns:other="urn:example:other"${attributeList()}>` +
      `${build(0, [compiled.anywhere, compiled.fromRoot])}</${root}>`,
  ).root;
}

/** Elements for every path of a state on: each name it goes on with, its attributes set. */
function serializeTrie(state: PathState, inside: (state: PathState) => string): string {
  let body = '';
  for (const [localName, byNamespace] of state.next) {
    for (const [namespace, next] of byNamespace) {
      const name = `${PREFIX_OF.get(namespace)}:${localName}`;
      const attributes = [...next.attributeRules.keys()].map((a) => ` ${a}="v"`).join('');
      body += `<${name}${attributes}>${serializeTrie(next, inside) + inside(next) || 'v'}</${name}>`;
    }
  }
  return body;
}

/**
 * A document where every path exists, anchored ones at their place, `//` ones at the top, inside
 * a line, and inside each other.
 */
function everyPathDocument(root: 'Invoice' | 'CreditNote'): XmlElement {
  const compiled = compilePaths(ENTRIES);
  const anywhere = (inner: string) => serializeTrie(compiled.anywhere, () => inner);
  const deep = anywhere(anywhere(''));
  const attributes = [
    ...compiled.fromRoot.attributeRules.keys(),
    ...compiled.anywhere.attributeRules.keys(),
  ]
    .map((a) => ` ${a}="v"`)
    .join('');
  const namespace = root === 'Invoice' ? NS.ubl : NS.cn;
  return parse(
    `<${root} xmlns="${namespace}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}"` +
      ` xmlns:ext="${NS.ext}"${attributes}>${serializeTrie(compiled.fromRoot, () => '')}${deep}` +
      `<cac:InvoiceLine><cac:Item>${deep}</cac:Item></cac:InvoiceLine></${root}>`,
  ).root;
}

describe('the UBL scan (one walk for every path rule)', () => {
  it('finds the same nodes as the plain walk on the official UBL examples', () => {
    const dir = 'test/fixtures/en16931/examples/ubl';
    for (const file of readdirSync(dir)) {
      expectSameScan(parse(readFileSync(join(dir, file))).root, file);
    }
    expectSameScan(parse(largeUblInvoice(20)).root, 'large invoice');
  });

  it('finds the same nodes on a document where every path exists', () => {
    for (const root of ['Invoice', 'CreditNote'] as const) {
      const document = everyPathDocument(root);
      expectSameScan(document, root);
      expect(scanDocument(document).hits.size).toBe(new Set(ENTRIES.map(([id]) => id)).size);
    }
  });

  it('finds the same nodes on random documents of path names, invented names and attributes', () => {
    const rules = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const root = randomDocument(seed, seed % 2 === 0 ? 'Invoice' : 'CreditNote');
      expectSameScan(root, `seed ${seed}`);
      for (const id of scanDocument(root).hits.keys()) rules.add(id);
    }
    // The documents do exercise the paths, anchored, `//` and attributes alike.
    expect(rules.size).toBeGreaterThan(90);
  });

  it('finds nothing when the root is neither an invoice nor a credit note', () => {
    const root = parse(
      `<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" xmlns:cbc="${NS.cbc}">` +
        '<cbc:UUID schemeName="x">1</cbc:UUID><cbc:PaidAmount>1</cbc:PaidAmount></Order>',
    ).root;
    const scan = scanDocument(root);
    expect(scan.hits.size).toBe(0);
    expect(scan.amounts).toHaveLength(1);
  });

  it('gives the same hits once the cache of dead ends is spent', () => {
    const compiled = compilePaths(ENTRIES);
    const walk = (root: XmlElement, scanner: PathScanner): PathHits => {
      const hits: PathHits = new Map();
      const visit = (element: XmlElement, state: ScanState) => {
        recordHits(element, state, hits);
        for (const child of element.children) visit(child, scanner.childState(state, child));
      };
      visit(root, scanner.rootState(root));
      return hits;
    };
    const spent = new PathScanner(compiled, 0);
    for (let seed = 100; seed < 110; seed++) {
      const root = randomDocument(seed, 'Invoice');
      expect(entries(walk(root, spent)), `seed ${seed}`).toEqual(
        entries(referenceHits(root, compiled)),
      );
    }
  });

  it('keeps a bounded cache, whatever names the documents use', () => {
    const compiled = compilePaths(ENTRIES);
    const scanner = new PathScanner(compiled);
    const { elements } = vocabulary(compiled);
    const invented = Array.from({ length: 5000 }, (_, i) => ({
      localName: `Invented${i}`,
      namespace: NS.cac,
    }));
    // Every state any document can reach, by every path name and many invented ones.
    const invoice = { localName: 'Invoice', namespace: NS.ubl } as XmlElement;
    const seen = new Set<ScanState>();
    const queue = [scanner.rootState(invoice)];
    for (let state = queue.pop(); state !== undefined; state = queue.pop()) {
      if (seen.has(state)) continue;
      seen.add(state);
      for (const name of [...elements, ...invented]) {
        queue.push(scanner.childState(state, name as XmlElement));
      }
    }
    let transitions = 0;
    for (const state of seen) {
      for (const byLocalName of state.next.values()) transitions += byLocalName.size;
    }
    expect(scanner.size).toBeLessThan(1_000);
    // The transitions the paths allow (about 15,000), and the dead ends up to their budget.
    expect(transitions).toBeLessThan(20_000 + 4_096);
  });
});

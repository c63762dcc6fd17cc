/**
 * The syntax table finds each element's rule from its path of names (ContextDispatcher.pathOf and
 * ruleAt, cached across documents) instead of testing the names above it every time (ruleFor).
 * Both must give the same rule for every element: of the official examples, and of random
 * documents mixing the table's names, the same in other namespaces, invented ones and the `format`
 * attribute that one context tests, more of them than the cache keeps, so that it is emptied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContextDispatcher, type NamePath } from '../../../../shared/rules/en16931/cii/contexts';
import { CII_SYNTAX_TABLE } from '../../../../shared/rules/en16931/cii/table.generated';
import type { XmlElement } from '../../../../shared/xml';
import { seededRandom as random } from '../../../support/seeded-random';
import { rootOf } from './documents';

const EXAMPLES = 'test/fixtures/en16931/examples/cii';

/** Elements whose rule from the name paths differs from the rule found by testing the names. */
function disagreements(dispatcher: ContextDispatcher, root: XmlElement): string[] {
  const found: string[] = [];
  const visit = (element: XmlElement, path: NamePath | undefined) => {
    const expected = dispatcher.ruleFor(element);
    const actual = dispatcher.ruleAt(element, path);
    if (actual !== expected)
      found.push(`${element.name}#${element.order}: ${actual} ≠ ${expected}`);
    for (const child of element.children) {
      visit(child, path === undefined ? undefined : dispatcher.pathOf(child, path));
    }
  };
  dispatcher.startDocument();
  visit(root, dispatcher.pathOf(root, undefined));
  return found;
}

/** Names of the table's contexts, with their prefixes, and a few made up. */
const TABLE_NAMES = [
  ...new Set(CII_SYNTAX_TABLE.flatMap((rule) => rule.match.flatMap((a) => a.steps))),
].filter((name) => !name.includes('*'));

const NAMESPACES =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" ' +
  'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" ' +
  'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" ' +
  'xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" ' +
  'xmlns:x="urn:example:other"';

function randomDocument(next: () => number, serial: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const name = () => {
    const roll = next();
    if (roll < 0.5) return pick(TABLE_NAMES);
    const prefix = pick(['ram', 'rsm', 'udt', 'x']);
    // A name of the table in another namespace: the path must tell them apart.
    if (roll < 0.7) return `${prefix}:${pick(TABLE_NAMES).split(':')[1]}`;
    const suffix = pick(['ID', 'Amount', 'Quantity', 'TradeTax', 'Other']);
    return `${prefix}:Made${serial}n${Math.floor(next() * 50)}${suffix}`;
  };
  const element = (depth: number, qname: string): string => {
    const format =
      qname === 'udt:DateTimeString' ? pick(['', ' format="102"', ' format="610"']) : '';
    const count = depth >= 7 ? 0 : Math.floor(next() * (depth < 2 ? 6 : 4));
    let children = '';
    for (let i = 0; i < count; i++) children += element(depth + 1, name());
    return `<${qname}${format}>${children === '' ? 'v' : children}</${qname}>`;
  };
  const root = next() < 0.8 ? 'rsm:CrossIndustryInvoice' : name();
  const body = element(1, root);
  return body.replace(/^<([^ >]+)/, `<$1 ${NAMESPACES}`);
}

describe('CII syntax table: rules from name paths', () => {
  it('agree with the names tested upwards on the official examples', () => {
    const dispatcher = new ContextDispatcher(CII_SYNTAX_TABLE);
    for (const file of readdirSync(EXAMPLES)) {
      const root = rootOf(readFileSync(join(EXAMPLES, file)));
      expect(disagreements(dispatcher, root), file).toEqual([]);
    }
  });

  it('agree on random documents, past the size of the cache', () => {
    const dispatcher = new ContextDispatcher(CII_SYNTAX_TABLE);
    const next = random(20261127);
    const paths = new Set<string>();
    const gather = (e: XmlElement, above: string) => {
      const path = `${above}/{${e.namespace}}${e.localName}`;
      paths.add(path);
      for (const child of e.children) gather(child, path);
    };
    for (let serial = 0; serial < 300; serial++) {
      const root = rootOf(randomDocument(next, serial));
      expect(disagreements(dispatcher, root), `document ${serial}`).toEqual([]);
      gather(root, '');
    }
    // More distinct paths than the cache keeps (4,096): it was emptied and refilled on the way.
    expect(paths.size).toBeGreaterThan(2 * 4096);
  });
});

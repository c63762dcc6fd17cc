import { describe, expect, it } from 'vitest';
import { nodeLocation } from '../../../../shared/rules/run-rules';
import { ElementLocations, locationsOf } from '../../../../shared/syntax/ubl/locations';
import { descendants, xpathOf } from '../../../../shared/xml';
import { loadExamples } from '../../../support/en16931-suite';
import { officialUblFiles, parse, parseFixture } from './documents';

describe('element locations', () => {
  it('give for every element the XPath xpathOf gives, on every official UBL document', () => {
    for (const path of officialUblFiles()) {
      const { root } = parseFixture(path);
      const locations = new ElementLocations();
      // In reverse order, so that children are located before their parents and siblings.
      for (const element of [root, ...descendants(root)].reverse()) {
        expect(locations.of(element).xpath, path).toBe(xpathOf(element));
      }
    }
  });

  it('count positions per namespace and name, and name unknown namespaces *:', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const many = names.flatMap((n) => [`<x:${n}/>`, `<y:${n}/>`]).join('');
    const { root } = parse(
      `<r xmlns:x="urn:x" xmlns:y="urn:y" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        <x:ID/><y:ID/><x:ID/><cbc:ID/><ID/><small><x:n/><y:n/><x:n/></small>${many.repeat(3)}</r>`,
    );
    const locations = new ElementLocations();
    const elements = [root, ...descendants(root)];
    expect(elements.length).toBeGreaterThan(24);
    for (const element of elements) expect(locations.of(element).xpath).toBe(xpathOf(element));
    expect(locations.xpath(elements[3] as (typeof elements)[number])).toBe('/r/*:ID[2]');
  });

  it('give one location object per element, with its line and column', () => {
    const { root } = parse('<r>\n  <s/>\n</r>');
    const locations = new ElementLocations();
    const element = root.children[0] as (typeof root.children)[number];
    expect(locations.of(element)).toEqual({ xpath: '/r/s', line: 2, column: 3 });
    expect(locations.of(element)).toBe(locations.of(element));
  });

  it('locate the nodes of findings as xpathOf does, attributes included, in both syntaxes', () => {
    for (const { name, xml } of loadExamples()) {
      const { root } = parse(xml);
      for (const element of [root, ...descendants(root)]) {
        expect(nodeLocation(element), name).toEqual({
          xpath: xpathOf(element),
          line: element.line,
          column: element.column,
        });
        for (const attribute of element.attributes) {
          expect(nodeLocation(attribute).xpath, name).toBe(xpathOf(attribute));
        }
      }
    }
  });

  it('are shared by every element of one tree, and only of that tree', () => {
    const first = parse('<r><s/></r>').root;
    const second = parse('<r><s/></r>').root;
    const [s] = first.children;
    expect(s && locationsOf(s)).toBe(locationsOf(first));
    expect(locationsOf(second)).not.toBe(locationsOf(first));
  });
});

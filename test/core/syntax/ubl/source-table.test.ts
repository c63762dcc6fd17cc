/**
 * The reader's source table answers like a `Map` filled with `set` in the order of recording,
 * before and after it builds its map, across the chunks it keeps its records in.
 */
import { describe, expect, it } from 'vitest';
import { ElementLocations, SourceTable } from '../../../../shared/syntax/ubl/locations';
import type { XmlElement } from '../../../../shared/xml';
import { parse } from './documents';

function lines(count: number): XmlElement[] {
  const { root } = parse(`<r>${'<l><v/></l>'.repeat(count)}</r>`);
  return root.children.map((line) => line.children[0] as XmlElement);
}

/** 3,000 records (three chunks), every tenth one recorded again later with another element. */
function recorded(elements: readonly XmlElement[]) {
  const locations = new ElementLocations();
  const table = new SourceTable(locations);
  const reference = new Map<string, ReturnType<ElementLocations['of']>>();
  const record = (at: string, element: XmlElement) => {
    table.record(at, element);
    reference.set(at, locations.of(element));
  };
  elements.forEach((element, i) => {
    record(`/BG-25/${i}/BT-126`, element);
  });
  for (let i = 0; i < elements.length; i += 10) {
    record(`/BG-25/${i}/BT-126`, elements[elements.length - 1 - i] as XmlElement);
  }
  return { table, reference };
}

describe('source table', () => {
  const elements = lines(3000);

  it('finds the last record of a place before building its map, across chunks', () => {
    const { table, reference } = recorded(elements);
    for (const i of [0, 1, 10, 1023, 1024, 1025, 2047, 2048, 2990, 2999]) {
      const at = `/BG-25/${i}/BT-126`;
      expect(table.get(at), at).toEqual(reference.get(at));
    }
    expect(table.has('/BG-25/3000/BT-126')).toBe(false);
    expect(table.get('/BG-25/12/BT-12')).toBeUndefined();
  });

  it('gives the same answers and the same order once its map is built', () => {
    const { table, reference } = recorded(elements);
    // More lookups than the table answers by scanning: it builds its map.
    for (let i = 0; i < 40; i++) expect(table.has(`/BG-25/${i * 70}/BT-126`)).toBe(true);
    expect(table.size).toBe(reference.size);
    expect([...table.entries()]).toEqual([...reference.entries()]);
    table.record('/BG-25/0/BT-126', elements[5] as XmlElement);
    expect(table.get('/BG-25/0/BT-126')?.xpath).toBe('/r/l[6]/v');
  });
});

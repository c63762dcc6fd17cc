import { expect } from 'vitest';
import { getAt, isGroupId, isTermId } from '../../../../shared/model';
import type { ReadResult } from '../../../../shared/syntax/read-result';
import { select, selectAttributes, type XmlElement } from '../../../../shared/xml';

const QUALIFIER_KEYS = new Set(['scheme', 'version', 'mimeCode', 'filename']);

/** JSON pointers of every group, group occurrence, term, term occurrence and qualifier in a model. */
export function modelPointers(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const pointers: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const here = `${at}/${key}`;
    if (isGroupId(key)) {
      pointers.push(here);
      if (Array.isArray(child)) {
        child.forEach((item, index) => {
          pointers.push(`${here}/${index}`, ...modelPointers(item, `${here}/${index}`));
        });
      } else {
        pointers.push(...modelPointers(child, here));
      }
    } else if (isTermId(key)) {
      pointers.push(here);
      const occurrences = Array.isArray(child) ? child : [child];
      occurrences.forEach((item, index) => {
        const place = Array.isArray(child) ? `${here}/${index}` : here;
        if (Array.isArray(child)) pointers.push(place);
        if (typeof item === 'object' && item !== null) {
          for (const qualifier of Object.keys(item)) {
            if (QUALIFIER_KEYS.has(qualifier)) pointers.push(`${place}/${qualifier}`);
          }
        }
      });
    }
  }
  return pointers;
}

/**
 * Every place in the model has a source, every source names a place in the model, and its XPath
 * finds, from the document element, the very element at its line and column.
 */
export function expectSourcesToMatch(result: ReadResult, root: XmlElement): void {
  const pointers = modelPointers(result.invoice).sort();
  expect([...result.sources.keys()].sort()).toEqual(pointers);
  for (const [at, location] of result.sources) {
    expect(getAt(result.invoice, at), at).toBeDefined();
    const xpath = location.xpath as string;
    // The location's XPath is absolute: resolve it from the document element of its tree.
    const found = xpath.includes('/@')
      ? selectAttributes(root, xpath).map((a) => a.parent)
      : select(root, xpath);
    expect(found, `${at} → ${xpath}`).toHaveLength(1);
    expect([found[0]?.line, found[0]?.column], `${at} → ${xpath}`).toEqual([
      location.line,
      location.column,
    ]);
  }
}

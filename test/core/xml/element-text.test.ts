/**
 * An element's `text` is its own text nodes joined as written, whatever the builder does to save
 * memory (indentation joined from a cache, children gathered at the closing tag). Random trees with
 * every kind of run between children: indents of the table, longer ones, tabs, text, references.
 */
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../shared/xml';
import { seededRandom as random } from '../../support/seeded-random';

interface Built {
  readonly xml: string;
  /** The expected text and child names of each element, in document order. */
  readonly expected: { text: string; children: string[] }[];
}

const RUNS: readonly { written: string; read: string }[] = [
  { written: '\n', read: '\n' },
  { written: '\n  ', read: '\n  ' },
  { written: '\n    ', read: '\n    ' },
  { written: `\n${' '.repeat(40)}`, read: `\n${' '.repeat(40)}` },
  { written: `\n${' '.repeat(41)}`, read: `\n${' '.repeat(41)}` },
  { written: '\n\t', read: '\n\t' },
  { written: '  ', read: '  ' },
  { written: 'x', read: 'x' },
  { written: '\n  a &amp; b', read: '\n  a & b' },
  { written: '<![CDATA[\n  ]]>', read: '\n  ' },
];

function buildTree(next: () => number, elements: number): Built {
  const expected: Built['expected'] = [];
  let count = 0;
  const element = (depth: number): string => {
    const index = expected.length;
    const entry = { text: '', children: [] as string[] };
    expected.push(entry);
    const name = `e${count++}`;
    const childCount = depth > 4 || count >= elements ? 0 : Math.floor(next() * 6);
    let body = '';
    for (let c = 0; c <= childCount; c++) {
      if (next() < 0.9) {
        const run = RUNS[Math.floor(next() * RUNS.length)] as (typeof RUNS)[number];
        body += run.written;
        entry.text += run.read;
      }
      if (c < childCount) {
        entry.children.push(`e${count}`);
        body += element(depth + 1);
      }
    }
    expected[index] = entry;
    return body === '' && next() < 0.5 ? `<${name}/>` : `<${name}>${body}</${name}>`;
  };
  return { xml: element(0), expected };
}

function inDocumentOrder(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    all.push(e);
    for (const c of e.children) visit(c);
  };
  visit(root);
  return all;
}

describe('element text', () => {
  it('is each element’s own text runs joined, for random trees parsed twice', () => {
    const next = random(7);
    for (let tree = 0; tree < 300; tree++) {
      const { xml, expected } = buildTree(next, 60);
      // Twice: the second parse finds its indentation joins in the cache.
      for (let pass = 0; pass < 2; pass++) {
        const parsed = parseXml(xml);
        if (!parsed.ok) throw new Error(parsed.error.message.en);
        const elements = inDocumentOrder(parsed.document.root);
        expect(
          elements.map((e) => ({ text: e.text, children: e.children.map((c) => c.localName) })),
        ).toEqual(expected);
      }
    }
  });

  it('stays right when the indentation cache is emptied along the way', () => {
    // More distinct joins than the cache keeps (41 indents × up to 110 children), then shorter
    // chains of the same indents, met again after the cache was emptied.
    const parts: string[] = [];
    const expected: string[] = [];
    for (let width = 0; width <= 40; width++) {
      for (const children of [110, 3, 57]) {
        const indent = `\n${' '.repeat(width)}`;
        parts.push(`<p>${`${indent}<c/>`.repeat(children)}${indent}</p>`);
        expected.push(indent.repeat(children + 1));
      }
    }
    const parsed = parseXml(`<r>${parts.join('')}</r>`);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const texts = parsed.document.root.children.map((p) => p.text);
    expect(texts).toEqual(expected);
  });

  it('keeps the limit on text length for indentation too', () => {
    const parsed = parseXml(`<r>${'\n  <c/>'.repeat(20)}\n</r>`, { maxTextLength: 30 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('xml-text-too-long');
  });
});

/**
 * The writers' structure tables worked out from the XSDs (xsd-structure.ts), restricted to the
 * elements the bindings and the writers' marks name. `generate-structure.ts` prints them as the
 * source of shared/syntax/{ubl,cii}/write-structure.ts; structure.test.ts checks those files still
 * say exactly this.
 */
import type { Invoice } from '../../../../shared/model';
import { CII_BINDING, type CiiGroupContent } from '../../../../shared/syntax/cii/binding';
import { CII_REQUIRED_TEXT } from '../../../../shared/syntax/cii/write';
import { ciiMarks } from '../../../../shared/syntax/cii/write-marks';
import { CII_SETS, type CiiStructureTable } from '../../../../shared/syntax/cii/write-structure';
import {
  UBL_BINDING,
  type UblGroupBinding,
  type UblPath,
} from '../../../../shared/syntax/ubl/binding';
import { UBL_REQUIRED_TEXT } from '../../../../shared/syntax/ubl/write';
import { ublMarks } from '../../../../shared/syntax/ubl/write-marks';
import type { Mark } from '../../../../shared/syntax/write-tree';
import { readXsdStructure, type XsdStructure } from './xsd-structure';

const QNAME = /\b[a-z]+:[A-Za-z]+\b/g;

function namesOf(text: string, into: Set<string>): void {
  for (const match of text.matchAll(QNAME)) into.add(match[0]);
}

function markNames(marks: Readonly<Record<string, Mark>>, into: Set<string>): void {
  for (const mark of Object.values(marks)) {
    for (const [path] of mark.children ?? []) for (const name of path) into.add(name);
  }
}

const NO_INVOICE = {} as Invoice;

export function ublNamesUsed(): Set<string> {
  const names = new Set<string>();
  const path = (p: UblPath | undefined) => {
    if (p === undefined) return;
    if (typeof p === 'string') namesOf(p, names);
    else {
      namesOf(p.invoice, names);
      namesOf(p.creditNote, names);
    }
  };
  const group = (g: {
    terms: readonly { path: UblPath }[];
    groups: readonly UblGroupBinding[];
  }) => {
    for (const t of g.terms) path(t.path);
    for (const sub of g.groups) {
      path(sub.path);
      group(sub);
    }
  };
  group(UBL_BINDING);
  markNames(ublMarks(NO_INVOICE), names);
  for (const [element, [child]] of Object.entries(UBL_REQUIRED_TEXT)) names.add(element).add(child);
  return names;
}

export function ciiNamesUsed(): Set<string> {
  const names = new Set<string>(['rsm:CrossIndustryInvoice']);
  const paths = (p: string | readonly string[] | undefined) => {
    for (const one of typeof p === 'string' ? [p] : (p ?? [])) namesOf(one, names);
  };
  const group = (g: CiiGroupContent) => {
    for (const t of g.terms) {
      paths(t.path);
      paths(t.scheme);
    }
    for (const e of g.extensions ?? []) paths(e.path);
    for (const sub of g.groups ?? []) {
      paths(sub.path);
      group(sub);
    }
  };
  group(CII_BINDING);
  markNames(ciiMarks(NO_INVOICE), names);
  for (const [element, [child]] of Object.entries(CII_REQUIRED_TEXT)) names.add(element).add(child);
  return names;
}

/** Attributes the writers put on elements (values' qualifiers and marks). */
export const ATTRIBUTES_USED = [
  'currencyID',
  'filename',
  'format',
  'listID',
  'listVersionID',
  'mimeCode',
  'schemeID',
  'unitCode',
] as const;

/** UBL: element → its children in XSD order, `+` after a repeatable one. */
export function ublStructureTable(): Record<string, string> {
  const used = ublNamesUsed();
  const table: Record<string, string> = {};
  for (const [set, root] of [
    ['ubl-invoice', 'ubl:Invoice'],
    ['ubl-creditnote', 'cn:CreditNote'],
  ] as const) {
    const xsd = readXsdStructure(set);
    const pending: string[] = [root];
    for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
      const type = xsd.types.get(xsd.elements.get(name) ?? '');
      const children = (type?.children ?? []).filter((c) => used.has(c.name));
      if (children.length === 0) continue;
      const text = children.map((c) => `${c.name}${c.max > 1 ? '+' : ''}`).join(' ');
      if (table[name] !== undefined) {
        if (table[name] !== text) throw new Error(`${name} differs between Invoice and CreditNote`);
        continue;
      }
      table[name] = text;
      pending.push(...children.map((c) => c.name));
    }
  }
  return table;
}

/**
 * CII: element → its children in XSD order, each with the schema sets that allow it (letters of
 * CII_SETS, upper case where it repeats) and, for a leaf, the sets allowing each attribute used.
 */
export function ciiStructureTable(): CiiStructureTable {
  const used = ciiNamesUsed();
  const structures = CII_SETS.map(([, set]) => readXsdStructure(set));
  // Per element: per set, its children (name, max, attributes), in that set's order.
  type Seen = { name: string; type: string; max: number; attributes: readonly string[] };
  const perSet = new Map<string, (Seen[] | undefined)[]>();
  const typeOfElement = new Map<string, string>();
  structures.forEach((xsd, index) => {
    const rootType = xsd.elements.get('rsm:CrossIndustryInvoice') as string;
    const pending: [string, string][] = [['rsm:CrossIndustryInvoice', rootType]];
    const visited = new Set<string>();
    for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
      const [name, typeName] = item;
      if (visited.has(name)) continue;
      visited.add(name);
      const type = xsd.types.get(typeName);
      const children = (type?.children ?? []).filter((c) => used.has(c.name));
      if (children.length === 0) continue;
      const row = perSet.get(name) ?? CII_SETS.map(() => undefined);
      row[index] = children.map((c) => ({
        name: c.name,
        type: c.type,
        max: c.max,
        attributes: attributesOf(xsd, c.type),
      }));
      perSet.set(name, row);
      for (const c of children) {
        // Leaves may differ in type (a code here, a document code there): their attributes are
        // recorded per parent. An element with children must mean one thing wherever it is.
        if ((xsd.types.get(c.type)?.children.length ?? 0) === 0) continue;
        const known = typeOfElement.get(`${index}:${c.name}`);
        if (known !== undefined && known !== c.type)
          throw new Error(`${c.name} has two types in ${CII_SETS[index]?.[1]}`);
        typeOfElement.set(`${index}:${c.name}`, c.type);
        pending.push([c.name, c.type]);
      }
    }
  });
  const table: Record<string, [string, string, Record<string, string>?][]> = {};
  for (const [element, row] of perSet) {
    const order = mergedOrder(element, row);
    table[element] = order.map((child) => {
      let sets = '';
      const attributes: Record<string, string> = {};
      row.forEach((children, index) => {
        const seen = children?.find((c) => c.name === child);
        if (seen === undefined) return;
        const letter = CII_SETS[index]?.[0] as string;
        sets += seen.max > 1 ? letter.toUpperCase() : letter;
        for (const a of seen.attributes) attributes[a] = (attributes[a] ?? '') + letter;
      });
      return Object.keys(attributes).length === 0 ? [child, sets] : [child, sets, attributes];
    });
  }
  return table;
}

function attributesOf(xsd: XsdStructure, type: string): string[] {
  const all = xsd.types.get(type)?.attributes ?? [];
  return ATTRIBUTES_USED.filter((a) => all.includes(a));
}

/** One order for an element's children across sets; throws if two sets disagree. */
function mergedOrder(element: string, row: readonly ({ name: string }[] | undefined)[]): string[] {
  const order: string[] = [];
  for (const children of row) {
    let last = -1;
    for (const { name } of children ?? []) {
      const at = order.indexOf(name);
      if (at >= 0) {
        if (at < last) throw new Error(`${element}: sets disagree on the order of ${name}`);
        last = at;
      } else {
        order.splice(last + 1, 0, name);
        last += 1;
      }
    }
  }
  return order;
}

function quote(text: string): string {
  return `'${text}'`;
}

export function renderUblStructure(table: Record<string, string>): string {
  const rows = Object.entries(table).map(([element, children]) => {
    const line = `  ${quote(element)}: ${quote(children)},`;
    return line.length <= 100 ? line : `  ${quote(element)}:\n    ${quote(children)},`;
  });
  return `${rows.join('\n')}\n`;
}

export function renderCiiStructure(table: CiiStructureTable): string {
  const rows: string[] = [];
  for (const [element, children] of Object.entries(table)) {
    rows.push(`  ${quote(element)}: [`);
    for (const [child, sets, attributes] of children) {
      const extra =
        attributes === undefined
          ? ''
          : `, { ${Object.entries(attributes)
              .map(([a, s]) => `${a}: ${quote(s)}`)
              .join(', ')} }`;
      rows.push(`    [${quote(child)}, ${quote(sets)}${extra}],`);
    }
    rows.push('  ],');
  }
  return `${rows.join('\n')}\n`;
}

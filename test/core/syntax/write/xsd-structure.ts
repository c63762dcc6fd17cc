/**
 * The content models of the bundled XSDs, read with our own XML parser: for each complex type its
 * child elements in sequence order (with their types and cardinalities) or, for simple content,
 * its attributes. The writers' structure tables (shared/syntax/{ubl,cii}/write-structure.ts) are
 * checked against what this reads, so the XSD stays the one source of element order.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { conventionalPrefix } from '../../../../shared/syntax/namespaces';
import { attr, parseXml, type XmlElement } from '../../../../shared/xml';
import { SCHEMA_ROOTS } from '../../../../shared/xsd/schema-bundle.generated';
import type { XsdSchemaSet } from '../../../../shared/xsd/schema-sets';

const SCHEMAS = join(import.meta.dirname, '../../../../shared/xsd/schemas');
const XS = 'http://www.w3.org/2001/XMLSchema';

export interface XsdChild {
  /** Qualified with the conventional prefix: `ram:SellerTradeParty`. */
  readonly name: string;
  /** Qualified type name, e.g. `ram:TradePartyType`. */
  readonly type: string;
  readonly min: number;
  /** `Infinity` for unbounded. */
  readonly max: number;
}

export interface XsdType {
  readonly children: readonly XsdChild[];
  readonly attributes: readonly string[];
}

export interface XsdStructure {
  /** Type of each global element, by qualified name. */
  readonly elements: ReadonlyMap<string, string>;
  /** Each named complex type, by qualified name. */
  readonly types: ReadonlyMap<string, XsdType>;
}

function qualified(name: string, namespace: string): string {
  const prefix = conventionalPrefix(namespace);
  return prefix === undefined ? `{${namespace}}${name}` : `${prefix}:${name}`;
}

/** A QName written in the schema (`ram:TradePartyType`) → our conventional prefix. */
function resolveQName(element: XmlElement, text: string, declarations: Map<string, string>) {
  const [prefix, local] = text.includes(':') ? text.split(':') : ['', text];
  const namespace = declarations.get(prefix as string);
  if (namespace === undefined) throw new Error(`unknown prefix in ${text} (${element.name})`);
  if (namespace === XS) return `xs:${local}`;
  return qualified(local as string, namespace);
}

/** Namespace declarations of a schema root, read from the raw text (the tree drops xmlns). */
function declarationsOf(text: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const root = /<(?:\w+:)?schema\b[^>]*>/s.exec(text)?.[0] ?? '';
  for (const match of root.matchAll(/xmlns(?::([\w.-]+))?="([^"]+)"/g)) {
    declarations.set(match[1] ?? '', match[2] as string);
  }
  return declarations;
}

function xsChildren(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (c) => c.namespace === XS && (local === undefined || c.localName === local),
  );
}

function occurs(value: string | undefined): number {
  if (value === undefined) return 1;
  return value === 'unbounded' ? Number.POSITIVE_INFINITY : Number(value);
}

export function readXsdStructure(set: XsdSchemaSet): XsdStructure {
  const elements = new Map<string, string>();
  const types = new Map<string, XsdType>();
  const pendingRefs: { list: XsdChild[]; index: number; ref: string }[] = [];
  const seen = new Set<string>();

  const load = (path: string) => {
    const file = normalize(path);
    // The signature schemas (XML-DSig, XAdES) carry a DTD our parser refuses; no invoice term lives there.
    if (seen.has(file) || /xmldsig|XAdES/.test(file)) return;
    seen.add(file);
    const text = readFileSync(join(SCHEMAS, file), 'utf8');
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message.en}`);
    const schema = parsed.document.root;
    const target = attr(schema, 'targetNamespace') ?? '';
    const declarations = declarationsOf(text);
    for (const node of schema.children) {
      if (node.namespace !== XS) continue;
      const location = attr(node, 'schemaLocation');
      if ((node.localName === 'import' || node.localName === 'include') && location) {
        load(join(dirname(file), location));
      } else if (node.localName === 'element') {
        const type = attr(node, 'type');
        if (type)
          elements.set(
            qualified(attr(node, 'name') as string, target),
            resolveQName(node, type, declarations),
          );
      } else if (node.localName === 'complexType') {
        types.set(
          qualified(attr(node, 'name') as string, target),
          complexType(node, target, declarations),
        );
      }
    }
  };

  const complexType = (node: XmlElement, target: string, declarations: Map<string, string>) => {
    const children: XsdChild[] = [];
    const attributes: string[] = [];
    const walk = (group: XmlElement, optional: boolean) => {
      for (const item of xsChildren(group)) {
        if (item.localName === 'element') {
          const min = optional ? 0 : occurs(attr(item, 'minOccurs'));
          const max = occurs(attr(item, 'maxOccurs'));
          const ref = attr(item, 'ref');
          if (ref !== undefined) {
            const name = resolveQName(item, ref, declarations);
            pendingRefs.push({ list: children, index: children.length, ref: name });
            children.push({ name, type: '', min, max });
          } else {
            const name = qualified(attr(item, 'name') as string, target);
            const type = attr(item, 'type');
            const inline = xsChildren(item, 'complexType')[0];
            let typeName = type ? resolveQName(item, type, declarations) : '';
            if (inline !== undefined) {
              // An anonymous type (udt:DateTimeString): named after its element.
              typeName = `${name}#anonymous`;
              types.set(typeName, complexType(inline, target, declarations));
            }
            children.push({ name, type: typeName, min, max });
          }
        } else if (item.localName === 'sequence') {
          walk(item, optional || attr(item, 'minOccurs') === '0');
        } else if (item.localName === 'choice') {
          walk(item, true);
        }
      }
    };
    for (const part of xsChildren(node)) {
      if (part.localName === 'sequence' || part.localName === 'choice') {
        walk(part, part.localName === 'choice');
      } else if (part.localName === 'simpleContent' || part.localName === 'complexContent') {
        for (const derivation of xsChildren(part)) {
          for (const a of xsChildren(derivation, 'attribute')) {
            const name = attr(a, 'name');
            if (name !== undefined) attributes.push(name);
          }
          for (const sequence of xsChildren(derivation, 'sequence')) walk(sequence, false);
          const base = attr(derivation, 'base');
          if (base !== undefined)
            attributes.push(`base:${resolveQName(derivation, base, declarations)}`);
        }
      }
    }
    for (const a of xsChildren(node, 'attribute')) {
      const name = attr(a, 'name');
      if (name !== undefined) attributes.push(name);
    }
    return { children, attributes };
  };

  load(SCHEMA_ROOTS[set]);
  for (const { list, index, ref } of pendingRefs) {
    // Elements of the skipped signature schemas keep an empty type.
    list[index] = { ...(list[index] as XsdChild), type: elements.get(ref) ?? '' };
  }
  // Attributes inherited through simple-content extensions (UBL's cbc types → udt → ccts).
  const resolved = new Map<string, XsdType>();
  const attributesOf = (name: string, depth = 0): string[] => {
    const type = types.get(name);
    if (type === undefined || depth > 10) return [];
    return type.attributes.flatMap((a) =>
      a.startsWith('base:') ? attributesOf(a.slice(5), depth + 1) : [a],
    );
  };
  for (const [name, type] of types) {
    resolved.set(name, { children: type.children, attributes: attributesOf(name) });
  }
  return { elements, types: resolved };
}

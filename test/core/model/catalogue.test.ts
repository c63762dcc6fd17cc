import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DataType, GroupId, Root, TermId } from '../../../shared/model';
import {
  AMOUNT_TERMS,
  ancestorsOf,
  BinaryObjectSchema,
  BUSINESS_GROUPS,
  BUSINESS_TERMS,
  ClassificationIdentifierSchema,
  childrenOf,
  definitionOf,
  GROUP_SCHEMAS,
  IdentifierSchema,
  InvoiceSchema,
  isRepeatable,
  MODEL_ELEMENTS,
  QUALIFIERS,
  ROOT,
  valueShapeOf,
} from '../../../shared/model';
import { code, countryCode, currencyCode, date, decimal, text } from '../../../shared/model/values';

function idNumber(id: string): number {
  return Number(id.split('-')[1]);
}

function schemaOf(parent: GroupId | Root): z.ZodObject {
  return parent === ROOT ? InvoiceSchema : GROUP_SCHEMAS[parent];
}

/** The schema of one key with its `.optional()` removed. */
function fieldSchema(parent: GroupId | Root, key: string): z.ZodType {
  const field = schemaOf(parent).shape[key];
  if (!(field instanceof z.ZodOptional)) throw new Error(`${parent}/${key} is not optional`);
  return field.unwrap() as z.ZodType;
}

describe('term catalogue', () => {
  it('has the 32 groups BG-1…BG-32', () => {
    expect(BUSINESS_GROUPS.map((group) => idNumber(group.id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 32 }, (_, index) => index + 1),
    );
  });

  it('has the 164 terms BT-1…BT-165, without BT-4', () => {
    const numbers = BUSINESS_TERMS.map((term) => idNumber(term.id)).sort((a, b) => a - b);
    expect(numbers).toHaveLength(164);
    expect(numbers).toEqual(
      Array.from({ length: 165 }, (_, index) => index + 1).filter((number) => number !== 4),
    );
  });

  it('lists the 21 amounts, document totals included', () => {
    expect(AMOUNT_TERMS).toHaveLength(21);
    expect(AMOUNT_TERMS).toEqual(expect.arrayContaining(['BT-92', 'BT-106', 'BT-115', 'BT-142']));
    expect(AMOUNT_TERMS).not.toContain('BT-146');
  });

  it('names every element once, in French and English', () => {
    const ids = MODEL_ELEMENTS.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of MODEL_ELEMENTS) {
      expect(element.name.fr.trim(), element.id).not.toBe('');
      expect(element.name.en.trim(), element.id).not.toBe('');
    }
  });

  it('gives every element a parent that is the document or a group listed before it', () => {
    const seen = new Set<string>([ROOT]);
    for (const element of MODEL_ELEMENTS) {
      expect(seen.has(element.parent), `${element.id} under ${element.parent}`).toBe(true);
      expect(element.parent === ROOT || definitionOf(element.parent)?.kind === 'group').toBe(true);
      if (element.kind === 'group') seen.add(element.id);
    }
  });

  it('keeps the structure of the norm where it is easy to get wrong', () => {
    expect(ancestorsOf('BT-73')).toEqual(['BG-13', 'BG-14']);
    expect(ancestorsOf('BT-146')).toEqual(['BG-25', 'BG-29']);
    expect(ancestorsOf('BT-161')).toEqual(['BG-25', 'BG-31', 'BG-32']);
    expect(childrenOf('BG-5').map((element) => element.id)).toEqual([
      'BT-35',
      'BT-36',
      'BT-162',
      'BT-37',
      'BT-38',
      'BT-39',
      'BT-40',
    ]);
    expect(definitionOf('BT-29').cardinality).toBe('0..n');
    expect(definitionOf('BT-158').cardinality).toBe('0..n');
    expect(definitionOf('BG-23').cardinality).toBe('1..n');
    expect(definitionOf('BT-23').cardinality).toBe('0..1');
    expect(definitionOf('BG-16').cardinality).toBe('0..1');
  });

  it('types ids as unions of the literal ids', () => {
    const known: TermId = 'BT-131';
    // @ts-expect-error BT-4 is not an EN 16931 term: the type must say so.
    const unknown: TermId = 'BT-4';
    expect([known, unknown]).toEqual(['BT-131', 'BT-4']);
  });

  it('attaches qualifiers to identifier or binary terms that exist', () => {
    for (const qualifier of QUALIFIERS) {
      const term = definitionOf(qualifier.term);
      expect(term?.kind, qualifier.id).toBe('term');
      if (term?.kind !== 'term') continue;
      expect(['Identifier', 'BinaryObject']).toContain(term.type);
      expect(qualifier.id.startsWith(`${term.id}-`)).toBe(true);
    }
  });
});

describe('schemas and catalogue name the same keys', () => {
  const parents: (GroupId | Root)[] = [ROOT, ...BUSINESS_GROUPS.map((group) => group.id)];

  it.each(parents)('%s', (parent) => {
    const expected = childrenOf(parent).map((element) => element.id);
    const extensions = parent === ROOT || parent === 'BG-25' ? ['extensions'] : [];
    expect(Object.keys(schemaOf(parent).shape)).toEqual([...expected, ...extensions]);
  });

  it('has one schema per group', () => {
    expect(Object.keys(GROUP_SCHEMAS).sort()).toEqual(
      BUSINESS_GROUPS.map((group) => group.id).sort(),
    );
  });

  it('nests each group schema at its place, as an array when the group repeats', () => {
    for (const group of BUSINESS_GROUPS) {
      const field = fieldSchema(group.parent as GroupId | Root, group.id);
      const inner = isRepeatable(group.cardinality)
        ? (field as z.ZodArray<z.ZodType>).element
        : field;
      expect(field instanceof z.ZodArray, group.id).toBe(isRepeatable(group.cardinality));
      expect(inner, group.id).toBe(GROUP_SCHEMAS[group.id]);
    }
  });

  const VALUE_SCHEMA: Record<DataType, z.ZodType[]> = {
    Text: [text],
    DocumentReference: [text],
    Identifier: [text, IdentifierSchema, ClassificationIdentifierSchema],
    Code: [code, currencyCode, countryCode],
    Date: [date],
    Amount: [decimal],
    UnitPriceAmount: [decimal],
    Quantity: [decimal],
    Percentage: [decimal],
    BinaryObject: [BinaryObjectSchema],
  };

  it('gives each term the value schema of its data type and shape', () => {
    for (const term of BUSINESS_TERMS) {
      const field = fieldSchema(term.parent as GroupId | Root, term.id);
      expect(field instanceof z.ZodArray, term.id).toBe(isRepeatable(term.cardinality));
      const value = field instanceof z.ZodArray ? (field.element as z.ZodType) : field;
      expect(VALUE_SCHEMA[term.type], term.id).toContain(value);
      const shape = valueShapeOf(term.id);
      if (shape === 'identifier')
        expect([IdentifierSchema, ClassificationIdentifierSchema]).toContain(value);
      if (shape === 'binary') expect(value).toBe(BinaryObjectSchema);
      if (shape === 'string') expect(value._zod.def.type, term.id).toBe('string');
    }
  });

  it('checks currency and country code shapes where the norm uses those lists', () => {
    expect(fieldSchema(ROOT, 'BT-5')).toBe(currencyCode);
    expect(fieldSchema(ROOT, 'BT-6')).toBe(currencyCode);
    for (const [group, term] of [
      ['BG-5', 'BT-40'],
      ['BG-8', 'BT-55'],
      ['BG-12', 'BT-69'],
      ['BG-15', 'BT-80'],
      ['BG-31', 'BT-159'],
    ] as const) {
      expect(fieldSchema(group, term), term).toBe(countryCode);
    }
  });

  it('gives the classification identifier its version key, and only it', () => {
    expect(fieldSchema('BG-31', 'BT-158')).toBeInstanceOf(z.ZodArray);
    expect(Object.keys(ClassificationIdentifierSchema.shape)).toEqual(['id', 'scheme', 'version']);
    expect(Object.keys(IdentifierSchema.shape)).toEqual(['id', 'scheme']);
  });
});

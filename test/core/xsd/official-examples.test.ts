import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaSetForDocument } from '../../../shared/xsd';
import { fixtures, nodeValidator, readFixture } from './helpers';

const validator = nodeValidator();

function examples(folder: string): string[] {
  return readdirSync(resolve(fixtures, 'en16931/examples', folder)).filter((name) =>
    /\.xml$/i.test(name),
  );
}

describe('official EN 16931 examples pass their schema', () => {
  it.each(examples('ubl'))('UBL %s', async (name) => {
    const xml = readFixture(`en16931/examples/ubl/${name}`);
    const kind = /<(?:\w+:)?CreditNote[\s>]/.test(xml) ? 'ubl-credit-note' : 'ubl-invoice';
    const result = await validator.validate(xml, schemaSetForDocument(kind) ?? 'ubl-invoice');
    expect(result).toMatchObject({ status: 'ran', findings: [] });
  });

  it.each(examples('cii'))('CII %s', async (name) => {
    const xml = readFixture(`en16931/examples/cii/${name}`);
    const result = await validator.validate(xml, 'cii-d16b');
    expect(result).toMatchObject({ status: 'ran', set: 'cii-d16b', findings: [] });
  });

  it('covers both UBL document types and CII', () => {
    expect(examples('ubl').length).toBeGreaterThan(10);
    expect(examples('cii').length).toBeGreaterThan(10);
  });
});

/**
 * CII in each Factur-X profile: only what the profile's schema allows, BT-24 set to the profile's
 * identifier, and nothing silently lost — every value of the model is either read back from the
 * written document at the same place, or listed in `dropped`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAt } from '../../../../shared/model';
import { FACTURX_GUIDELINES, writeCii } from '../../../../shared/syntax/cii/write';
import { detectDocument } from '../../../../shared/syntax/detect';
import { profileOf } from '../../../../shared/syntax/profiles';
import { readInvoice } from '../../../../shared/syntax/read';
import { writeInvoice } from '../../../../shared/syntax/write';
import { parseXml } from '../../../../shared/xml';
import {
  FACTURX_PROFILES,
  type FacturxProfile,
  schemaSetForDocument,
} from '../../../../shared/xsd';
import { EN16931, FIXTURES } from '../../xml/fixture-files';
import { nodeValidator } from '../../xsd/helpers';

const validator = nodeValidator();

const SOURCES = [
  join(FIXTURES, 'facturx/Extended/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml'),
  join(EN16931, 'examples/cii/CII_example5.xml'),
  join(EN16931, 'examples/ubl/ubl-tc434-example5.xml'),
  join(EN16931, 'examples/ubl/ubl-tc434-creditnote1.xml'),
];

function read(xml: string | Uint8Array) {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const result = readInvoice(parsed.document);
  if ('error' in result) throw new Error(result.error.en);
  return { invoice: result.invoice, root: parsed.document.root };
}

/** Every value of a model with its pointer (strings are the leaves of the JSON form). */
function* leaves(value: unknown, at = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* leaves(v, `${at}/${i}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${at}/${k}`);
  }
}

function covered(pointer: string, dropped: readonly string[]): boolean {
  return dropped.some((d) => pointer === d || pointer.startsWith(`${d}/`));
}

describe.each(SOURCES.map((path) => [path.split('/').at(-1) as string, path] as const))(
  '%s written in each Factur-X profile',
  (_name, path) => {
    const original = read(readFileSync(path)).invoice;

    it.each(FACTURX_PROFILES.map((p) => [p]))('%s', async (profile: FacturxProfile) => {
      const written = writeCii(original, { profile });
      const back = read(written.xml);
      // BT-24 says the profile, and the XSD layer checks the document against that profile.
      expect(back.invoice['BG-2']?.['BT-24']).toBe(FACTURX_GUIDELINES[profile]);
      const detected = detectDocument(back.root);
      const set = schemaSetForDocument(detected.kind, detected.profile?.id);
      expect(set).toBe(`facturx-${profile}`);
      expect(await validator.validate(written.xml, set ?? 'cii-d16b')).toMatchObject({
        status: 'ran',
        findings: [],
      });
      // Nothing silently lost, nothing invented.
      const dropped = written.dropped.map((d) => d.pointer);
      const derived = new Map(written.derived.map((d) => [d.pointer, d.value]));
      for (const [pointer, value] of leaves(original)) {
        if (pointer === '/BG-2/BT-24' || pointer === '/BT-8') continue;
        if (covered(pointer, dropped)) {
          expect(getAt(back.invoice, pointer), pointer).toBeUndefined();
        } else {
          expect(getAt(back.invoice, pointer), pointer).toBe(value);
        }
      }
      for (const [pointer, value] of leaves(back.invoice)) {
        if (pointer === '/BG-2/BT-24' || pointer === '/BT-8') continue;
        expect(getAt(original, pointer) ?? derived.get(pointer), pointer).toBe(value);
      }
      for (const entry of written.dropped) {
        expect(entry.reason === 'profile' || entry.pointer === '/BG-2/BT-24').toBe(true);
        expect(entry.message.fr).toContain(entry.term);
      }
    });
  },
);

describe('profile subsets', () => {
  const original = read(readFileSync(SOURCES[0] as string)).invoice;
  const droppedTerms = (profile: FacturxProfile) =>
    new Set(writeCii(original, { profile }).dropped.map((d) => d.pointer));

  it('MINIMUM and BASIC WL have no lines; MINIMUM no VAT breakdown either', () => {
    const minimum = droppedTerms('minimum');
    const basicWl = droppedTerms('basicwl');
    expect(minimum).toContain('/BG-25');
    expect(minimum).toContain('/BG-23');
    expect(basicWl).toContain('/BG-25');
    expect(basicWl).not.toContain('/BG-23');
    expect(droppedTerms('basic')).not.toContain('/BG-25');
  });

  it('EN 16931 keeps every term of the norm, EXTENDED also the French extensions', () => {
    const en16931 = writeCii(original, { profile: 'en16931' }).dropped;
    expect(
      en16931.every((d) => d.pointer === '/BG-2/BT-24' || d.pointer.includes('/extensions/')),
    ).toBe(true);
    expect(writeCii(original, { profile: 'extended' }).dropped.map((d) => d.pointer)).toEqual([]);
  });

  it('replaces another BT-24 and says so; keeps BT-24 when no profile is asked for', () => {
    const minimum = writeCii(original, { profile: 'minimum' });
    expect(minimum.dropped).toContainEqual(
      expect.objectContaining({ pointer: '/BG-2/BT-24', reason: 'replaced' }),
    );
    const plain = writeInvoice(original, { syntax: 'cii' });
    expect(read(plain.xml).invoice['BG-2']?.['BT-24']).toBe(original['BG-2']?.['BT-24']);
  });

  it('publishes the identifiers profiles.ts recognises', () => {
    const ids: Record<FacturxProfile, string> = {
      minimum: 'minimum',
      basicwl: 'basic-wl',
      basic: 'basic',
      en16931: 'en16931',
      extended: 'extended',
    };
    for (const profile of FACTURX_PROFILES) {
      const known = profileOf(FACTURX_GUIDELINES[profile], 'cii');
      expect([known.id, known.exact, known.legacy]).toEqual([ids[profile], true, false]);
    }
  });
});

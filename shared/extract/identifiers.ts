/**
 * Identifiers printed on the page (SIRET, SIREN, VAT number, IBAN, BIC) and whose they are, from
 * the label (`SIRET client`, `N° TVA client`, `Customer VAT Number`) or the block they sit in.
 * Each is checked with shared/identifiers; a number that fails its check is still read (the FNFE
 * samples use dummy numbers) and said to be wrong.
 */
import { getCountrySpecifications } from 'ibantools';
import type { LocalizedText } from '../i18n/text';
import * as bic from '../identifiers/bic';
import * as iban from '../identifiers/iban';
import type { Validation } from '../identifiers/result';
import * as siren from '../identifiers/siren';
import * as siret from '../identifiers/siret';
import * as vatEu from '../identifiers/vat-eu';
import { type Block, blockOfSegment } from './blocks';
import { findLabeled, type Hit, label, type PageIndex, type Parsed } from './find';

export type IdentifierKind = 'siret' | 'siren' | 'rcs' | 'vat' | 'iban' | 'bic';
export type Party = 'seller' | 'buyer' | 'excluded';

export interface IdentifierHit {
  readonly kind: IdentifierKind;
  /** Without separators, upper case. */
  readonly value: string;
  readonly party: Party;
  /** 0: the party's own block or a qualified label; 1: header/footer band; 2: anywhere else. */
  readonly rank: number;
  readonly hit: Hit<string>;
  readonly valid: boolean;
  readonly problem?: LocalizedText;
}

interface Spec {
  readonly kind: IdentifierKind;
  readonly pattern: RegExp;
  readonly party?: Party;
  readonly parse: (text: string) => Parsed<string> | undefined;
}

const BUYER_WORDS = '(?:client|clt|dest(?:inataire)?|acheteur|du\\s+client|customer|buyer)';

const SPECS: readonly Spec[] = [
  {
    kind: 'siret',
    pattern: label(`(?:n[°º]\\s*)?SIRET\\s+${BUYER_WORDS}`),
    party: 'buyer',
    parse: digits(14),
  },
  { kind: 'siret', pattern: label('(?:n[°º]\\s*)?SIRET(?:\\s+n[°º])?'), parse: digits(14) },
  {
    kind: 'siren',
    pattern: label(`(?:n[°º]\\s*)?SIREN\\s+${BUYER_WORDS}`),
    party: 'buyer',
    parse: digits(9),
  },
  { kind: 'siren', pattern: label('(?:n[°º]\\s*)?SIREN(?:\\s+n[°º])?'), parse: digits(9) },
  { kind: 'rcs', pattern: label('R\\.?\\s?C\\.?\\s?S\\.?'), parse: rcsNumber },
  {
    kind: 'vat',
    pattern: label(
      `(?:(?:n[°º]|num[ée]ro)\\s*(?:de\\s+)?)?tva(?:\\s+intra(?:-?communautaire)?)?\\s+${BUYER_WORDS}|(?:customer|buyer)\\s+vat(?:\\s+(?:number|no|id))?`,
    ),
    party: 'buyer',
    parse: vatNumber,
  },
  {
    kind: 'vat',
    pattern: label(
      '(?:(?:n[°º]|num[ée]ro)\\s*(?:de\\s+)?)?(?:tva|identification\\s+tva)(?:\\s+intra(?:-?communautaire)?)?|identifiant\\s+tva|vat(?:\\s+(?:number|no|id|reg(?:istration)?(?:\\s+(?:number|no))?))?',
    ),
    parse: vatNumber,
  },
  { kind: 'iban', pattern: label('IBAN'), parse: ibanNumber },
  { kind: 'bic', pattern: label('BIC|SWIFT|code\\s+BIC'), parse: bicCode },
];

/** Every identifier printed with a label, with its party. */
export function findIdentifiers(index: PageIndex, blocks: readonly Block[]): IdentifierHit[] {
  const blockOf = blockOfSegment(blocks);
  const found: IdentifierHit[] = [];
  const seen = new Set<string>();
  for (const spec of SPECS) {
    for (const hit of findLabeled(index, [spec.pattern], spec.parse)) {
      // A buyer-qualified label also matches the plain pattern: keep the first (qualified) reading.
      const key = `${spec.kind === 'rcs' ? 'siren' : spec.kind}:${hit.label.id}:${hit.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { party, rank } = partyOf(spec, blockOf.get(hit.label.id));
      const checked = check(spec.kind, hit.value);
      found.push({
        kind: spec.kind,
        value: hit.value,
        party,
        rank,
        hit,
        valid: checked.valid,
        ...(checked.valid ? {} : { problem: checked.message }),
      });
    }
  }
  return found;
}

function partyOf(spec: Spec, block: Block | undefined): { party: Party; rank: number } {
  if (spec.party) return { party: spec.party, rank: 0 };
  switch (block?.role) {
    case 'seller':
    case 'ours':
      return { party: 'seller', rank: 0 };
    case 'buyer':
    case 'yours':
      return { party: 'buyer', rank: 0 };
    case 'legal':
      return { party: 'seller', rank: 1 };
    case 'delivery':
    case 'payee':
    case 'taxrep':
      return { party: 'excluded', rank: 9 };
    default:
      return { party: 'seller', rank: 2 };
  }
}

function check(kind: IdentifierKind, value: string): Validation {
  switch (kind) {
    case 'siret':
      return siret.validate(value);
    case 'siren':
    case 'rcs':
      return siren.validate(value);
    case 'vat':
      return vatEu.validate(value);
    case 'iban':
      return iban.validate(value);
    case 'bic':
      return bic.validate(value);
  }
}

/** `count` digits, single spaces or dots allowed between them, not followed by another digit. */
function digits(count: number): (text: string) => Parsed<string> | undefined {
  const pattern = new RegExp(`^[\\s:]*(\\d(?:[\\s.]?\\d){${count - 1}})(?![\\s.]?\\d)`);
  return (text) => {
    const match = pattern.exec(text);
    if (!match?.[1]) return undefined;
    return { value: match[1].replace(/[\s.]/g, ''), length: match[0].length };
  };
}

/** `RCS Paris 123 456 789`: the town comes between the label and the SIREN. */
function rcsNumber(text: string): Parsed<string> | undefined {
  const match = /^[\s:]*(?:[\p{L}'-]+\s+){0,3}?(\d(?:[\s.]?\d){8})(?![\s.]?\d)/u.exec(text);
  if (!match?.[1]) return undefined;
  return { value: match[1].replace(/[\s.]/g, ''), length: match[0].length };
}

/**
 * A VAT number: two letters of an EU prefix, then the national number. French numbers are read as
 * FR + key (2) + SIREN (9), whatever the spacing; others stop before a word of three letters.
 */
function vatNumber(text: string): Parsed<string> | undefined {
  const french = /^[\s:]*(FR[\s.]?(?:[0-9A-Z][\s.]?){2}(?:\d[\s.]?){8}\d)(?![\d])/i.exec(text);
  if (french?.[1]) {
    return { value: french[1].replace(/[\s.]/g, '').toUpperCase(), length: french[0].length };
  }
  const other = /^[\s:]*([A-Z]{2})((?:[\s.]?[0-9A-Z+*]){2,13})/.exec(text);
  if (!other?.[1] || !other[2]) return undefined;
  const prefix = other[1];
  if (!vatEu.EU_VAT_PREFIXES.includes(prefix)) return undefined;
  let body = other[2].replace(/[\s.]/g, '');
  body = body.replace(/[A-Z]{3,}$/, '');
  // The shortest national numbers have 8 characters: anything shorter is a word (`TVA DE 20 %`).
  if (body.length < 8 || (body.match(/\d/g) ?? []).length < 2) return undefined;
  return { value: `${prefix}${body}`, length: other[0].length };
}

/** An IBAN, cut at the length its country registers. */
function ibanNumber(text: string): Parsed<string> | undefined {
  const match = /^[\s:]*([A-Z]{2}\d{2}(?:\s?[0-9A-Z]){8,32})/i.exec(text);
  if (!match?.[1]) return undefined;
  const compact = match[1].replace(/\s/g, '').toUpperCase();
  const country = compact.slice(0, 2);
  const length = getCountrySpecifications()[country]?.chars;
  if (typeof length !== 'number' || compact.length < length) return undefined;
  // Count the printed characters that make up `length` compact characters.
  const printedStart = match[0].length - match[1].length;
  let kept = 0;
  let end = printedStart;
  while (end < match[0].length && kept < length) {
    if (!/\s/.test(match[0][end] ?? '')) kept++;
    end++;
  }
  return { value: compact.slice(0, length), length: end };
}

/** A BIC, or what is printed in its place (samples print placeholders such as `BIC_MONCOMPTE`). */
function bicCode(text: string): Parsed<string> | undefined {
  const match = /^[\s:]*([A-Z0-9_]{6,15})(?![A-Za-z0-9_])/.exec(text);
  if (!match?.[1] || !/[A-Z]{4}/.test(match[1])) return undefined;
  return { value: match[1], length: match[0].length };
}

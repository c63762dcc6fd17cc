import type { LocalizedText } from '../i18n/text';
import { shown } from './errors';

/**
 * The only entities a document without a DTD may use (XML 1.0 §4.6). Since every DOCTYPE is
 * refused, no other entity can ever be defined: nothing expands, nothing is fetched.
 */
const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
]);

/** Longest reference worth reading: `&#x10FFFF;` and the predefined names are all shorter. */
const REFERENCE_MAX = 32;

export interface ReferenceFailure {
  readonly code: 'xml-entity';
  /** Offset of the `&` in the decoded string. */
  readonly at: number;
  readonly detail: LocalizedText;
}

/** Replaces entity and character references in `raw`; the first bad one is reported instead. */
export function decodeReferences(raw: string): string | ReferenceFailure {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let copied = 0;
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > REFERENCE_MAX) return loneAmpersand(amp);
    const body = raw.slice(amp + 1, semi);
    const replacement = body.startsWith('#') ? characterOf(body) : PREDEFINED.get(body);
    if (replacement === undefined) return badReference(amp, body);
    out += raw.slice(copied, amp) + replacement;
    copied = semi + 1;
    amp = raw.indexOf('&', copied);
  }
  return out + raw.slice(copied);
}

function characterOf(body: string): string | undefined {
  const hex = body.startsWith('#x');
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const codePoint = Number.parseInt(digits, hex ? 16 : 10);
  return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : undefined;
}

function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function loneAmpersand(at: number): ReferenceFailure {
  return {
    code: 'xml-entity',
    at,
    detail: {
      fr: 'le caractère & doit être écrit &amp; dans un texte ou une valeur.',
      en: 'the character & must be written &amp; in text or in a value.',
    },
  };
}

function badReference(at: number, body: string): ReferenceFailure {
  const written = `&${shown(body)};`;
  if (body.startsWith('#')) {
    return {
      code: 'xml-entity',
      at,
      detail: {
        fr: `la référence de caractère ${written} ne désigne pas un caractère permis en XML.`,
        en: `the character reference ${written} does not stand for a character XML allows.`,
      },
    };
  }
  return {
    code: 'xml-entity',
    at,
    detail: {
      fr: `l'entité ${written} est inconnue : seules &lt; &gt; &amp; &apos; &quot; et les références numériques sont admises (aucune DTD n'est lue).`,
      en: `the entity ${written} is unknown: only &lt; &gt; &amp; &apos; &quot; and numeric references are allowed (no DTD is read).`,
    },
  };
}

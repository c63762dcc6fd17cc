/**
 * Text for the standard PDF fonts, which only know the WinAnsi character set (Latin-1 plus
 * € ’ “ ” … œ Œ and a few more): enough for French. Any other character is replaced by its base
 * letter when it has one (ł → l is not, ő → o is) or by `?`, so that drawing never fails on an
 * invoice written in another script; the XML attached to the PDF keeps the exact text.
 */
import type { PDFFont } from '@cantoo/pdf-lib';

const SPACES = /[\t\r\u2000-\u200b\u202f\u205f\u3000]/g;

const charsets = new WeakMap<PDFFont, ReadonlySet<number>>();

function charsetOf(font: PDFFont): ReadonlySet<number> {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  return set;
}

/** The text with every character the font cannot draw replaced; line feeds are kept. */
export function drawable(text: string, font: PDFFont): string {
  const known = charsetOf(font);
  let out = '';
  for (const char of text.replace(SPACES, ' ')) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (known.has(code) || char === '\n') {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length > 0 && [...base].every((c) => known.has(c.codePointAt(0) ?? 0)) ? base : '?';
  }
  return out;
}

/**
 * Splits text into lines no wider than `width` at `size`: breaks between words, and inside a word
 * only when the word alone is too wide (an IBAN, a URL).
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of drawable(text, font).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * How texts of the portal page are compared: labels, headings, option labels. The portal writes
 * « Numéro de facture* », « Date de facture : », « Montant à payer » with non-breaking spaces and
 * marks mandatory fields with a star; a label in the mapping table must match all of them.
 */

/** Every space the portal may write: ordinary, non-breaking (U+00A0), narrow non-breaking (U+202F), thin. */
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** A star, a colon or spaces at the end of a label (repeated: « Devise * : »). */
const LABEL_TAIL = /[\s*:]+$/;

/**
 * The comparable form of a label: accents removed, lower case, one ordinary space between words,
 * typographic apostrophes as `'`, no trailing `*` or `:`. « Numéro de la facture d’origine * » →
 * `numero de la facture d'origine`.
 */
export function normalizeLabel(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const result = normalizeOnce(text);
  // The same labels and options come back for every row of a table: remember a few thousand.
  if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
  normalized.set(text, result);
  return result;
}

const NORMALIZED_KEPT = 4000;
const normalized = new Map<string, string>();

function normalizeOnce(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(SPACES, ' ')
    .toLowerCase()
    .trim()
    .replace(LABEL_TAIL, '')
    .trim();
}

/** Text without any space, upper case: compares IBANs and SIRETs however the page groups them. */
export function compactText(text: string): string {
  return text.replace(SPACES, '').replace(/[.-]/g, '').toUpperCase();
}

/** Whether `label` is `wanted` or starts with it followed by a word boundary (« Quantité de la ligne 3 »). */
export function labelStartsWith(label: string, wanted: string): boolean {
  if (!label.startsWith(wanted)) return false;
  const next = label.charAt(wanted.length);
  return next === '' || !/[a-z0-9]/.test(next);
}

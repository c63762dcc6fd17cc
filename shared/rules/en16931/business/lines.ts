/**
 * Rules on each invoice line (BG-25): identifier, quantity and unit, net amount, item name, prices
 * (BR-21…BR-28), VAT category (BR-CO-04), item identifiers' schemes (BR-64, BR-65), item
 * attributes (BR-54).
 */
import type { LocalizedText } from '../../../i18n/text';
import type { InvoiceLine } from '../../../model';
import type { Rule, RuleContext, Violation } from '../../rule';
import { businessRule, missingInEach, type Presence, text, unreadable } from './define';
import { exists, variantOf } from './facts';
import { UnreadableNumber, xsDouble } from './xpath-numbers';

/**
 * Each line must have the term `termOf` reads, at `/BG-25/i` + `suffix`: as `normalize-space(x)
 * != ''` (BR-21, BR-25) or, where both schematrons test only that the element is there
 * (BR-22…BR-24, BR-26, BR-CO-04), as `exists(x)`.
 */
function lineTermMissing(
  c: RuleContext,
  termOf: (line: InvoiceLine) => unknown,
  suffix: string,
  presence: Presence = 'filled',
): Violation[] {
  return missingInEach(
    c,
    c.invoice['BG-25'],
    termOf,
    (index) => `/BG-25/${index}${suffix}`,
    presence,
  );
}

/**
 * `(price) >= 0` as the schematron writes it: a general comparison, false when the price is
 * absent (so BR-27 fires with BR-26), an error when it is not a number.
 */
/**
 * `(price) >= 0` as the schematron writes it: a general comparison, false when the price is
 * absent (so BR-27 fires with BR-26), an error when it is not a number.
 */
function negativePrices(
  c: RuleContext,
  term: 'BT-146' | 'BT-148',
  absentIsFine: boolean,
  say: (value: string) => LocalizedText,
): Violation[] {
  const found: Violation[] = [];
  const lines = c.invoice['BG-25'] ?? [];
  for (let index = 0; index < lines.length; index++) {
    const price = lines[index]?.['BG-29']?.[term];
    // A model decimal is canonical: negative when it has a minus sign and is not zero.
    if (price !== undefined && !(price.startsWith('-') && NON_ZERO_DIGIT.test(price))) continue;
    if (price === undefined && absentIsFine && c.rejected.size === 0) continue;
    const at = `/BG-25/${index}/BG-29/${term}`;
    if (price !== undefined) {
      found.push({ at, message: say(price) });
      continue;
    }
    const rejected = c.rejected.get(at);
    if (rejected === undefined) {
      if (!absentIsFine) found.push({ at });
      continue;
    }
    // The comparison casts the text to xs:double, which takes what xs:decimal refuses (`1e2`,
    // `+5`, `.5`); only text that is no double at all stops it.
    try {
      const price = xsDouble({ at, found: rejected.found });
      if (price !== undefined && price < 0) found.push({ at, message: say(rejected.found.trim()) });
    } catch (error) {
      if (!(error instanceof UnreadableNumber)) throw error;
      found.push(unreadable(error));
    }
  }
  return found;
}

const NON_ZERO_DIGIT = /[1-9]/;

export const LINE_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-21',
    bt: ['BT-126'],
    message: text(
      'Chaque ligne doit avoir un identifiant (BT-126), par exemple son numéro 1, 2, 3…',
      'Each line must have an identifier (BT-126), e.g. its number 1, 2, 3…',
    ),
    check: (c) => lineTermMissing(c, (line) => line['BT-126'], '/BT-126'),
  }),
  businessRule({
    id: 'BR-22',
    bt: ['BT-129'],
    message: text(
      'Chaque ligne doit indiquer la quantité facturée (BT-129).',
      'Each line must give the invoiced quantity (BT-129).',
    ),
    check: (c) => lineTermMissing(c, (line) => line['BT-129'], '/BT-129', 'exists'),
  }),
  businessRule({
    id: 'BR-23',
    bt: ['BT-130'],
    message: text(
      "Chaque ligne doit indiquer l'unité de la quantité facturée (BT-130), par exemple C62 (unité) ou HUR (heure).",
      'Each line must give the unit of the invoiced quantity (BT-130), e.g. C62 (one) or HUR (hour).',
    ),
    check: (c) => lineTermMissing(c, (line) => line['BT-130'], '/BT-130', 'exists'),
  }),
  businessRule({
    id: 'BR-24',
    bt: ['BT-131'],
    message: text(
      'Chaque ligne doit indiquer son montant net (BT-131).',
      'Each line must give its net amount (BT-131).',
    ),
    check: (c) => lineTermMissing(c, (line) => line['BT-131'], '/BT-131', 'exists'),
  }),
  businessRule({
    id: 'BR-25',
    bt: ['BT-153'],
    message: text(
      "Chaque ligne doit indiquer le nom de l'article (BT-153).",
      'Each line must give the item name (BT-153).',
    ),
    check: (c) => lineTermMissing(c, (line) => line['BG-31']?.['BT-153'], '/BG-31/BT-153'),
  }),
  businessRule({
    id: 'BR-26',
    bt: ['BT-146'],
    message: text(
      "Chaque ligne doit indiquer le prix net unitaire de l'article (BT-146).",
      'Each line must give the item net price (BT-146).',
    ),
    check: (c) =>
      lineTermMissing(c, (line) => line['BG-29']?.['BT-146'], '/BG-29/BT-146', 'exists'),
  }),
  businessRule({
    id: 'BR-27',
    bt: ['BT-146'],
    message: text(
      "Le prix net de l'article (BT-146) est absent ou négatif : il doit être positif ou nul. Pour un rabais, utilisez une remise ou une ligne d'avoir.",
      'The item net price (BT-146) is missing or negative: it must be zero or more. For a reduction, use an allowance or a credit line.',
    ),
    check: (c) =>
      negativePrices(c, 'BT-146', false, (value) =>
        text(
          `Le prix net de l'article (BT-146) vaut ${value} : un prix ne peut pas être négatif. Mettez la quantité en négatif ou utilisez une remise.`,
          `The item net price (BT-146) is ${value}: a price cannot be negative. Make the quantity negative or use an allowance.`,
        ),
      ),
  }),
  businessRule({
    id: 'BR-28',
    bt: ['BT-148'],
    message: text(
      "Le prix brut de l'article (BT-148) ne peut pas être négatif.",
      'The item gross price (BT-148) cannot be negative.',
    ),
    check: (c) =>
      negativePrices(c, 'BT-148', true, (value) =>
        text(
          `Le prix brut de l'article (BT-148) vaut ${value} : il ne peut pas être négatif.`,
          `The item gross price (BT-148) is ${value}: it cannot be negative.`,
        ),
      ),
  }),
  businessRule({
    id: 'BR-CO-04',
    bt: ['BT-151'],
    message: text(
      'Chaque ligne doit indiquer la catégorie de TVA de l’article (BT-151), par exemple S pour le taux normal.',
      'Each line must give the item VAT category code (BT-151), e.g. S for the standard rate.',
    ),
    check: (c) =>
      lineTermMissing(c, (line) => line['BG-30']?.['BT-151'], '/BG-30/BT-151', 'exists'),
  }),
  businessRule({
    id: 'BR-64',
    bt: ['BT-157', 'BT-157-1'],
    message: text(
      "L'identifiant standard de l'article (BT-157) doit indiquer son schéma (BT-157-1), par exemple 0160 pour un GTIN.",
      'The item standard identifier (BT-157) must give its scheme (BT-157-1), e.g. 0160 for a GTIN.',
    ),
    check: (c) => {
      const found: Violation[] = [];
      const ubl = variantOf(c) === 'ubl';
      const lines = c.invoice['BG-25'] ?? [];
      for (let index = 0; index < lines.length; index++) {
        const identifier = lines[index]?.['BG-31']?.['BT-157'];
        if (identifier === undefined || identifier.scheme !== undefined) continue;
        const at = `/BG-25/${index}/BG-31/BT-157/scheme`;
        // UBL: exists(@schemeID); CII: normalize-space(@schemeID) != ''.
        if (!(ubl && c.blank?.has(at))) found.push({ at });
      }
      return found;
    },
  }),
  businessRule({
    id: 'BR-65',
    bt: ['BT-158', 'BT-158-1'],
    message: text(
      "L'identifiant de classification de l'article (BT-158) doit indiquer son schéma (BT-158-1), par exemple STI ou CPV.",
      'The item classification identifier (BT-158) must give its scheme (BT-158-1), e.g. STI or CPV.',
    ),
    check: (c) => {
      const found: Violation[] = [];
      const ubl = variantOf(c) === 'ubl';
      const lines = c.invoice['BG-25'] ?? [];
      for (let index = 0; index < lines.length; index++) {
        const classifications = lines[index]?.['BG-31']?.['BT-158'];
        if (classifications === undefined) continue;
        for (let n = 0; n < classifications.length; n++) {
          if (classifications[n]?.scheme !== undefined) continue;
          const at = `/BG-25/${index}/BG-31/BT-158/${n}/scheme`;
          // UBL: exists(@listID); CII: normalize-space(@listID) != ''.
          if (!(ubl && c.blank?.has(at))) found.push({ at });
        }
      }
      return found;
    },
  }),
  businessRule({
    id: 'BR-54',
    bt: ['BT-160', 'BT-161', 'BG-32'],
    message: text(
      "Chaque attribut d'article (BG-32) doit avoir un nom (BT-160) et une valeur (BT-161).",
      'Each item attribute (BG-32) must have a name (BT-160) and a value (BT-161).',
    ),
    check: (c) => {
      // One failure per attribute, as the schematron's context is the attribute. Both
      // schematrons only ask that the name and value elements be there (`exists`).
      const found: Violation[] = [];
      const lines = c.invoice['BG-25'] ?? [];
      for (let index = 0; index < lines.length; index++) {
        const attributes = lines[index]?.['BG-31']?.['BG-32'];
        if (attributes === undefined) continue;
        for (let n = 0; n < attributes.length; n++) {
          const attribute = attributes[n];
          const at = `/BG-25/${index}/BG-31/BG-32/${n}`;
          if (!exists(c, `${at}/BT-160`, attribute?.['BT-160'])) found.push({ at: `${at}/BT-160` });
          else if (!exists(c, `${at}/BT-161`, attribute?.['BT-161']))
            found.push({ at: `${at}/BT-161` });
        }
      }
      return found;
    },
  }),
];

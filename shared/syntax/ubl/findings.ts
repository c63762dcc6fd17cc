/**
 * What the reader reports itself: a value it had to leave out of the model (VALUE-FORMAT), so that
 * nothing the document says is lost without a word. The business rules then see the term as
 * absent, and the user learns why.
 */
import type { LocalizedText } from '../../i18n/text';
import { definitionOf, type GroupId, type TermId } from '../../model';
import type { Finding, SourceLocation } from '../../rules/finding';
import { shown } from '../../xml/errors';
import type { XmlElement } from '../../xml/tree';
import type { ValueFormat } from './values';

export const VALUE_FORMAT_RULE = 'VALUE-FORMAT';

const EXPECTED: Record<ValueFormat, LocalizedText> = {
  date: {
    fr: "n'est pas une date valide au format AAAA-MM-JJ",
    en: 'is not a valid date written YYYY-MM-DD',
  },
  decimal: {
    fr: "n'est pas un nombre décimal (chiffres et point décimal, sans espace, virgule ni exposant)",
    en: 'is not a decimal number (digits and a decimal point, without spaces, commas or exponent)',
  },
  currency: {
    fr: "n'est pas un code de devise ISO 4217 (trois lettres majuscules, ex. EUR)",
    en: 'is not an ISO 4217 currency code (three capital letters, e.g. EUR)',
  },
  country: {
    fr: "n'est pas un code de pays ISO 3166-1 (deux lettres majuscules, ex. FR)",
    en: 'is not an ISO 3166-1 country code (two capital letters, e.g. FR)',
  },
  base64: {
    fr: "n'est pas un contenu encodé en base64",
    en: 'is not base64-encoded content',
  },
};

/** « BT-2 Date d'émission de la facture : « 2024-02-30 » n'est pas une date valide… ». */
export function valueFormatFinding(
  term: TermId,
  format: ValueFormat,
  found: string,
  location: SourceLocation,
): Finding {
  const { name } = definitionOf(term);
  const value = shown(found, 80);
  return {
    rule: VALUE_FORMAT_RULE,
    severity: 'fatal',
    layer: 'en16931',
    bt: [term],
    message: {
      fr: `${term} ${name.fr} : « ${value} » ${EXPECTED[format].fr} ; la valeur est ignorée.`,
      en: `${term} ${name.en}: "${value}" ${EXPECTED[format].en}; the value is ignored.`,
    },
    location,
  };
}

/**
 * An allowance or charge whose `cbc:ChargeIndicator` is neither true nor false: it cannot be told
 * an allowance from a charge, so it is read as neither. (A missing indicator is the schema's
 * finding, not ours.)
 */
export function chargeIndicatorFinding(
  groups: readonly [GroupId, GroupId],
  indicator: XmlElement,
  location: SourceLocation,
): Finding {
  const found = shown(indicator.text.trim(), 80);
  const [allowance, charge] = groups;
  return {
    rule: VALUE_FORMAT_RULE,
    severity: 'fatal',
    layer: 'en16931',
    bt: [allowance, charge],
    message: {
      fr: `Une remise ou charge (${allowance} / ${charge}) a l'indicateur cbc:ChargeIndicator « ${found} », qui n'est ni « true » ni « false » : impossible de savoir si c'est une remise ou une charge, elle est ignorée.`,
      en: `An allowance or charge (${allowance} / ${charge}) has the cbc:ChargeIndicator "${found}", which is neither "true" nor "false": it cannot be told an allowance from a charge, and is ignored.`,
    },
    location,
  };
}

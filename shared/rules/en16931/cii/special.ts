import type { LocalizedText } from '../../../i18n/text';
import { NS } from '../../../syntax/namespaces';
import { normalizeSpace, type XmlAttribute, type XmlElement } from '../../../xml';
import type { DocumentFacts } from './facts';
import { stringValue } from './names';

/** Where a special assertion failed, and what to say when the rule can be precise. */
export interface SpecialFailure {
  readonly node: XmlElement | XmlAttribute;
  readonly message?: LocalizedText;
}

/**
 * The assertions of the syntax pattern whose test has no regular shape, keyed by rule id (the
 * XPath is in the generated table). Each `evaluate` returns a failure, or `undefined` when the
 * assertion holds on this context node.
 */
export interface SpecialRule {
  readonly bt: readonly string[];
  readonly message: LocalizedText;
  readonly evaluate: (context: XmlElement, facts: DocumentFacts) => SpecialFailure | undefined;
  /** Reads the lists of facts, complete only once the whole document has been walked. */
  readonly readsFactLists?: true;
}

export const SPECIALS = {
  // (G/ram:ChargeIndicator[udt:Indicator=false()] and G/ram:ActualAmount)
  //   or (not(G/ram:ChargeIndicator) and not(G/ram:ActualAmount)),
  // G = ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge.
  'CII-SR-119': {
    bt: ['BT-147', 'BT-148'],
    message: {
      fr: "La remise sur le prix unitaire brut (BT-147) doit être indiquée comme une remise (ram:ChargeIndicator à false) et avec son montant (ram:ActualAmount) ; sinon, retirez l'indicateur et le montant. Les frais sur le prix brut ne sont pas prévus par la norme.",
      en: 'The discount on the gross unit price (BT-147) must be marked as an allowance (ram:ChargeIndicator false) and carry its amount (ram:ActualAmount); otherwise remove both the indicator and the amount. Charges on the gross price are not part of the norm.',
    },
    evaluate: (context) => {
      // Counted in loops, not gathered in lists: the context is every line's trade agreement.
      let first: XmlElement | undefined;
      let indicators = 0;
      let amounts = 0;
      let isAllowance = false;
      const prices = context.children;
      for (let p = 0; p < prices.length; p++) {
        const price = prices[p] as XmlElement;
        if (!isRam(price, 'GrossPriceProductTradePrice')) continue;
        const adjustments = price.children;
        for (let a = 0; a < adjustments.length; a++) {
          const adjustment = adjustments[a] as XmlElement;
          if (!isRam(adjustment, 'AppliedTradeAllowanceCharge')) continue;
          first ??= adjustment;
          const parts = adjustment.children;
          for (let i = 0; i < parts.length; i++) {
            const part = parts[i] as XmlElement;
            if (isRam(part, 'ChargeIndicator')) {
              indicators++;
              isAllowance ||= indicatesAllowance(part);
            } else if (isRam(part, 'ActualAmount')) {
              amounts++;
            }
          }
        }
      }
      const holds = (isAllowance && amounts > 0) || (indicators === 0 && amounts === 0);
      return holds || first === undefined ? undefined : { node: first };
    },
  },

  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '130']) <= 1
  'CII-SR-474': {
    bt: ['BT-128'],
    message: {
      fr: "Une ligne ne doit porter qu'un seul identifiant d'objet facturé (BT-128, justificatif de type 130) : gardez-en un seul.",
      en: 'A line should carry only one invoiced object identifier (BT-128, referenced document of type 130): keep only one.',
    },
    evaluate: (context) => secondDocumentOfType(context, '130', true),
  },

  // count(ram:AdditionalReferencedDocument[ram:TypeCode='50']) <= 1
  'CII-SR-457': {
    bt: ['BT-17'],
    message: {
      fr: "La facture ne doit porter qu'une seule référence d'appel d'offres ou de lot (BT-17, justificatif de type 50) : gardez-en une seule.",
      en: 'The invoice should carry only one tender or lot reference (BT-17, referenced document of type 50): keep only one.',
    },
    evaluate: (context) => secondDocumentOfType(context, '50', false),
  },

  // count(ram:AdditionalReferencedDocument[ram:TypeCode='130']) <= 1
  'CII-SR-458': {
    bt: ['BT-18'],
    message: {
      fr: "La facture ne doit porter qu'un seul identifiant d'objet facturé (BT-18, justificatif de type 130) : gardez-en un seul.",
      en: 'The invoice should carry only one invoiced object identifier (BT-18, referenced document of type 130): keep only one.',
    },
    evaluate: (context) => secondDocumentOfType(context, '130', false),
  },

  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:Name) <= 1
  'CII-SR-475': {
    bt: ['BG-24', 'BT-123'],
    message: {
      fr: "Les justificatifs additionnels (BG-24, type 916) portent ensemble plus d'une description (ram:Name, BT-123) ; la syntaxe CII n'en attend qu'une.",
      en: 'The additional supporting documents (BG-24, type 916) carry more than one description between them (ram:Name, BT-123); the CII syntax expects only one.',
    },
    evaluate: (context) =>
      second(
        ramChildren(context, 'AdditionalReferencedDocument')
          .filter(typeCodeIs('916', true))
          .flatMap((d) => ramChildren(d, 'Name')),
      ),
  },

  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:AttachmentBinaryObject) <= 1
  'CII-SR-476': {
    bt: ['BG-24', 'BT-125'],
    message: {
      fr: "Les justificatifs additionnels (BG-24, type 916) portent ensemble plus d'une pièce jointe (ram:AttachmentBinaryObject, BT-125) ; la syntaxe CII n'en attend qu'une.",
      en: 'The additional supporting documents (BG-24, type 916) carry more than one attached file between them (ram:AttachmentBinaryObject, BT-125); the CII syntax expects only one.',
    },
    evaluate: (context) =>
      second(
        ramChildren(context, 'AdditionalReferencedDocument')
          .filter(typeCodeIs('916', true))
          .flatMap((d) => ramChildren(d, 'AttachmentBinaryObject')),
      ),
  },

  // count(//ram:ApplicableTradeTax/ram:DueDateTypeCode) = 0
  //   or count(distinct-values(//ram:ApplicableTradeTax/ram:DueDateTypeCode)) = 1
  // distinct-values compares the string values as written (no trimming).
  'CII-SR-462': {
    bt: ['BT-8'],
    message: {
      fr: "Le code de date d'exigibilité de la TVA (BT-8) doit être le même partout où il figure : gardez une seule valeur.",
      en: 'The VAT point date code (BT-8) must be the same wherever it appears: keep a single value.',
    },
    readsFactLists: true,
    evaluate: (_context, facts) => {
      const [first, ...rest] = facts.dueDateTypeCodes;
      if (first === undefined) return undefined;
      const expected = stringValue(first);
      const other = rest.find((code) => stringValue(code) !== expected);
      if (other === undefined) return undefined;
      return {
        node: other,
        message: {
          fr: `Le code de date d'exigibilité de la TVA (BT-8) doit être le même partout : on trouve « ${expected} » puis « ${stringValue(other)} ». Gardez une seule valeur.`,
          en: `The VAT point date code (BT-8) must be the same everywhere: found "${expected}" then "${stringValue(other)}". Keep a single value.`,
        },
      };
    },
  },

  // count(ram:SpecifiedTradeSettlementPaymentMeans[(normalize-space(ram:TypeCode) = '30'
  //   or normalize-space(ram:TypeCode) = '58') and not(ram:PayeePartyCreditorFinancialAccount/ram:IBANID
  //   or ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)]) = 0
  'CII-SR-470': {
    bt: ['BT-81', 'BT-84'],
    message: {
      fr: 'Pour un paiement par virement (code 30 ou 58, BT-81), indiquez le compte à créditer : IBAN ou identifiant du compte (BT-84).',
      en: 'For a credit transfer (code 30 or 58, BT-81), give the account to be credited: IBAN or account identifier (BT-84).',
    },
    evaluate: (context) => {
      const failing = ramChildren(context, 'SpecifiedTradeSettlementPaymentMeans').find((means) => {
        const code = firstTypeCode(means);
        if (code === undefined) return false;
        const normalized = normalizeSpace(code);
        if (normalized !== '30' && normalized !== '58') return false;
        const accounts = ramChildren(means, 'PayeePartyCreditorFinancialAccount');
        return !accounts.some(
          (a) => ramChildren(a, 'IBANID').length > 0 || ramChildren(a, 'ProprietaryID').length > 0,
        );
      });
      return failing === undefined ? undefined : { node: failing };
    },
  },

  // count(//PM/ram:TypeCode[normalize-space(.) != normalize-space((//PM/ram:TypeCode)[1])]) = 0
  'CII-SR-467': {
    bt: ['BT-81'],
    message: {
      fr: 'Tous les moyens de paiement de la facture doivent porter le même code (BT-81).',
      en: 'All the payment means of the invoice must carry the same code (BT-81).',
    },
    readsFactLists: true,
    evaluate: (_context, facts) =>
      firstDifferent(facts.paymentMeansTypeCodes, (first, other) => ({
        fr: `Tous les moyens de paiement doivent porter le même code (BT-81) : on trouve « ${first} » puis « ${other} ».`,
        en: `All the payment means must carry the same code (BT-81): found "${first}" then "${other}".`,
      })),
  },

  // count(//PM/ram:Information[normalize-space(.) != normalize-space((//PM/ram:Information)[1])]) = 0
  'CII-SR-468': {
    bt: ['BT-82'],
    message: {
      fr: 'Tous les moyens de paiement de la facture doivent porter le même libellé (BT-82).',
      en: 'All the payment means of the invoice must carry the same text (BT-82).',
    },
    readsFactLists: true,
    evaluate: (_context, facts) =>
      firstDifferent(facts.paymentMeansInformation, (first, other) => ({
        fr: `Tous les moyens de paiement doivent porter le même libellé (BT-82) : on trouve « ${first} » puis « ${other} ».`,
        en: `All the payment means must carry the same text (BT-82): found "${first}" then "${other}".`,
      })),
  },

  // count(//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference) <= 1
  'CII-SR-469': {
    bt: ['BT-83'],
    message: {
      fr: "L'avis de paiement (référence du paiement, BT-83) ne doit figurer qu'une fois : gardez-en un seul.",
      en: 'The remittance information (payment reference, BT-83) must appear only once: keep only one.',
    },
    readsFactLists: true,
    evaluate: (_context, facts) => second(facts.headerPaymentReferences),
  },

  // context //udt:DateTimeString[@format = '102']:
  // matches(., '^\s*(\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\s*$')
  'CII-DT-097': {
    bt: [],
    message: {
      fr: 'Une date au format 102 doit s’écrire AAAAMMJJ (par exemple 20250131 pour le 31 janvier 2025).',
      en: 'A date in format 102 must be written YYYYMMDD (for example 20250131 for 31 January 2025).',
    },
    evaluate: (context) => {
      const value = stringValue(context);
      if (DATE_102.test(value)) return undefined;
      return {
        node: context,
        message: {
          fr: `La date « ${value.trim()} » est déclarée au format 102 mais ne s’écrit pas AAAAMMJJ (par exemple 20250131 pour le 31 janvier 2025).`,
          en: `The date "${value.trim()}" is declared in format 102 but is not written YYYYMMDD (for example 20250131 for 31 January 2025).`,
        },
      };
    },
  },
} as const satisfies Record<string, SpecialRule>;

export type SpecialRuleId = keyof typeof SPECIALS;

/**
 * The official pattern with XPath's classes: `\s` is XML whitespace, `\d` any Unicode decimal
 * digit (not only 0-9); the month and day groups are ASCII. Months and days are checked one by
 * one, not against the calendar (20230231 passes, as in the artefact).
 */
const DATE_102 = /^[ \t\n\r]*\p{Nd}{4}(?:1[0-2]|0[1-9])(?:3[01]|[12][0-9]|0[1-9])[ \t\n\r]*$/u;

function isRam(element: XmlElement, localName: string): boolean {
  return element.namespace === NS.ram && element.localName === localName;
}

/** `ram:ChargeIndicator[udt:Indicator = false()]`. */
function indicatesAllowance(indicator: XmlElement): boolean {
  const values = indicator.children;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as XmlElement;
    if (
      value.namespace === NS.udt &&
      value.localName === 'Indicator' &&
      booleanOf(stringValue(value)) === false
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The second `ram:AdditionalReferencedDocument` child of the given type (see `hasTypeCode`): the
 * first one too many. Counted without a list, as the line context checks it on every line.
 */
function secondDocumentOfType(
  element: XmlElement,
  value: string,
  normalized: boolean,
): SpecialFailure | undefined {
  let seen = 0;
  const documents = element.children;
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i] as XmlElement;
    if (
      !isRam(document, 'AdditionalReferencedDocument') ||
      !hasTypeCode(document, value, normalized)
    ) {
      continue;
    }
    seen++;
    if (seen === 2) return { node: document };
  }
  return undefined;
}

function ramChildren(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((c) => c.namespace === NS.ram && c.localName === localName);
}

/** `hasTypeCode` as a filter. */
function typeCodeIs(value: string, normalized: boolean): (element: XmlElement) => boolean {
  return (element) => hasTypeCode(element, value, normalized);
}

/**
 * `ram:TypeCode = 'v'` (general comparison: some TypeCode child is exactly v) or, `normalized`,
 * `normalize-space(ram:TypeCode) = 'v'`. The latter is an XPath type error when a document has two
 * TypeCode children (the schema allows one); the first is taken then.
 */
function hasTypeCode(element: XmlElement, value: string, normalized: boolean): boolean {
  if (normalized) {
    const code = firstTypeCode(element);
    return normalizeSpace(code ?? '') === value;
  }
  return ramChildren(element, 'TypeCode').some((c) => stringValue(c) === value);
}

function firstTypeCode(element: XmlElement): string | undefined {
  const code = ramChildren(element, 'TypeCode')[0];
  return code === undefined ? undefined : stringValue(code);
}

/** The second node of a list that must hold at most one: the first one too many. */
function second(nodes: readonly XmlElement[]): SpecialFailure | undefined {
  const extra = nodes[1];
  return extra === undefined ? undefined : { node: extra };
}

/**
 * XPath cast of an untyped value to xs:boolean: `true`/`1` and `false`/`0` after trimming. Any
 * other value is a cast error that stops the official validator; here it is neither true nor
 * false, so it never counts as `false()`.
 */
function booleanOf(value: string): boolean | undefined {
  const trimmed = value.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  return undefined;
}

/** The first element whose normalised value differs from the first element's. */
function firstDifferent(
  elements: readonly XmlElement[],
  describe: (first: string, other: string) => LocalizedText,
): SpecialFailure | undefined {
  const [first, ...rest] = elements;
  if (first === undefined) return undefined;
  const expected = normalizeSpace(stringValue(first));
  for (const element of rest) {
    const value = normalizeSpace(stringValue(element));
    if (value !== expected) return { node: element, message: describe(expected, value) };
  }
  return undefined;
}

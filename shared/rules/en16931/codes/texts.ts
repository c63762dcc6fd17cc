/** What each BR-CL rule is about, in words for a clerk, and the messages built from it. */
import { type CodeListRuleId, NAMED_CODE_LISTS } from '../../../codes';
import type { LocalizedText } from '../../../i18n/text';
import { definitionOf, isQualifierId, type ModelId } from '../../../model';

export interface CodeRuleText {
  /** Business terms the rule checks (qualifiers `BT-n-1` where the code is a scheme). */
  readonly bt: readonly ModelId[];
  /** What holds the code, as the subject of a sentence. */
  readonly subject: LocalizedText;
  /** How to put it right. */
  readonly fix: LocalizedText;
  /** The list's name when the standard's own (shared/codes) does not read well in a sentence. */
  readonly list?: LocalizedText;
}

const CURRENCY_FIX: LocalizedText = {
  fr: 'Indiquez un code ISO 4217 de trois lettres majuscules, par exemple EUR.',
  en: 'Use a three-letter upper-case ISO 4217 code, for example EUR.',
};
const COUNTRY_FIX: LocalizedText = {
  fr: 'Indiquez le code ISO 3166-1 de deux lettres majuscules, par exemple FR (GR pour la Grèce, GB pour le Royaume-Uni).',
  en: 'Use the two-letter upper-case ISO 3166-1 code, for example FR (GR for Greece, GB for the United Kingdom).',
};
const ICD_FIX: LocalizedText = {
  fr: 'Indiquez un code ISO 6523 de quatre chiffres, par exemple 0009 pour un SIRET, 0002 pour un SIREN, 0088 pour un GLN.',
  en: 'Use a four-digit ISO 6523 code, for example 0009 for a SIRET, 0002 for a SIREN, 0088 for a GLN.',
};
const VAT_CATEGORY_FIX: LocalizedText = {
  fr: 'Utilisez S (taux normal), Z (taux zéro), E (exonération), AE (autoliquidation), K (livraison intracommunautaire), G (exportation hors UE), O (hors champ de la TVA), L, M ou B.',
  en: 'Use S (standard rate), Z (zero rate), E (exempt), AE (reverse charge), K (intra-community supply), G (export outside the EU), O (outside the scope of VAT), L, M or B.',
};

export const CODE_RULE_TEXTS: Record<CodeListRuleId, CodeRuleText> = {
  'BR-CL-01': {
    bt: ['BT-3'],
    subject: { fr: 'Le code de type de facture (BT-3)', en: 'The invoice type code (BT-3)' },
    fix: {
      fr: 'Par exemple 380 pour une facture, 381 pour un avoir, 384 pour une facture rectificative ; en UBL, un avoir (CreditNote) prend un code d’avoir.',
      en: 'For example 380 for an invoice, 381 for a credit note, 384 for a corrected invoice; in UBL a CreditNote takes a credit note code.',
    },
  },
  'BR-CL-03': {
    bt: ['BT-5', 'BT-6'],
    subject: {
      fr: 'La devise d’un montant (attribut currencyID)',
      en: 'The currency of an amount (currencyID attribute)',
    },
    fix: CURRENCY_FIX,
  },
  'BR-CL-04': {
    bt: ['BT-5'],
    subject: { fr: 'La devise de la facture (BT-5)', en: 'The invoice currency (BT-5)' },
    fix: CURRENCY_FIX,
  },
  'BR-CL-05': {
    bt: ['BT-6'],
    subject: {
      fr: 'La devise de comptabilisation de la TVA (BT-6)',
      en: 'The VAT accounting currency (BT-6)',
    },
    fix: CURRENCY_FIX,
  },
  'BR-CL-06': {
    bt: ['BT-8'],
    subject: {
      fr: 'Le code de date d’exigibilité de la TVA (BT-8)',
      en: 'The VAT point date code (BT-8)',
    },
    fix: {
      fr: 'En UBL : 3 (date de facture), 35 (date de livraison) ou 432 (date de paiement) ; en CII : 5, 29 ou 72, dans le même ordre.',
      en: 'In UBL: 3 (invoice date), 35 (delivery date) or 432 (payment date); in CII: 5, 29 or 72, in the same order.',
    },
  },
  'BR-CL-07': {
    bt: ['BT-18-1', 'BT-128-1'],
    subject: {
      fr: 'Le schéma de l’identifiant d’objet facturé (BT-18-1, BT-128-1)',
      en: 'The scheme of the invoiced object identifier (BT-18-1, BT-128-1)',
    },
    fix: {
      fr: 'Indiquez un code de trois lettres de la liste UNTDID 1153, ou retirez le schéma.',
      en: 'Use a three-letter code of the UNTDID 1153 list, or remove the scheme.',
    },
  },
  'BR-CL-08': {
    bt: ['BT-21'],
    subject: { fr: 'Le sujet d’une note (BT-21)', en: 'The subject of a note (BT-21)' },
    fix: {
      fr: 'Indiquez un code de trois lettres de la liste UNTDID 4451, par exemple AAI (information générale) ou, pour les mentions françaises, PMT, PMD, AAB.',
      en: 'Use a three-letter code of the UNTDID 4451 list, for example AAI (general information) or, for the French mentions, PMT, PMD, AAB.',
    },
  },
  'BR-CL-10': {
    bt: ['BT-29-1', 'BT-46-1', 'BT-60-1'],
    subject: {
      fr: 'Le schéma de l’identifiant d’une partie (BT-29-1, BT-46-1, BT-60-1)',
      en: 'The scheme of a party identifier (BT-29-1, BT-46-1, BT-60-1)',
    },
    fix: ICD_FIX,
  },
  'BR-CL-11': {
    bt: ['BT-30-1', 'BT-47-1', 'BT-61-1'],
    subject: {
      fr: 'Le schéma de l’identifiant d’immatriculation légale (BT-30-1, BT-47-1, BT-61-1)',
      en: 'The scheme of the legal registration identifier (BT-30-1, BT-47-1, BT-61-1)',
    },
    fix: ICD_FIX,
  },
  'BR-CL-13': {
    bt: ['BT-158-1'],
    subject: {
      fr: 'Le schéma de classification de l’article (BT-158-1)',
      en: 'The item classification scheme (BT-158-1)',
    },
    fix: {
      fr: 'Indiquez un code de la liste UNTDID 7143, par exemple HS pour la nomenclature douanière.',
      en: 'Use a code of the UNTDID 7143 list, for example HS for the customs Harmonized System.',
    },
  },
  'BR-CL-14': {
    bt: ['BT-40', 'BT-55', 'BT-69', 'BT-80'],
    subject: {
      fr: 'Le code pays d’une adresse (BT-40, BT-55, BT-69, BT-80)',
      en: 'The country code of an address (BT-40, BT-55, BT-69, BT-80)',
    },
    fix: COUNTRY_FIX,
  },
  'BR-CL-15': {
    bt: ['BT-159'],
    subject: {
      fr: 'Le pays d’origine de l’article (BT-159)',
      en: 'The item country of origin (BT-159)',
    },
    fix: COUNTRY_FIX,
  },
  'BR-CL-16': {
    bt: ['BT-81'],
    subject: {
      fr: 'Le code du moyen de paiement (BT-81)',
      en: 'The payment means code (BT-81)',
    },
    fix: {
      fr: 'Par exemple 30 (virement), 58 (virement SEPA), 59 (prélèvement SEPA), 48 (carte bancaire), 20 (chèque).',
      en: 'For example 30 (credit transfer), 58 (SEPA credit transfer), 59 (SEPA direct debit), 48 (bank card), 20 (cheque).',
    },
  },
  'BR-CL-17': {
    bt: ['BT-95', 'BT-102', 'BT-118'],
    subject: {
      fr: 'Le code de catégorie de TVA (BT-95, BT-102, BT-118)',
      en: 'The VAT category code (BT-95, BT-102, BT-118)',
    },
    fix: VAT_CATEGORY_FIX,
  },
  'BR-CL-18': {
    // In CII the context also holds the VAT breakdown's category (BT-118).
    bt: ['BT-151', 'BT-118'],
    subject: {
      fr: 'Le code de catégorie de TVA de la ligne (BT-151)',
      en: 'The line VAT category code (BT-151)',
    },
    fix: VAT_CATEGORY_FIX,
  },
  'BR-CL-19': {
    bt: ['BT-98', 'BT-140'],
    subject: {
      fr: 'Le code du motif d’une remise (BT-98, BT-140)',
      en: 'The reason code of an allowance (BT-98, BT-140)',
    },
    fix: {
      fr: 'Indiquez un code de la liste UNTDID 5189, par exemple 95 (remise), ou seulement le motif en texte.',
      en: 'Use a code of the UNTDID 5189 list, for example 95 (discount), or give the reason as text only.',
    },
  },
  'BR-CL-20': {
    bt: ['BT-105', 'BT-145'],
    subject: {
      fr: 'Le code du motif d’une charge (BT-105, BT-145)',
      en: 'The reason code of a charge (BT-105, BT-145)',
    },
    fix: {
      fr: 'Indiquez un code de la liste UNTDID 7161, par exemple FC (frais de transport), ou seulement le motif en texte.',
      en: 'Use a code of the UNTDID 7161 list, for example FC (freight), or give the reason as text only.',
    },
  },
  'BR-CL-21': {
    bt: ['BT-157-1'],
    subject: {
      fr: 'Le schéma de l’identifiant normalisé de l’article (BT-157-1)',
      en: 'The scheme of the item standard identifier (BT-157-1)',
    },
    fix: {
      fr: 'Indiquez un code ISO 6523 de quatre chiffres, par exemple 0160 pour un GTIN (code-barres EAN).',
      en: 'Use a four-digit ISO 6523 code, for example 0160 for a GTIN (EAN barcode).',
    },
  },
  'BR-CL-22': {
    bt: ['BT-121'],
    subject: {
      fr: 'Le code du motif d’exonération de TVA (BT-121)',
      en: 'The VAT exemption reason code (BT-121)',
    },
    fix: {
      fr: 'Indiquez un code VATEX, par exemple VATEX-EU-IC (livraison intracommunautaire), VATEX-EU-AE (autoliquidation) ou VATEX-FR-FRANCHISE (franchise en base).',
      en: 'Use a VATEX code, for example VATEX-EU-IC (intra-community supply), VATEX-EU-AE (reverse charge) or VATEX-FR-FRANCHISE (French VAT franchise).',
    },
  },
  'BR-CL-23': {
    bt: ['BT-130', 'BT-150'],
    subject: {
      fr: 'Le code d’unité de mesure (BT-130, BT-150)',
      en: 'The unit of measure code (BT-130, BT-150)',
    },
    list: {
      fr: 'UN/ECE (recommandations 20 et 21)',
      en: 'UN/ECE (Recommendations 20 and 21)',
    },
    fix: {
      fr: 'Indiquez un code des recommandations 20 et 21 de l’UN/ECE, par exemple C62 (unité), H87 (pièce), HUR (heure), DAY (jour), KGM (kilogramme).',
      en: 'Use a code of UN/ECE Recommendations 20 and 21, for example C62 (one), H87 (piece), HUR (hour), DAY (day), KGM (kilogram).',
    },
  },
  'BR-CL-24': {
    bt: ['BT-125-1'],
    subject: {
      fr: 'Le type MIME d’une pièce jointe (BT-125-1)',
      en: 'The MIME code of an attachment (BT-125-1)',
    },
    list: { fr: 'des types MIME admis par EN 16931', en: 'MIME types allowed by EN 16931' },
    fix: {
      fr: 'Seuls application/pdf, image/png, image/jpeg, text/csv et les tableurs .xlsx et .ods sont admis, écrits exactement ainsi, en minuscules.',
      en: 'Only application/pdf, image/png, image/jpeg, text/csv and .xlsx and .ods spreadsheets are allowed, written exactly so, in lower case.',
    },
  },
  'BR-CL-25': {
    bt: ['BT-34-1', 'BT-49-1'],
    subject: {
      fr: 'Le schéma d’une adresse électronique (BT-34-1, BT-49-1)',
      en: 'The scheme of an electronic address (BT-34-1, BT-49-1)',
    },
    fix: {
      fr: 'Indiquez un code EAS, par exemple 0225 (annuaire français de la facturation électronique), 0009 (SIRET) ou EM (adresse de courriel).',
      en: 'Use an EAS code, for example 0225 (French e-invoicing directory), 0009 (SIRET) or EM (email address).',
    },
  },
  'BR-CL-26': {
    bt: ['BT-71-1'],
    subject: {
      fr: 'Le schéma de l’identifiant du lieu de livraison (BT-71-1)',
      en: 'The scheme of the deliver-to location identifier (BT-71-1)',
    },
    fix: ICD_FIX,
  },
};

const STANDARDS: ReadonlyMap<CodeListRuleId, string> = new Map(
  Object.values(NAMED_CODE_LISTS).map((list) => [list.rule, list.standard]),
);

/** The list's name, to follow « la liste » / "the … list". */
export function listName(rule: CodeListRuleId): LocalizedText {
  const own = CODE_RULE_TEXTS[rule].list;
  if (own) return own;
  const standard = STANDARDS.get(rule) ?? 'EN 16931';
  return { fr: standard, en: standard };
}

/** The rule's message when no value is at hand. */
export function ruleMessage(rule: CodeListRuleId): LocalizedText {
  const { subject, fix } = CODE_RULE_TEXTS[rule];
  const list = listName(rule);
  return {
    fr: `${subject.fr} doit être un code de la liste ${list.fr}. ${fix.fr}`,
    en: `${subject.en} must be a code of the ${list.en} list. ${fix.en}`,
  };
}

const SHOWN_MAX = 40;

function shown(value: string): string {
  const flat = value.replace(/[\t\n\r]/g, ' ');
  return flat.length > SHOWN_MAX ? `${flat.slice(0, SHOWN_MAX)}…` : flat;
}

/** The message for one value found outside the list. */
export function valueMessage(
  rule: CodeListRuleId,
  subject: LocalizedText,
  value: string,
  suggestion?: string,
): LocalizedText {
  const { fix } = CODE_RULE_TEXTS[rule];
  const list = listName(rule);
  const hint =
    suggestion === undefined
      ? { fr: fix.fr, en: fix.en }
      : { fr: `Écrivez plutôt « ${suggestion} ».`, en: `Write "${suggestion}" instead.` };
  if (value.trim() === '') {
    return {
      fr: `${subject.fr} : valeur vide ou absente ; il faut un code de la liste ${list.fr}. ${hint.fr}`,
      en: `${subject.en}: empty or missing; a code of the ${list.en} list is required. ${hint.en}`,
    };
  }
  return {
    fr: `${subject.fr} : « ${shown(value)} » n’est pas un code de la liste ${list.fr}. ${hint.fr}`,
    en: `${subject.en}: "${shown(value)}" is not a code of the ${list.en} list. ${hint.en}`,
  };
}

const QUALIFIER_WORDS: Record<string, LocalizedText> = {
  scheme: { fr: 'schéma', en: 'scheme' },
  mimeCode: { fr: 'type MIME', en: 'MIME code' },
};

/** « Identifiant du vendeur (BT-29), schéma BT-29-1 », « Code de pays du vendeur (BT-40) ». */
export function termSubject(id: ModelId): LocalizedText {
  if (isQualifierId(id)) {
    const qualifier = definitionOf(id);
    const term = definitionOf(qualifier.term);
    const word = QUALIFIER_WORDS[qualifier.key] ?? qualifier.name;
    const name = term?.name ?? qualifier.name;
    return {
      fr: `${name.fr} (${qualifier.term}), ${word.fr} ${id}`,
      en: `${name.en} (${qualifier.term}), ${word.en} ${id}`,
    };
  }
  const { name } = definitionOf(id);
  return { fr: `${name.fr} (${id})`, en: `${name.en} (${id})` };
}

/** The subject of BR-CL-03 when the amount is known: « La devise du montant … (BT-131) ». */
export function amountCurrencySubject(id: ModelId): LocalizedText {
  const { name } = definitionOf(id);
  return {
    fr: `La devise (attribut currencyID) de « ${name.fr} » (${id})`,
    en: `The currency (currencyID attribute) of "${name.en}" (${id})`,
  };
}

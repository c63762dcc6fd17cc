/**
 * EXTENDED 1.09 rules on notes, parties, item attributes, charge reasons and date-times:
 * BR-FXEXT-01…04, BR-FXEXT-BR-38/44 (replacing BR-38/44), BR-FXEXT-BR-54-1/2 (replacing BR-54),
 * BR-FXEXT-CII-DT-097a.
 */
import { NS } from '../../../syntax/namespaces';
import { normalizeSpace, type XmlElement } from '../../../xml';
import type { Rule } from '../../rule';
import { profileRule, text } from '../define';
import { descendantsNamed, udtDescendantsNamed } from '../walk';
import { equalsSome, exchangedDocumentOf, kid, kids, stringValue, udtKids } from '../xpath';

/** A note with a subject code (BT-21 / BT-X-10) has a text or a coded text. */
function noteRule(
  id: string,
  level: { fr: string; en: string },
  notes: (root: XmlElement) => readonly XmlElement[],
): Rule {
  return profileRule({
    id,
    bt: id === 'BR-FXEXT-01' ? ['BT-21', 'BT-22', 'BT-X-5'] : ['BT-X-10', 'BT-127', 'BT-X-9'],
    message: text(
      `Une note ${level.fr} qui a un code de sujet doit avoir un texte ou un texte codé.`,
      `A ${level.en} note with a subject code must have a text or a coded text.`,
    ),
    check: (root) =>
      notes(root)
        .filter((note) => kid(note, 'SubjectCode') !== undefined)
        .filter(
          (note) => kid(note, 'ContentCode') === undefined && kid(note, 'Content') === undefined,
        )
        .map((node) => ({ node })),
  });
}

const BR_FXEXT_01 = noteRule('BR-FXEXT-01', { fr: 'de la facture', en: 'document-level' }, (root) =>
  kids(exchangedDocumentOf(root), 'IncludedNote'),
);

const BR_FXEXT_02 = noteRule('BR-FXEXT-02', { fr: 'de ligne', en: 'line' }, (root) =>
  descendantsNamed(root, 'AssociatedDocumentLineDocument').flatMap((d) => kids(d, 'IncludedNote')),
);

/** BR-FXEXT-03: a tax registration outside the seller is a VAT number (`@schemeID='VA'`). */
const BR_FXEXT_03 = profileRule({
  id: 'BR-FXEXT-03',
  bt: ['BT-48', 'BT-63'],
  message: text(
    "Hors vendeur, une partie ne peut porter qu'un numéro de TVA (identifiant fiscal avec schemeID VA).",
    'Apart from the seller, a party may only carry a VAT number (tax registration with schemeID VA).',
  ),
  check: (root) =>
    descendantsNamed(root, 'SpecifiedTaxRegistration')
      .flatMap((registration) => kids(registration, 'ID'))
      .filter((id) => !hasAncestor(id, 'SellerTradeParty'))
      .filter(
        (id) =>
          !id.attributes.some(
            (a) => a.localName === 'schemeID' && a.namespace === '' && a.value === 'VA',
          ),
      )
      .map((node) => ({ node })),
});

function hasAncestor(element: XmlElement, local: string): boolean {
  for (let up = element.parent; up !== undefined; up = up.parent) {
    if (up.localName === local && up.namespace === NS.ram) return true;
  }
  return false;
}

/**
 * UNTDID 6313 codes and the Factur-X extension codes the EXTENDED 1.09 file accepts as item
 * attribute codes (BT-X-11), as listed in BR-FXEXT-04.
 */
const ITEM_ATTRIBUTE_CODES: ReadonlySet<string> = new Set(
  (
    'A AAA AAB AAC AAD AAF AAG AAH AAI AAJ AAK AAM AAN AAO AAP AAQ AAR AAS AAT AAU AAV AAW AAX AAY ' +
    'AAZ ABA ABB ABC ABD ABE ABF ABG ABH ABI ABJ ABK ABL ABM ABN ABO ABP ABS ABT ABX ABY ABZ ACA ACE ' +
    'ACG ACN ACP ACS ACV ACW ACX ADR ADS ADT ADU ADV ADW ADX ADY ADZ AEA AEB AEC AED AEE AEF AEG AEH ' +
    'AEI AEJ AEK AEL AEM AEN AEO AEP AEQ AER AES AET AEU AEV AEW AEX AEY AEZ AF AFA AFB AFC AFD AFE ' +
    'AFF AFG AFH AFI AFJ AFK AFL AFM AFN AFO AFP AFQ AFR AFS AFT AFU AFV AFW AFX B BL BMY BMZ BNA BNB ' +
    'BNC BND BNE BNF BNG BNH BNI BNJ BNK BNL BNM BNN BNO BNP BNQ BNR BNS BNT BNU BNV BNW BNX BNY BNZ ' +
    'BR BRA BRB BRC BRD BRE BRF BRG BRH BRI BRJ BRK BRL BRM BRN BRO BRP BRQ BRR BRS BRT BRU BRV BS ' +
    'BSW BSX BSY BSZ BTA BTB BTC BTD BTE BTF BTG BTH BTI BTJ BTK BTL BTM BW CHN CHO CM CT CV CZ D DI ' +
    'DL DN DP DR DS DW E EA F FI FL FN FV GG GW HF HM HT IB ID L LM LN LND M MO MW N OD PRS PTN RA ' +
    'RF RJ RMW RP RUN RY SQ T TC TH TN TT VGM VH VW WA WD WM WU XH XQ XZ YS ZAL ZAS ZB ZBI ZC ZCA ' +
    'ZCB ZCE ZCL ZCO ZCR ZCU ZFE ZFS ZGE ZH ZK ZMG ZMN ZMO ZN ZNA ZNB ZNI ZO ZP ZPB ZS ZSB ZSE ZSI ' +
    'ZSL ZSN ZTA ZTE ZTI ZV ZW ZWA ZZN ZZR ZZZ BEST_BEFORE_DATE COLOR_TEXT COMMISSION ' +
    'DEPOSIT_SYSTEM DEPOSIT_TYPE ENERGY_CLASS EXPIRATION_DATE FEE KIND_OF_ARTICLE MATERIAL ' +
    'METER_LOCATION METER_NUMBER ORGANIC_CONTROL_BODY PACKAGING_MATERIAL PACKAGING_TYPE ' +
    'PROMOTIONAL_VARIANT SEAL_NUMBER SIZE_CODE SIZE_TEXT TRADING_UNIT WASTE_CODE WASTE_FRACTION ' +
    'WEEE_NUMBER'
  ).split(' '),
);

/** BR-FXEXT-04 (warning): item attribute codes come from UNTDID 6313 + the Factur-X extension. */
const BR_FXEXT_04 = profileRule({
  id: 'BR-FXEXT-04',
  flag: 'warning',
  bt: ['BT-X-11'],
  message: text(
    "Le code d'attribut d'article (BT-X-11) devrait venir de la liste UNTDID 6313 complétée par Factur-X, pour un traitement automatique.",
    'The item attribute code (BT-X-11) should come from the UNTDID 6313 list extended by Factur-X, for automated processing.',
  ),
  check: (root) =>
    descendantsNamed(root, 'ApplicableProductCharacteristic')
      .flatMap((c) => kids(c, 'TypeCode'))
      .filter((code) => !ITEM_ATTRIBUTE_CODES.has(normalizeSpace(stringValue(code))))
      .map((node) => ({
        node,
        message: text(
          `Le code d'attribut d'article « ${normalizeSpace(stringValue(node))} » (BT-X-11) n'est pas dans la liste UNTDID 6313 complétée par Factur-X.`,
          `The item attribute code "${normalizeSpace(stringValue(node))}" (BT-X-11) is not in the UNTDID 6313 list extended by Factur-X.`,
        ),
      })),
});

/** BR-FXEXT-BR-54-1: an item attribute has a name (BT-160) or a code (BT-X-11). */
const BR_54_1 = profileRule({
  id: 'BR-FXEXT-BR-54-1',
  bt: ['BT-160', 'BT-X-11'],
  message: text(
    "Chaque attribut d'article (BG-32) doit avoir un nom (BT-160) ou un code (BT-X-11).",
    'Each item attribute (BG-32) must have a name (BT-160) or a code (BT-X-11).',
  ),
  check: (root) =>
    descendantsNamed(root, 'ApplicableProductCharacteristic')
      .filter((c) => kid(c, 'Description') === undefined && kid(c, 'TypeCode') === undefined)
      .map((node) => ({ node })),
});

/**
 * BR-FXEXT-BR-54-2: an item attribute has a value (BT-161) or a measured value with a unit
 * (BT-X-12, `@unitCode` not empty), not both.
 */
const BR_54_2 = profileRule({
  id: 'BR-FXEXT-BR-54-2',
  bt: ['BT-161', 'BT-X-12'],
  message: text(
    "Chaque attribut d'article (BG-32) doit avoir soit une valeur (BT-161), soit une quantité avec son unité (BT-X-12), mais pas les deux.",
    'Each item attribute (BG-32) must have either a value (BT-161) or a quantity with its unit (BT-X-12), not both.',
  ),
  check: (root) =>
    descendantsNamed(root, 'ApplicableProductCharacteristic')
      .filter((c) => {
        const value = kid(c, 'Value') !== undefined;
        const measures = kids(c, 'ValueMeasure');
        const measuredWithUnit = measures.some((m) =>
          m.attributes.some(
            (a) => a.localName === 'unitCode' && a.namespace === '' && a.value !== '',
          ),
        );
        return !((value && measures.length === 0) || (!value && measuredWithUnit));
      })
      .map((node) => ({ node })),
});

/**
 * A charge (`ram:ChargeIndicator[udt:Indicator='true']`, compared as text) has a reason or a
 * reason code; with the non-VAT tax codes of EXTENDED, the reason code may be a tax type.
 */
function chargeReasonRule(id: string, level: 'document' | 'line'): Rule {
  const parentName =
    level === 'document' ? 'ApplicableHeaderTradeSettlement' : 'SpecifiedLineTradeSettlement';
  const words =
    level === 'document'
      ? {
          fr: 'Des frais au niveau du document (BG-21)',
          en: 'A document-level charge (BG-21)',
          bt: ['BT-104', 'BT-105'],
        }
      : { fr: 'Des frais de ligne (BG-28)', en: 'A line charge (BG-28)', bt: ['BT-144', 'BT-145'] };
  return profileRule({
    id,
    bt: words.bt,
    message: text(
      `${words.fr} doivent indiquer un motif en clair ou un code motif (ou un code de taxe hors TVA).`,
      `${words.en} must give a reason text or a reason code (or a non-VAT tax code).`,
    ),
    check: (root) =>
      descendantsNamed(root, parentName)
        .flatMap((settlement) => kids(settlement, 'SpecifiedTradeAllowanceCharge'))
        .filter((ac) =>
          kids(ac, 'ChargeIndicator').some((i) => equalsSome(udtKids(i, 'Indicator'), 'true')),
        )
        .filter((ac) => kid(ac, 'Reason') === undefined && kid(ac, 'ReasonCode') === undefined)
        .map((node) => ({ node })),
  });
}

/** YYYYMMDDHHMM: the file's pattern has no seconds, whatever its message says. XSD `\d` is any digit. */
const FORMAT_205 =
  /^[ \t\n\r]*(\p{Nd}{4})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])([01][0-9]|2[0-3])[0-5][0-9][ \t\n\r]*$/u;

/** BR-FXEXT-CII-DT-097a: a `udt:DateTimeString` with format 205 reads YYYYMMDDHHMM. */
const CII_DT_097A = profileRule({
  id: 'BR-FXEXT-CII-DT-097a',
  bt: [],
  message: text(
    "Une date-heure au format 205 doit s'écrire AAAAMMJJHHMM (année, mois, jour, heure, minute).",
    'A date-time with format 205 must read YYYYMMDDHHMM (year, month, day, hour, minute).',
  ),
  check: (root) =>
    udtDescendantsNamed(root, 'DateTimeString')
      .filter(
        (date) =>
          date.attributes.some(
            (a) => a.localName === 'format' && a.namespace === '' && a.value === '205',
          ) && !FORMAT_205.test(stringValue(date)),
      )
      .map((node) => ({ node })),
});

export const EXTENDED_CONTENT_RULES: readonly Rule[] = [
  BR_FXEXT_01,
  BR_FXEXT_02,
  BR_FXEXT_03,
  BR_FXEXT_04,
  BR_54_1,
  BR_54_2,
  chargeReasonRule('BR-FXEXT-BR-38', 'document'),
  chargeReasonRule('BR-FXEXT-BR-44', 'line'),
  CII_DT_097A,
];

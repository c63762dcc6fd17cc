/**
 * BR-FR-MV-* and BR-FR-BD-*: multi-vendor invoices (frames B8, S8, M8) and bidirectional ones
 * (B9, S9, M9). Such an invoice is made of sub-invoices: each is a top-level GROUP line (sub-type
 * GROUP, no parent line) carrying its seller (EXT-FR-FE-164/167/177), its number (BT-128 scheme
 * AFL, type 130), its frame (BT-128 scheme AVV) and its VAT; its DETAIL lines point to it as
 * their parent. Every rule here passes when the frame is not one of these.
 *
 * Sums and tolerances are computed in doubles, as the official XPath (`sum`, `number`, `abs`)
 * computes them, so that a value at the edge of a tolerance gets the official verdict.
 */
import type { Rule, Violation } from '../../rule';
import { BD_REFERENCING_TYPES, MV_REFERENCING_TYPES, SELF_BILLED_TYPES } from '../codes';
import type { FrFacts, LineFacts, Value } from '../facts';
import { isBlankText, normalizeSpace, xpathNumber, xpathSum } from '../lexical';
import { frRule, shown, violation } from '../report';
import { isBidirectional, isMultiVendor, isSpecialFrame } from './special-frames';

/** A sub-invoice: sub-type GROUP and no parent line. */
function isSubInvoice(line: LineFacts): boolean {
  return line.subType?.text === 'GROUP' && line.parentId === undefined;
}

function subInvoices(facts: FrFacts): LineFacts[] {
  return facts.lines.filter(isSubInvoice);
}

/** The line's sub-invoice number: its BT-128 of scheme AFL and type 130, trimmed ('' if none). */
function subInvoiceNumber(line: LineFacts): string {
  const reference = line.objectReferences.find((r) => r.scheme === 'AFL' && r.typeCode === '130');
  const id = reference?.ids[0];
  return id === undefined ? '' : normalizeSpace(id.text);
}

/** The line whose BT-126 is exactly `id`, as `ram:LineID = $parentlineID` finds it. */
function lineWithId(facts: FrFacts, id: string): LineFacts | undefined {
  return facts.lines.find((line) => line.id?.text === id);
}

function firstLegalId(line: LineFacts | undefined): string {
  const id = line?.sellerLegalIds[0];
  return id === undefined ? '' : normalizeSpace(id.text);
}

/** The line's VAT total in one of the currencies given (EXT-FR-FE-181 / -182). */
function vatTotalIn(line: LineFacts, currencies: readonly Value[]): Value | undefined {
  const codes = new Set(currencies.map((c) => c.text));
  return line.vatTotals.find((t) => t.currency !== undefined && codes.has(t.currency));
}

function sellerLegalIdsOf(facts: FrFacts, role: 'seller' | 'buyer'): Set<string> {
  const party = facts.parties.find((p) => p.role === role);
  return new Set((party?.legalIds ?? []).map((id) => id.text));
}

function line(label: string) {
  return { fr: `Ligne ${label}`, en: `Line ${label}` };
}

const BR_FR_MV_01 = frRule({
  id: 'BR-FR-MV-01',
  bt: ['EXT-FR-FE-163', 'BT-23'],
  message: {
    fr: 'Facture multi-vendeurs ou bidirectionnelle : chaque ligne doit porter un sous-type (DETAIL, GROUP ou INFORMATION).',
    en: 'Multi-vendor or bidirectional invoice: every line needs a sub-type (DETAIL, GROUP or INFORMATION).',
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return facts.lines
      .filter((l) => isBlankText(l.subType?.text))
      .map((l) =>
        violation(facts, l.subType?.place ?? l.place, 'BR-FR-MV-01_EXT-FR-FE-163', {
          fr: `${line(l.label).fr} : indiquez son sous-type de ligne (EXT-FR-FE-163 : DETAIL, GROUP ou INFORMATION), obligatoire dans ce cadre de facturation.`,
          en: `${line(l.label).en}: give its line sub-type (EXT-FR-FE-163: DETAIL, GROUP or INFORMATION), mandatory with this billing frame.`,
        }),
      );
  },
});

const BR_FR_MV_02 = frRule({
  id: 'BR-FR-MV-02',
  bt: ['EXT-FR-FE-163', 'BT-23'],
  message: {
    fr: 'Facture multi-vendeurs : ajoutez au moins une sous-facture (ligne GROUP sans ligne parente).',
    en: 'Multi-vendor invoice: add at least one sub-invoice (a GROUP line without a parent line).',
  },
  check: (facts) =>
    isMultiVendor(facts) && subInvoices(facts).length === 0
      ? [
          violation(facts, facts.frames[0]?.place, 'BR-FR-MV-02_EXT-FR-FE-163', {
            fr: "Facture multi-vendeurs : aucune ligne n'est une sous-facture ; ajoutez pour chaque vendeur une ligne de sous-type GROUP, sans ligne parente.",
            en: 'Multi-vendor invoice: no line is a sub-invoice; add for each seller a line of sub-type GROUP, without a parent line.',
          }),
        ]
      : [],
});

const BR_FR_BD_02 = frRule({
  id: 'BR-FR-BD-02',
  bt: ['EXT-FR-FE-163', 'BT-30', 'BT-47', 'EXT-FR-FE-167'],
  message: {
    fr: "Facture bidirectionnelle : deux sous-factures (lignes GROUP), l'une au nom du vendeur, l'autre au nom de l'acheteur.",
    en: 'Bidirectional invoice: two sub-invoices (GROUP lines), one for the seller, one for the buyer.',
  },
  check: (facts) => {
    if (!isBidirectional(facts)) return [];
    const groups = subInvoices(facts);
    const place = facts.frames[0]?.place;
    const found: Violation[] = [];
    if (groups.length !== 2) {
      found.push(
        violation(facts, place, 'BR-FR-BD-02_EXT-FR-FE-163', {
          fr: `Facture bidirectionnelle : il faut exactement deux sous-factures (lignes GROUP sans parente) ; il y en a ${groups.length}.`,
          en: `Bidirectional invoice: exactly two sub-invoices (GROUP lines without a parent) are needed; there are ${groups.length}.`,
        }),
      );
    }
    const sides = [
      {
        role: 'seller',
        check: 'BR-FR-BD-02_BT-31',
        fr: 'du vendeur (BT-30)',
        en: "the seller's (BT-30)",
      },
      {
        role: 'buyer',
        check: 'BR-FR-BD-02_BT-47',
        fr: "de l'acheteur (BT-47)",
        en: "the buyer's (BT-47)",
      },
    ] as const;
    for (const side of sides) {
      const ids = sellerLegalIdsOf(facts, side.role);
      const count = groups.filter((g) => g.sellerLegalIds.some((id) => ids.has(id.text))).length;
      if (count === 1) continue;
      found.push(
        violation(facts, place, side.check, {
          fr: `Facture bidirectionnelle : une et une seule sous-facture doit avoir pour vendeur (EXT-FR-FE-167) l'identifiant légal ${side.fr} ; il y en a ${count}.`,
          en: `Bidirectional invoice: exactly one sub-invoice must have ${side.en} legal id as its seller (EXT-FR-FE-167); there are ${count}.`,
        }),
      );
    }
    return found;
  },
});

const BR_FR_MV_03 = frRule({
  id: 'BR-FR-MV-03',
  bt: [
    'EXT-FR-FE-164',
    'EXT-FR-FE-167',
    'EXT-FR-FE-177',
    'EXT-FR-FE-181',
    'EXT-FR-FE-182',
    'BT-128',
  ],
  message: {
    fr: 'Sous-facture : nom, identifiant légal et pays du vendeur, TVA totale, numéro (AFL) et cadre (AVV) sont obligatoires.',
    en: 'Sub-invoice: seller name, legal id and country, VAT total, number (AFL) and frame (AVV) are required.',
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return subInvoices(facts).flatMap((group) => {
      const found: Violation[] = [];
      const on = line(group.label);
      const need = (ok: boolean, check: string, fr: string, en: string) => {
        if (!ok)
          found.push(
            violation(facts, group.place, check, {
              fr: `${on.fr} (sous-facture) : ${fr}`,
              en: `${on.en} (sub-invoice): ${en}`,
            }),
          );
      };
      need(
        !isBlankText(group.sellerName?.text),
        'BR-FR-MV-03_EXT-FR-FE-164',
        'indiquez le nom de son vendeur (EXT-FR-FE-164).',
        "give its seller's name (EXT-FR-FE-164).",
      );
      need(
        firstLegalId(group) !== '',
        'BR-FR-MV-03_EXT-FR-FE-167',
        "indiquez l'identifiant légal de son vendeur (EXT-FR-FE-167).",
        "give its seller's legal id (EXT-FR-FE-167).",
      );
      need(
        !isBlankText(group.sellerCountry?.text),
        'BR-FR-MV-03_EXT-FR-FE-177',
        'indiquez le pays de son vendeur (EXT-FR-FE-177).',
        "give its seller's country (EXT-FR-FE-177).",
      );
      need(
        !isBlankText(vatTotalIn(group, facts.invoiceCurrencies)?.text),
        'BR-FR-MV-03_EXT-FR-FE-181',
        'indiquez son total de TVA dans la devise de la facture (EXT-FR-FE-181).',
        'give its VAT total in the invoice currency (EXT-FR-FE-181).',
      );
      if (facts.accountingCurrencies.length > 0) {
        const accounting = facts.accountingCurrencies.filter((c) => c.text !== '');
        need(
          accounting.length > 0 && !isBlankText(vatTotalIn(group, accounting)?.text),
          'BR-FR-MV-03_EXT-FR-FE-182',
          'indiquez son total de TVA dans la devise de comptabilisation (EXT-FR-FE-182).',
          'give its VAT total in the accounting currency (EXT-FR-FE-182).',
        );
      }
      for (const scheme of ['AFL', 'AVV'] as const) {
        const references = group.objectReferences.filter((r) => r.scheme === scheme);
        const valid = (r: (typeof references)[number]) => {
          const id = r.ids[0];
          if (r.typeCode !== '130' || isBlankText(id?.text)) return false;
          return scheme === 'AFL' || !['M8', 'S8', 'B8'].includes(id?.text ?? '');
        };
        // The CII file checks the references that exist; the UBL file requires one.
        const ok = facts.source === 'ubl' ? references.some(valid) : references.every(valid);
        need(
          ok,
          `BR-FR-MV-03_BT-128_${scheme}`,
          scheme === 'AFL'
            ? 'indiquez son numéro de sous-facture : une référence d’objet (BT-128) de type 130 et de schéma AFL, non vide.'
            : 'indiquez son cadre de facturation : une référence d’objet (BT-128) de type 130 et de schéma AVV, non vide, autre que B8, S8 ou M8.',
          scheme === 'AFL'
            ? 'give its sub-invoice number: an object reference (BT-128) of type 130 with scheme AFL, not empty.'
            : 'give its billing frame: an object reference (BT-128) of type 130 with scheme AVV, not empty, other than B8, S8 or M8.',
        );
      }
      return found;
    });
  },
});

const BR_FR_MV_05 = frRule({
  id: 'BR-FR-MV-05',
  bt: ['BT-131', 'EXT-FR-FE-162', 'EXT-FR-FE-163'],
  message: {
    fr: "Le montant HT d'une sous-facture doit égaler la somme de ses lignes (hors lignes INFORMATION).",
    en: "A sub-invoice's net amount must equal the sum of its lines (INFORMATION lines excluded).",
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return subInvoices(facts).flatMap((group) => {
      const groupId = normalizeSpace(group.id?.text ?? '');
      const children = facts.lines.filter(
        (l) =>
          l.parentId?.text === groupId &&
          l.subType !== undefined &&
          l.subType.text !== 'INFORMATION' &&
          l.netAmount !== undefined,
      );
      const total = xpathSum(children.map((l) => l.netAmount?.text ?? ''));
      const net = xpathNumber(group.netAmount?.text);
      if (Math.abs(net - total) <= 0.01 * children.length) return [];
      return [
        violation(facts, group.netAmount?.place ?? group.place, 'BR-FR-MV-05_EXT-FR-FE-BG-12', {
          fr: `${line(group.label).fr} (sous-facture) : son montant HT (BT-131) ${shown(group.netAmount?.text).fr} ne correspond pas à la somme de ses ${children.length} lignes (${total}).`,
          en: `${line(group.label).en} (sub-invoice): its net amount (BT-131) ${shown(group.netAmount?.text).en} does not match the sum of its ${children.length} lines (${total}).`,
        }),
      ];
    });
  },
});

/** BR-FR-MV-06 and -07: every line has a value, equal to its parent line's when it has one. */
function inheritedRule(
  id: string,
  check: string,
  bt: readonly string[],
  what: { fr: string; en: string },
  read: (line: LineFacts) => string,
): Rule {
  return frRule({
    id,
    bt,
    message: {
      fr: `Facture multi-vendeurs ou bidirectionnelle : chaque ligne doit indiquer ${what.fr}, identique à celui de sa ligne parente.`,
      en: `Multi-vendor or bidirectional invoice: every line must give ${what.en}, the same as its parent line's.`,
    },
    check: (facts) => {
      if (!isSpecialFrame(facts)) return [];
      return facts.lines.flatMap((l) => {
        const own = read(l);
        const parent = l.parentId === undefined ? undefined : lineWithId(facts, l.parentId.text);
        const inherited = parent === undefined ? '' : read(parent);
        if (own !== '' && (l.parentId === undefined || own === inherited)) return [];
        const problem =
          own === ''
            ? { fr: `indiquez ${what.fr}`, en: `give ${what.en}` }
            : {
                fr: `${what.fr} (${shown(own).fr}) diffère de celui de la ligne parente ${shown(l.parentId?.text).fr} (${shown(inherited).fr})`,
                en: `${what.en} (${shown(own).en}) differs from the parent line ${shown(l.parentId?.text).en}'s (${shown(inherited).en})`,
              };
        return [
          violation(facts, l.place, check, {
            fr: `${line(l.label).fr} : ${problem.fr}.`,
            en: `${line(l.label).en}: ${problem.en}.`,
          }),
        ];
      });
    },
  });
}

const BR_FR_MV_06 = inheritedRule(
  'BR-FR-MV-06',
  'BR-FR-MV-06_EXT-FR-FE-167',
  ['EXT-FR-FE-167', 'EXT-FR-FE-162'],
  {
    fr: "l'identifiant légal du vendeur (EXT-FR-FE-167)",
    en: "the seller's legal id (EXT-FR-FE-167)",
  },
  firstLegalId,
);

const BR_FR_MV_07 = inheritedRule(
  'BR-FR-MV-07',
  'BR-FR-MV-07_BT-128',
  ['BT-128', 'EXT-FR-FE-162'],
  {
    fr: 'le numéro de sous-facture (BT-128 de schéma AFL, type 130)',
    en: 'the sub-invoice number (BT-128 with scheme AFL, type 130)',
  },
  subInvoiceNumber,
);

const BR_FR_MV_08 = frRule({
  id: 'BR-FR-MV-08',
  bt: ['BT-128', 'EXT-FR-FE-163'],
  message: {
    fr: "Ligne DETAIL d'une sous-facture : le motif d'exonération de TVA doit commencer par #numéro de sous-facture#.",
    en: 'DETAIL line of a sub-invoice: the VAT exemption reason must start with #sub-invoice number#.',
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return facts.lines
      .filter((l) => l.subType?.text === 'DETAIL')
      .flatMap((l) => {
        const number = subInvoiceNumber(l);
        const reason = l.exemptionReason?.text;
        if (!isBlankText(reason) && number !== '' && reason?.startsWith(`#${number}#`)) return [];
        return [
          violation(facts, l.exemptionReason?.place ?? l.place, 'BR-FR-MV-08_BT-128', {
            fr: `${line(l.label).fr} : le motif d'exonération de TVA de la ligne doit commencer par #${number || 'numéro de sous-facture'}# (il vaut ${shown(reason).fr}).`,
            en: `${line(l.label).en}: the line's VAT exemption reason must start with #${number || 'sub-invoice number'}# (it is ${shown(reason).en}).`,
          }),
        ];
      });
  },
});

const BR_FR_MV_09 = frRule({
  id: 'BR-FR-MV-09',
  bt: ['EXT-FR-FE-181', 'BT-117', 'BT-120'],
  message: {
    fr: 'La TVA d’une sous-facture doit égaler la somme des ventilations de TVA marquées #numéro de sous-facture#.',
    en: "A sub-invoice's VAT must equal the sum of the VAT breakdowns tagged #sub-invoice number#.",
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return subInvoices(facts).flatMap((group) => {
      const number = subInvoiceNumber(group);
      const tag = `#${number}#`;
      const tagged = facts.vatBreakdowns.filter(
        (b) => b.isVat && b.exemptionReason?.startsWith(tag) === true,
      );
      const expected = xpathSum(tagged.flatMap((b) => b.amounts));
      const vat = vatTotalIn(group, facts.invoiceCurrencies);
      if (Math.abs(xpathNumber(vat?.text) - expected) <= 0.01) return [];
      return [
        violation(facts, vat?.place ?? group.place, 'BR-FR-MV-09_EXT-FR-FE-181', {
          fr: `${line(group.label).fr} (sous-facture ${shown(number).fr}) : sa TVA (EXT-FR-FE-181) ${shown(vat?.text).fr} ne correspond pas à la somme des ventilations de TVA dont le motif commence par ${tag} (${expected}).`,
          en: `${line(group.label).en} (sub-invoice ${shown(number).en}): its VAT (EXT-FR-FE-181) ${shown(vat?.text).en} does not match the sum of the VAT breakdowns whose reason starts with ${tag} (${expected}).`,
        }),
      ];
    });
  },
});

const BR_FR_MV_10 = frRule({
  id: 'BR-FR-MV-10',
  bt: ['EXT-FR-FE-184', 'BT-131', 'EXT-FR-FE-181'],
  message: {
    fr: 'Sous-facture : le total TTC (EXT-FR-FE-184) doit égaler le montant HT plus la TVA.',
    en: 'Sub-invoice: the total with VAT (EXT-FR-FE-184) must equal the net amount plus VAT.',
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    return subInvoices(facts).flatMap((group) => {
      const gross = group.grossTotal;
      if (gross === undefined) return [];
      const details = facts.lines.filter(
        (l) =>
          group.id !== undefined &&
          l.parentId?.text === group.id.text &&
          l.subType?.text === 'DETAIL',
      ).length;
      const vat = vatTotalIn(group, facts.invoiceCurrencies);
      const gap =
        xpathNumber(gross.text) - xpathNumber(group.netAmount?.text) - xpathNumber(vat?.text);
      if (!isBlankText(gross.text) && Math.abs(gap) <= 0.01 * details) return [];
      return [
        violation(facts, gross.place, 'BR-FR-MV-10_EXT-FR-FE-184', {
          fr: `${line(group.label).fr} (sous-facture) : le total TTC ${shown(gross.text).fr} doit égaler le montant HT ${shown(group.netAmount?.text).fr} plus la TVA ${shown(vat?.text).fr}.`,
          en: `${line(group.label).en} (sub-invoice): the total with VAT ${shown(gross.text).en} must equal the net amount ${shown(group.netAmount?.text).en} plus the VAT ${shown(vat?.text).en}.`,
        }),
      ];
    });
  },
});

const BR_FR_MV_11 = frRule({
  id: 'BR-FR-MV-11',
  bt: ['BT-128', 'BT-1', 'BT-30'],
  message: {
    fr: 'La sous-facture du vendeur principal doit porter le numéro de la facture (BT-1), une seule fois.',
    en: "The main seller's sub-invoice must carry the invoice number (BT-1), once.",
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    const sellerIds = sellerLegalIdsOf(facts, 'seller');
    const invoiceNumbers = new Set(facts.invoiceNumbers.map((n) => n.text));
    const main = subInvoices(facts).filter((g) =>
      g.sellerLegalIds.some((id) => sellerIds.has(id.text)),
    );
    const numbered = main
      .flatMap((g) => g.objectReferences)
      .filter(
        (r) =>
          r.scheme === 'AFL' &&
          r.typeCode === '130' &&
          r.ids.some((id) => invoiceNumbers.has(id.text)),
      ).length;
    return main.flatMap((group) => {
      const own = invoiceNumbers.has(subInvoiceNumber(group));
      if (numbered === 1 || (numbered === 0 && own) || (numbered > 1 && !own)) return [];
      const text =
        numbered === 0
          ? {
              fr: `${line(group.label).fr} : aucune sous-facture du vendeur principal ne porte le numéro de la facture (BT-1) comme numéro de sous-facture (AFL) ; donnez-le à l'une d'elles.`,
              en: `${line(group.label).en}: no sub-invoice of the main seller carries the invoice number (BT-1) as its sub-invoice number (AFL); give it to one of them.`,
            }
          : {
              fr: `${line(group.label).fr} : ${numbered} sous-factures du vendeur principal portent le numéro de la facture (BT-1) ; une seule le peut.`,
              en: `${line(group.label).en}: ${numbered} sub-invoices of the main seller carry the invoice number (BT-1); only one may.`,
            };
      return [violation(facts, group.place, 'BR-FR-MV-11_BT-128', text)];
    });
  },
});

const BR_FR_MV_12 = frRule({
  id: 'BR-FR-MV-12',
  bt: ['BT-128'],
  message: {
    fr: 'Deux sous-factures ne peuvent pas porter le même numéro (AFL).',
    en: 'Two sub-invoices cannot share the same number (AFL).',
  },
  check: (facts) => {
    if (!isSpecialFrame(facts)) return [];
    const seen = new Set<string>();
    const found: Violation[] = [];
    for (const group of subInvoices(facts)) {
      for (const reference of group.objectReferences) {
        if (reference.scheme !== 'AFL' || reference.typeCode !== '130') continue;
        for (const id of reference.ids) {
          if (seen.has(id.text)) {
            found.push(
              violation(facts, id.place, 'BR-FR-MV-12_BT-128', {
                fr: `${line(group.label).fr} : le numéro de sous-facture ${shown(id.text).fr} est déjà celui d'une autre sous-facture ; chaque sous-facture a son propre numéro.`,
                en: `${line(group.label).en}: sub-invoice number ${shown(id.text).en} is already another sub-invoice's; each sub-invoice has its own number.`,
              }),
            );
          }
          seen.add(id.text);
        }
      }
    }
    return found;
  },
});

const SELF_BILLED = '389, 261, 501, 500, 502, 471, 473';

/** BT-3 as MV-13/BD-13 compare it: trimmed (the CII MV-13 compares raw, a spacing detail). */
function typeOf(facts: FrFacts, value: Value): string {
  return facts.source === 'cii' ? value.text : normalizeSpace(value.text);
}

const BR_FR_MV_13 = frRule({
  id: 'BR-FR-MV-13',
  bt: ['BT-3', 'BT-23'],
  message: {
    fr: 'Une facture multi-vendeurs ne peut pas être une autofacture.',
    en: 'A multi-vendor invoice cannot be self-billed.',
  },
  check: (facts) => {
    if (!isMultiVendor(facts)) return [];
    return facts.typeCodes.flatMap((type) => {
      if (normalizeSpace(type.text) !== '' && !SELF_BILLED_TYPES.has(typeOf(facts, type)))
        return [];
      return [
        violation(facts, type.place, 'BR-FR-MV-13_BT-3', {
          fr: `Facture multi-vendeurs (cadre B8, S8, M8) : le type de document ${shown(type.text).fr} ne convient pas ; une autofacture (${SELF_BILLED}) est exclue.`,
          en: `Multi-vendor invoice (frame B8, S8, M8): document type ${shown(type.text).en} does not fit; a self-billed type (${SELF_BILLED}) is excluded.`,
        }),
      ];
    });
  },
});

const BR_FR_BD_13 = frRule({
  id: 'BR-FR-BD-13',
  bt: ['BT-3', 'BT-23'],
  message: {
    fr: `Une facture bidirectionnelle doit être une autofacture (${SELF_BILLED}).`,
    en: `A bidirectional invoice must be self-billed (${SELF_BILLED}).`,
  },
  check: (facts) => {
    if (!isBidirectional(facts)) return [];
    return facts.typeCodes.flatMap((type) => {
      if (SELF_BILLED_TYPES.has(normalizeSpace(type.text))) return [];
      return [
        violation(facts, type.place, 'BR-FR-BD-13_BT-3', {
          fr: `Facture bidirectionnelle (cadre B9, S9, M9) : le type de document ${shown(type.text).fr} doit être un type d'autofacture (${SELF_BILLED}).`,
          en: `Bidirectional invoice (frame B9, S9, M9): document type ${shown(type.text).en} must be a self-billed type (${SELF_BILLED}).`,
        }),
      ];
    });
  },
});

/** BR-FR-MV-14 and BD-14: sub-invoices of a corrective or credit type cite their original. */
function referencingRule(
  id: 'BR-FR-MV-14' | 'BR-FR-BD-14',
  applies: (facts: FrFacts) => boolean,
  types: ReadonlySet<string>,
): Rule {
  const listed = [...types].join(', ');
  return frRule({
    id,
    bt: ['EXT-FR-FE-136', 'EXT-FR-FE-138', 'BT-3'],
    message: {
      fr: `Sous-facture d'un document de type ${listed} : indiquez la facture d'origine (numéro et date) sur la ligne GROUP.`,
      en: `Sub-invoice of a document of type ${listed}: give the original invoice (number and date) on the GROUP line.`,
    },
    check: (facts) => {
      if (!applies(facts) || !facts.typeCodes.some((t) => types.has(t.text))) return [];
      return subInvoices(facts).flatMap((group) => {
        const found: Violation[] = [];
        if (!group.precedingInvoices.some((r) => r.numbers.length > 0)) {
          found.push(
            violation(facts, group.place, `${id}-EXT-FR-FE-136`, {
              fr: `${line(group.label).fr} (sous-facture) : indiquez le numéro de la facture d'origine (EXT-FR-FE-136).`,
              en: `${line(group.label).en} (sub-invoice): give the original invoice number (EXT-FR-FE-136).`,
            }),
          );
        }
        if (!group.precedingInvoices.some((r) => r.dates.length > 0)) {
          found.push(
            violation(facts, group.place, `${id}-EXT-FR-FE-138`, {
              fr: `${line(group.label).fr} (sous-facture) : indiquez la date de la facture d'origine (EXT-FR-FE-138).`,
              en: `${line(group.label).en} (sub-invoice): give the original invoice date (EXT-FR-FE-138).`,
            }),
          );
        }
        return found;
      });
    },
  });
}

export const MULTI_VENDOR_RULES: readonly Rule[] = [
  BR_FR_MV_01,
  BR_FR_MV_02,
  BR_FR_BD_02,
  BR_FR_MV_03,
  BR_FR_MV_05,
  BR_FR_MV_06,
  BR_FR_MV_07,
  BR_FR_MV_08,
  BR_FR_MV_09,
  BR_FR_MV_10,
  BR_FR_MV_11,
  BR_FR_MV_12,
  BR_FR_MV_13,
  BR_FR_BD_13,
  referencingRule('BR-FR-MV-14', isMultiVendor, MV_REFERENCING_TYPES),
  referencingRule('BR-FR-BD-14', isBidirectional, BD_REFERENCING_TYPES),
];

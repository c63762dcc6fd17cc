/**
 * BR-x-02 (lines), BR-x-03 (document level allowances), BR-x-04 (document level charges): which
 * VAT identifiers of the parties a category needs, or, for O, must not have.
 *
 * What counts, per the artefacts (both syntaxes agree on the model's terms):
 * - S, Z, E, AE, L, M: the seller's VAT identifier (BT-31), or the seller's tax registration
 *   identifier (BT-32: UBL accepts any `cac:PartyTaxScheme/cbc:CompanyID` of the seller, CII the
 *   schemes VA and FC), or the tax representative's VAT identifier (BT-63);
 * - G and K: BT-31 or BT-63 only (VAT scheme);
 * - AE also needs the buyer's VAT identifier (BT-48) or legal registration identifier (BT-47),
 *   K the buyer's VAT identifier (BT-48);
 * - O: none of BT-31, BT-63, BT-48.
 *
 * The identifiers are the document's: a UBL rule reports once, naming the first place concerned,
 * a CII rule once per place of the category (its context); either way once per place, whatever
 * is missing (AE can lack both the seller's and the buyer's identifiers).
 * UBL's BR-S-02 also fails a document whose lines have a category S only outside the VAT scheme
 * (its test requires one of the VAT scheme, or none of any scheme).
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Invoice } from '../../../model';
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { Rule, RuleContext, Violation } from '../../rule';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { contextMatch, dialectOf } from './dialect';
import { type ItemKind, isPresent, type TaxedItem, vatUsage } from './usage';
import { vatRule } from './vat-rule';

type PartyTerm = 'BT-31' | 'BT-32' | 'BT-63' | 'BT-47' | 'BT-48';

const PARTY_TERMS: Readonly<
  Record<PartyTerm, { at: string; of: (i: Invoice) => unknown; name: LocalizedText }>
> = {
  'BT-31': {
    at: '/BG-4/BT-31',
    of: (i) => i['BG-4']?.['BT-31'],
    name: { fr: 'numéro de TVA du vendeur (BT-31)', en: "seller's VAT identifier (BT-31)" },
  },
  'BT-32': {
    at: '/BG-4/BT-32',
    of: (i) => i['BG-4']?.['BT-32'],
    name: {
      fr: "identifiant d'enregistrement fiscal du vendeur (BT-32)",
      en: "seller's tax registration identifier (BT-32)",
    },
  },
  'BT-63': {
    at: '/BG-11/BT-63',
    of: (i) => i['BG-11']?.['BT-63'],
    name: {
      fr: 'numéro de TVA du représentant fiscal (BT-63)',
      en: "tax representative's VAT identifier (BT-63)",
    },
  },
  'BT-47': {
    at: '/BG-7/BT-47',
    of: (i) => i['BG-7']?.['BT-47'],
    name: {
      fr: "identifiant légal de l'acheteur (BT-47)",
      en: "buyer's legal registration identifier (BT-47)",
    },
  },
  'BT-48': {
    at: '/BG-7/BT-48',
    of: (i) => i['BG-7']?.['BT-48'],
    name: { fr: "numéro de TVA de l'acheteur (BT-48)", en: "buyer's VAT identifier (BT-48)" },
  },
};

interface PartyNeeds {
  /** At least one of these for the seller side. */
  readonly seller?: readonly PartyTerm[];
  /** At least one of these for the buyer. */
  readonly buyer?: readonly PartyTerm[];
  /** None of these. */
  readonly forbidden?: readonly PartyTerm[];
}

const SELLER_ANY: readonly PartyTerm[] = ['BT-31', 'BT-32', 'BT-63'];
const SELLER_VAT: readonly PartyTerm[] = ['BT-31', 'BT-63'];

const NEEDS: Readonly<Record<VatCategoryCode, PartyNeeds>> = {
  S: { seller: SELLER_ANY },
  Z: { seller: SELLER_ANY },
  E: { seller: SELLER_ANY },
  AE: { seller: SELLER_ANY, buyer: ['BT-48', 'BT-47'] },
  K: { seller: SELLER_VAT, buyer: ['BT-48'] },
  G: { seller: SELLER_VAT },
  O: { forbidden: ['BT-31', 'BT-63', 'BT-48'] },
  L: { seller: SELLER_ANY },
  M: { seller: SELLER_ANY },
};

const NUMBER_OF: Readonly<Record<ItemKind, number>> = { line: 2, allowance: 3, charge: 4 };

const WHERE: Readonly<Record<ItemKind, LocalizedText>> = {
  line: { fr: 'une ligne', en: 'a line' },
  allowance: { fr: 'une remise au niveau du document', en: 'a document level allowance' },
  charge: { fr: 'des frais au niveau du document', en: 'a document level charge' },
};

const CODE_TERM: Readonly<Record<ItemKind, string>> = {
  line: 'BT-151',
  allowance: 'BT-95',
  charge: 'BT-102',
};

function present(context: RuleContext, term: PartyTerm): boolean {
  const { at, of } = PARTY_TERMS[term];
  return isPresent(context, at, of(context.invoice));
}

/**
 * UBL's seller side for S, Z, E, AE, L, M: `exists(//cac:AccountingSupplierParty/cac:Party/
 * cac:PartyTaxScheme/cbc:CompanyID)`, any tax scheme or none — even a scheme the model reads as
 * neither BT-31 nor BT-32 (a cac:PartyTaxScheme without cac:TaxScheme).
 */
function sidePresent(context: RuleContext, side: readonly PartyTerm[]): boolean {
  const root = context.xml?.document.root;
  if (side === SELLER_ANY && context.xml?.syntax === 'ubl' && root !== undefined) {
    return hasPath(root, SELLER_COMPANY_ID, 0) || present(context, 'BT-63');
  }
  return side.some((t) => present(context, t));
}

const SELLER_COMPANY_ID: readonly (readonly [string, string])[] = [
  [NS.cac, 'AccountingSupplierParty'],
  [NS.cac, 'Party'],
  [NS.cac, 'PartyTaxScheme'],
  [NS.cbc, 'CompanyID'],
];

/** Whether some element is at this path of names below `element` (no list of them built). */
function hasPath(
  element: XmlElement,
  path: readonly (readonly [string, string])[],
  from: number,
): boolean {
  const step = path[from];
  if (step === undefined) return true;
  const [namespace, localName] = step;
  const list = element.children;
  for (let i = 0; i < list.length; i++) {
    const child = list[i] as XmlElement;
    if (child.localName !== localName || child.namespace !== namespace) continue;
    if (hasPath(child, path, from + 1)) return true;
  }
  return false;
}

function names(terms: readonly PartyTerm[], joiner: LocalizedText): LocalizedText {
  return {
    fr: terms.map((t) => PARTY_TERMS[t].name.fr).join(joiner.fr),
    en: terms.map((t) => PARTY_TERMS[t].name.en).join(joiner.en),
  };
}

const OR: LocalizedText = { fr: ', ou ', en: ', or ' };
const AND: LocalizedText = { fr: ', ', en: ', ' };

/** What a category's test finds wrong for one place: one failure, whatever is missing. */
function violation(
  category: VatCategory,
  needs: PartyNeeds,
  item: TaxedItem,
  context: RuleContext,
): Violation | undefined {
  const label = categoryLabel(category);
  const lacking = [needs.seller, needs.buyer].filter(
    (side): side is readonly PartyTerm[] => side !== undefined && !sidePresent(context, side),
  );
  const [firstSide] = lacking;
  if (firstSide !== undefined) {
    const wanted = lacking.map((side) => names(side, OR));
    const joined = {
      fr: wanted.map((w) => w.fr).join(' ; et le '),
      en: wanted.map((w) => w.en).join('; and the '),
    };
    return {
      at: PARTY_TERMS[firstSide[0] as PartyTerm].at,
      message: {
        fr: `La ${label.fr} est utilisée par ${item.label.fr} : la facture doit donner le ${joined.fr}.`,
        en: `The ${label.en} is used by ${item.label.en}: the invoice must give the ${joined.en}.`,
      },
    };
  }
  const given = (needs.forbidden ?? []).filter((t) => present(context, t));
  if (given.length === 0) return undefined;
  const found = names(given, AND);
  return {
    at: PARTY_TERMS[given[0] as PartyTerm].at,
    message: {
      fr: `La ${label.fr} est utilisée par ${item.label.fr} : la facture ne doit alors donner aucun numéro de TVA ; retirez le ${found.fr}, ou changez la catégorie.`,
      en: `The ${label.en} is used by ${item.label.en}: the invoice must then give no VAT identifier; remove the ${found.en}, or change the category.`,
    },
  };
}

function outsideVat(category: VatCategory, item: TaxedItem): Violation {
  const label = categoryLabel(category);
  return {
    at: item.codeAt,
    message: {
      fr: `La catégorie ${category.code} de ${item.label.fr} n'est pas rattachée au régime de TVA (cac:TaxScheme/cbc:ID = VAT) : indiquez ce régime pour que la ${label.fr} s'applique.`,
      en: `Category ${category.code} of ${item.label.en} is not tied to the VAT scheme (cac:TaxScheme/cbc:ID = VAT): give that scheme for the ${label.en} to apply.`,
    },
  };
}

function genericMessage(category: VatCategory, kind: ItemKind): LocalizedText {
  const label = categoryLabel(category);
  const needs = NEEDS[category.code];
  const where = WHERE[kind];
  const code = CODE_TERM[kind];
  if (needs.forbidden) {
    const terms = names(needs.forbidden, AND);
    return {
      fr: `Quand ${where.fr} est en ${label.fr} (${code}), la facture ne doit contenir aucun de ces numéros : ${terms.fr}.`,
      en: `When ${where.en} is in ${label.en} (${code}), the invoice must contain none of these identifiers: ${terms.en}.`,
    };
  }
  const seller = names(needs.seller ?? [], OR);
  const buyer = needs.buyer ? names(needs.buyer, OR) : undefined;
  return {
    fr: `Quand ${where.fr} est en ${label.fr} (${code}), la facture doit donner le ${seller.fr}${buyer ? ` ; et aussi le ${buyer.fr}` : ''}.`,
    en: `When ${where.en} is in ${label.en} (${code}), the invoice must give the ${seller.en}${buyer ? `; and also the ${buyer.en}` : ''}.`,
  };
}

/** Rule n° 2, 3 or 4 of a category: its lines, allowances or charges. */
export function partyIdentifiersRule(category: VatCategory, kind: ItemKind): Rule {
  const needs = NEEDS[category.code];
  const bt = [
    CODE_TERM[kind],
    ...(needs.seller ?? []),
    ...(needs.buyer ?? []),
    ...(needs.forbidden ?? []),
  ];
  return vatRule(category, NUMBER_OF[kind], bt, genericMessage(category, kind), (context) => {
    const dialect = dialectOf(context);
    const usage = vatUsage(context).of(category.code, contextMatch(dialect));
    const items =
      kind === 'line' ? usage.lines : kind === 'allowance' ? usage.allowances : usage.charges;
    const first = items[0];
    // The identifiers are the document's: UBL tests them once (its context is the invoice),
    // CII once per place in the category (its context).
    if (first && dialect === 'cii') {
      // What is missing is the document's: it fails for every place, or for none.
      if (violation(category, needs, first, context) === undefined) return [];
      return items.map((item) => violation(category, needs, item, context) as Violation);
    }
    if (first) {
      const found = violation(category, needs, first, context);
      return found === undefined ? [] : [found];
    }
    if (dialect === 'ubl' && category.code === 'S' && kind === 'line') {
      // UBL's BR-S-02 lets a document pass only without any line category S, of any scheme.
      const other = vatUsage(context).of('S', 'any').lines[0];
      if (other) return [outsideVat(category, other)];
    }
    return [];
  });
}

/**
 * EXTENDED 1.09 line rules. Line sub-types (BT-X-8, `LineStatusReasonCode`): DETAIL lines are
 * invoiced items; GROUP lines are sub-totals of the lines below them (BT-X-304, `ParentLineID`);
 * INFORMATION lines carry text only. The EN rules BR-22/23/24/26 and BR-CO-04 apply to DETAIL
 * lines (or lines without sub-type) only; BR-FXEXT-06/08/11/12 tie the hierarchy together.
 */
import { normalizeSpace, type XmlElement } from '../../../xml';
import { NONE, type Rule, type Violation } from '../../rule';
import { profileRule, text } from '../define';
import { descendantsNamed } from '../walk';
import { along, equalsSome, has, kid, kids, normalized, numberOfText, stringValue } from '../xpath';
import { isVatTax } from './facts';

/**
 * Context `//ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument[not(
 * ram:LineStatusReasonCode) or ram:LineStatusReasonCode = 'DETAIL']`: the line of each such
 * document (a line without `AssociatedDocumentLineDocument` is not checked).
 */
const DETAIL_LINES = new WeakMap<XmlElement, readonly XmlElement[]>();

function detailLinesByDocument(root: XmlElement): readonly XmlElement[] {
  const known = DETAIL_LINES.get(root);
  if (known !== undefined) return known;
  const found: XmlElement[] = [];
  for (const document of descendantsNamed(root, 'AssociatedDocumentLineDocument')) {
    const line = document.parent;
    if (line === undefined || line.localName !== 'IncludedSupplyChainTradeLineItem') continue;
    const status = kids(document, 'LineStatusReasonCode');
    if (status.length === 0 || equalsSome(status, 'DETAIL')) found.push(line);
  }
  DETAIL_LINES.set(root, found);
  return found;
}

/** « ligne 3 » / "line 3": the line's id (BT-126) when it has one. */
function lineName(line: XmlElement): { fr: string; en: string } {
  const id = along(line, 'AssociatedDocumentLineDocument', 'LineID')[0];
  const shownId = id === undefined ? '' : ` ${normalizeSpace(stringValue(id))}`;
  return { fr: `ligne${shownId}`, en: `line${shownId}` };
}

function detailLineRule(
  id: string,
  bt: readonly string[],
  what: { fr: string; en: string },
  present: (line: XmlElement) => boolean,
): Rule {
  return profileRule({
    id,
    bt,
    message: text(
      `Chaque ligne de détail (sous-type BT-X-8 DETAIL ou absent) doit indiquer ${what.fr}.`,
      `Each detail line (sub-type BT-X-8 DETAIL or none) must give ${what.en}.`,
    ),
    check: (root) =>
      detailLinesByDocument(root)
        .filter((line) => !present(line))
        .map((line) => {
          const name = lineName(line);
          return {
            node: line,
            message: text(
              `La ${name.fr} est une ligne de détail : indiquez ${what.fr}.`,
              `The ${name.en} is a detail line: give ${what.en}.`,
            ),
          };
        }),
  });
}

const BR_22 = detailLineRule(
  'BR-FXEXT-BR-22',
  ['BT-129'],
  { fr: 'la quantité facturée (BT-129)', en: 'the invoiced quantity (BT-129)' },
  (line) => has(line, 'SpecifiedLineTradeDelivery', 'BilledQuantity'),
);

const BR_23 = detailLineRule(
  'BR-FXEXT-BR-23',
  ['BT-130'],
  {
    fr: "l'unité de la quantité facturée (BT-130, attribut unitCode)",
    en: 'the unit of the invoiced quantity (BT-130, unitCode attribute)',
  },
  (line) =>
    along(line, 'SpecifiedLineTradeDelivery', 'BilledQuantity').some((q) =>
      q.attributes.some((a) => a.localName === 'unitCode' && a.namespace === ''),
    ),
);

const BR_24 = detailLineRule(
  'BR-FXEXT-BR-24',
  ['BT-131'],
  { fr: 'son montant net (BT-131)', en: 'its net amount (BT-131)' },
  (line) =>
    has(
      line,
      'SpecifiedLineTradeSettlement',
      'SpecifiedTradeSettlementLineMonetarySummation',
      'LineTotalAmount',
    ),
);

const BR_26 = detailLineRule(
  'BR-FXEXT-BR-26',
  ['BT-146'],
  { fr: "le prix net de l'article (BT-146)", en: 'the item net price (BT-146)' },
  (line) => has(line, 'SpecifiedLineTradeAgreement', 'NetPriceProductTradePrice', 'ChargeAmount'),
);

/**
 * `(../ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode = 'VAT') and
 * (…/ram:ApplicableTradeTax[upper-case(ram:TypeCode) = 'VAT']/ram:CategoryCode)`.
 */
const CO_04 = detailLineRule(
  'BR-FXEXT-CO-04',
  ['BT-151'],
  {
    fr: "la catégorie de TVA de l'article (BT-151), dans une taxe de type VAT",
    en: 'the invoiced item VAT category code (BT-151), in a tax of type VAT',
  },
  (line) => {
    const taxes = along(line, 'SpecifiedLineTradeSettlement', 'ApplicableTradeTax');
    const typedVat = equalsSome(
      taxes.flatMap((t) => kids(t, 'TypeCode')),
      'VAT',
    );
    return typedVat && taxes.some((t) => isVatTax(t) && kid(t, 'CategoryCode') !== undefined);
  },
);

/**
 * `(ram:LineStatusReasonCode | ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode |
 * ram:SpecifiedLineTradeSettlement/ram:LineStatusReasonCode)[1]`, normalised: the sub-type.
 */
function subTypeOf(line: XmlElement): string {
  const candidates = [
    ...kids(line, 'LineStatusReasonCode'),
    ...along(line, 'AssociatedDocumentLineDocument', 'LineStatusReasonCode'),
    ...along(line, 'SpecifiedLineTradeSettlement', 'LineStatusReasonCode'),
  ].sort((a, b) => a.order - b.order);
  const [firstCode] = candidates;
  return firstCode === undefined ? '' : normalizeSpace(stringValue(firstCode));
}

function parentIdOf(line: XmlElement): string {
  return normalized(along(line, 'AssociatedDocumentLineDocument', 'ParentLineID'));
}

function lineIdOf(line: XmlElement): string {
  return normalized(along(line, 'AssociatedDocumentLineDocument', 'LineID'));
}

/** `//ram:IncludedSupplyChainTradeLineItem`. */
function allLines(root: XmlElement): readonly XmlElement[] {
  return descendantsNamed(root, 'IncludedSupplyChainTradeLineItem');
}

/**
 * BR-FXEXT-06: a line that has a parent (BT-X-304), or that another line of the same parent
 * element names as its parent, must have a sub-type (BT-X-8).
 */
const BR_FXEXT_06 = profileRule({
  id: 'BR-FXEXT-06',
  bt: ['BT-X-8', 'BT-X-304'],
  message: text(
    'Quand des lignes ont une ligne parente (BT-X-304), chaque ligne concernée doit indiquer son sous-type (BT-X-8 : DETAIL, GROUP ou INFORMATION).',
    'When lines have a parent line (BT-X-304), each line concerned must give its sub-type (BT-X-8: DETAIL, GROUP or INFORMATION).',
  ),
  check: (root) => {
    const lines = allLines(root);
    // How many lines of each parent element name each parent id, so that "another line names me
    // as its parent" is a look-up, not a walk of the siblings.
    const namedParents = new Map<XmlElement | undefined, Map<string, number>>();
    for (const line of lines) {
      let counts = namedParents.get(line.parent);
      if (counts === undefined) {
        counts = new Map();
        namedParents.set(line.parent, counts);
      }
      const parent = parentIdOf(line);
      counts.set(parent, (counts.get(parent) ?? 0) + 1);
    }
    const found: Violation[] = [];
    for (const line of lines) {
      if (subTypeOf(line) !== '') continue;
      const parent = parentIdOf(line);
      const ownId = lineIdOf(line);
      const naming = (namedParents.get(line.parent)?.get(ownId) ?? 0) - (parent === ownId ? 1 : 0);
      if (parent === '' && naming === 0) continue;
      const name = lineName(line);
      found.push({
        node: line,
        message: text(
          `La ${name.fr} fait partie d'une hiérarchie de lignes (ligne parente BT-X-304) : indiquez son sous-type (BT-X-8).`,
          `The ${name.en} is part of a line hierarchy (parent line BT-X-304): give its sub-type (BT-X-8).`,
        ),
      });
    }
    return found;
  },
});

/** `ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'GROUP'`. */
function isGroup(line: XmlElement): boolean {
  return equalsSome(along(line, 'AssociatedDocumentLineDocument', 'LineStatusReasonCode'), 'GROUP');
}

function netAmounts(line: XmlElement): readonly XmlElement[] {
  return along(
    line,
    'SpecifiedLineTradeSettlement',
    'SpecifiedTradeSettlementLineMonetarySummation',
    'LineTotalAmount',
  );
}

/**
 * BR-FXEXT-08: every GROUP line with a net amount has the sum of the net amounts of its DETAIL and
 * GROUP children (`number()`, compared as doubles). The assertion is on the whole document but its
 * context is each line: the official validator reports it once per line when it fails.
 */
const BR_FXEXT_08 = profileRule({
  id: 'BR-FXEXT-08',
  bt: ['BT-131', 'BT-X-8', 'BT-X-304'],
  message: text(
    "Le montant net (BT-131) d'une ligne de sous-total (GROUP) doit égaler la somme des montants nets de ses lignes filles DETAIL et GROUP.",
    'The net amount (BT-131) of a sub-total line (GROUP) must equal the sum of the net amounts of its DETAIL and GROUP child lines.',
  ),
  check: (root) => {
    const lines = allLines(root);
    // Net amounts of the DETAIL and GROUP lines, added by the (normalised) id of their parent.
    const childTotals = new Map<string, number>();
    for (const child of lines) {
      const status = along(child, 'AssociatedDocumentLineDocument', 'LineStatusReasonCode');
      if (!equalsSome(status, 'DETAIL') && !equalsSome(status, 'GROUP')) continue;
      const parent = parentIdOf(child);
      const amount = numberOfText(normalized(netAmounts(child)));
      childTotals.set(parent, (childTotals.get(parent) ?? 0) + amount);
    }
    const wrong = lines.find((item) => {
      if (!isGroup(item)) return false;
      const own = normalized(netAmounts(item));
      if (own === '') return false;
      return numberOfText(own) !== (childTotals.get(lineIdOf(item)) ?? 0);
    });
    if (wrong === undefined) return NONE;
    const name = lineName(wrong);
    const message = text(
      `Le montant net (BT-131) de la ${name.fr} (sous-total GROUP) ne correspond pas à la somme des montants nets de ses lignes filles.`,
      `The net amount (BT-131) of the ${name.en} (GROUP sub-total) does not match the sum of the net amounts of its child lines.`,
    );
    return lines.map((node) => ({ node, message }));
  },
});

/** BR-FXEXT-11: a parent line id (BT-X-304) names an existing line (BT-126). */
const BR_FXEXT_11 = profileRule({
  id: 'BR-FXEXT-11',
  bt: ['BT-X-304', 'BT-126'],
  message: text(
    "L'identifiant de ligne parente (BT-X-304) doit être celui d'une ligne de la facture (BT-126).",
    'The parent line id (BT-X-304) must be the id of a line of the invoice (BT-126).',
  ),
  check: (root) => {
    const lines = allLines(root);
    const ids = new Set(
      lines.flatMap((l) =>
        along(l, 'AssociatedDocumentLineDocument', 'LineID').map((id) =>
          normalizeSpace(stringValue(id)),
        ),
      ),
    );
    const found: Violation[] = [];
    for (const line of lines) {
      const parent = parentIdOf(line);
      if (parent === '' || ids.has(parent)) continue;
      found.push({
        node: line,
        message: text(
          `La ${lineName(line).fr} désigne une ligne parente « ${parent} » (BT-X-304) qui n'existe pas.`,
          `The ${lineName(line).en} names a parent line "${parent}" (BT-X-304) that does not exist.`,
        ),
      });
    }
    return found;
  },
});

/**
 * BR-FXEXT-12: context each GROUP line with a net amount; its GROUP children (`ParentLineID =
 * $lineID`, compared as text) all have a net amount. A GROUP line without line id fails.
 */
export const BR_FXEXT_12 = profileRule({
  id: 'BR-FXEXT-12',
  bt: ['BT-131', 'BT-X-8', 'BT-X-304'],
  message: text(
    'Si une ligne de sous-total (GROUP) a un montant net (BT-131), toutes ses lignes filles GROUP doivent en avoir un.',
    'If a sub-total line (GROUP) has a net amount (BT-131), each of its GROUP child lines must have one.',
  ),
  check: (root) => {
    const lines = allLines(root);
    // GROUP lines by the text of their parent id (`ParentLineID = $lineID` compares text as is).
    const groupChildren = new Map<string, XmlElement[]>();
    for (const line of lines) {
      if (!isGroup(line)) continue;
      for (const parent of along(line, 'AssociatedDocumentLineDocument', 'ParentLineID')) {
        const key = stringValue(parent);
        const list = groupChildren.get(key);
        if (list === undefined) groupChildren.set(key, [line]);
        else if (!list.includes(line)) list.push(line);
      }
    }
    const found: Violation[] = [];
    for (const group of lines) {
      if (!isGroup(group) || netAmounts(group).length === 0) continue;
      const ids = along(group, 'AssociatedDocumentLineDocument', 'LineID').map(stringValue);
      // `count(GROUP children) = count(their BT-131 elements)`, for each line id of the group.
      const ok =
        ids.length > 0 &&
        ids.every((id) => {
          const children = groupChildren.get(id) ?? [];
          const amounts = children.reduce((n, c) => n + netAmounts(c).length, 0);
          return amounts === children.length;
        });
      if (!ok) {
        found.push({
          node: group,
          message: text(
            `La ${lineName(group).fr} (sous-total GROUP) a un montant net : ses lignes filles GROUP doivent aussi en avoir un (et elle doit avoir un identifiant BT-126).`,
            `The ${lineName(group).en} (GROUP sub-total) has a net amount: its GROUP child lines must have one too (and it must have an id, BT-126).`,
          ),
        });
      }
    }
    return found;
  },
});

export const EXTENDED_LINE_RULES: readonly Rule[] = [
  BR_22,
  BR_23,
  BR_24,
  BR_26,
  CO_04,
  BR_FXEXT_06,
  BR_FXEXT_08,
  BR_FXEXT_11,
  BR_FXEXT_12,
];

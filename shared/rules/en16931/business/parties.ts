/**
 * Rules on the parties: payee (BR-17), seller tax representative (BR-18…BR-20, BR-56), electronic
 * addresses (BR-62, BR-63), VAT identifier prefixes (BR-CO-09), seller identification (BR-CO-26).
 */
import { NS } from '../../../syntax/namespaces';
import { child, normalizeSpace, select, valueAt } from '../../../xml';
import { documentWalk } from '../../document-walk';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { businessRule, missing, text } from './define';
import { exists, variantOf } from './facts';
import { vatPrefixAccepted } from './vat-prefixes';

/**
 * BR-17 asks for a payee name when the payee differs from the seller, and each syntax decides
 * "differs" its own way: UBL compares the payee name with the seller's trading name (BT-28) and the
 * party identifiers (BT-60, BT-29); CII compares it with the seller name (BT-27), the party
 * identifiers and the legal registration identifiers (BT-61, BT-30). A model not read from XML is
 * held to both.
 */
function payeeMatchesSeller(c: RuleContext): boolean {
  const payee = c.invoice['BG-10'];
  const seller = c.invoice['BG-4'];
  const name = payee?.['BT-59'];
  const variant = variantOf(c);
  const sellerNames = [
    ...(variant !== 'cii' ? [seller?.['BT-28']] : []),
    ...(variant !== 'ubl' ? [seller?.['BT-27']] : []),
  ];
  if (name !== undefined && sellerNames.includes(name)) return true;
  const payeeId = payee?.['BT-60']?.id;
  if (payeeId !== undefined && (seller?.['BT-29'] ?? []).some((id) => id.id === payeeId))
    return true;
  if (variant === 'ubl') return false;
  const payeeLegal = payee?.['BT-61']?.id;
  return payeeLegal !== undefined && payeeLegal === seller?.['BT-30']?.id;
}

const AGREEMENT =
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement';

/**
 * BR-62 / BR-63 in CII test the document, not the address: once the party has a
 * `ram:URIUniversalCommunication`, the `@schemeID` of the first one's `ram:URIID` must be filled
 * — so a communication without an address fails too.
 */
function ciiElectronicAddressWithoutScheme(
  c: RuleContext,
  party: 'SellerTradeParty' | 'BuyerTradeParty',
): readonly Violation[] {
  const root = c.xml?.document.root;
  if (root === undefined) return NONE;
  const communication = select(root, `${AGREEMENT}/ram:${party}/ram:URIUniversalCommunication`)[0];
  if (communication === undefined) return NONE;
  const scheme = valueAt(communication, 'ram:URIID/@schemeID');
  return normalizeSpace(scheme ?? '') === '' ? [{ node: communication }] : NONE;
}

/** UBL: `exists(@schemeID)` on the address, so a blank scheme is there. */
function electronicAddressWithoutScheme(
  c: RuleContext,
  group: 'BG-4' | 'BG-7',
  term: 'BT-34' | 'BT-49',
): readonly Violation[] {
  if (variantOf(c) === 'cii') {
    return ciiElectronicAddressWithoutScheme(
      c,
      group === 'BG-4' ? 'SellerTradeParty' : 'BuyerTradeParty',
    );
  }
  const address = group === 'BG-4' ? c.invoice['BG-4']?.['BT-34'] : c.invoice['BG-7']?.['BT-49'];
  if (address === undefined) return NONE;
  return missing(c, `/${group}/${term}/scheme`, address.scheme, 'exists');
}

function prefixMessage(value: string) {
  return text(
    `Le numéro de TVA « ${value} » ne commence pas par un code pays (par exemple FR) : ajoutez le préfixe du pays qui l’a attribué.`,
    `The VAT identifier "${value}" does not start with a country code (e.g. FR): add the prefix of the issuing country.`,
  );
}

/**
 * BR-CO-09 on the document: every VAT identifier of every party, as written (UBL reads the first
 * two characters of the `cbc:CompanyID` of each VAT tax scheme, nothing when there is none; CII
 * those of each identifier of scheme VA, a blank one failing).
 */
function vatIdentifiersOnDocument(c: RuleContext, syntax: 'ubl' | 'cii'): Violation[] {
  const found: Violation[] = [];
  for (const element of documentWalk(c).vatIdentifiers) {
    const written =
      syntax === 'ubl' ? (child(element, NS.cbc, 'CompanyID')?.text ?? '') : element.text;
    if (vatPrefixAccepted(written, syntax)) continue;
    found.push({ node: element, message: prefixMessage(written.trim()) });
  }
  return found;
}

/** The VAT identifiers BR-CO-09 looks at in a model not read from XML (every VAT tax scheme of a party). */
function vatIdentifiers(c: RuleContext): { at: string; value: string | undefined }[] {
  return [
    { at: '/BG-4/BT-31', value: c.invoice['BG-4']?.['BT-31'] },
    { at: '/BG-7/BT-48', value: c.invoice['BG-7']?.['BT-48'] },
    { at: '/BG-11/BT-63', value: c.invoice['BG-11']?.['BT-63'] },
  ];
}

export const PARTY_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-17',
    bt: ['BT-59', 'BG-10', 'BG-4'],
    message: text(
      "Le bénéficiaire (BG-10) doit avoir un nom (BT-59) et être distinct du vendeur : s'il s'agit du vendeur lui-même, supprimez le bloc bénéficiaire.",
      'The payee (BG-10) must have a name (BT-59) and differ from the seller: if the payee is the seller, remove the payee group.',
    ),
    check: (c) => {
      const payee = c.invoice['BG-10'];
      if (payee === undefined) return NONE;
      if (!exists(c, '/BG-10/BT-59', payee['BT-59'])) return [{ at: '/BG-10/BT-59' }];
      if (!payeeMatchesSeller(c)) return NONE;
      return [
        {
          at: '/BG-10',
          message: text(
            "Le bénéficiaire (BG-10) porte le même nom ou le même identifiant que le vendeur : n'indiquez un bénéficiaire que s'il est distinct du vendeur.",
            'The payee (BG-10) has the same name or identifier as the seller: give a payee only when it differs from the seller.',
          ),
        },
      ];
    },
  }),
  businessRule({
    id: 'BR-18',
    bt: ['BT-62', 'BG-11'],
    message: text(
      'Indiquez le nom du représentant fiscal du vendeur (BT-62).',
      'Give the seller tax representative name (BT-62).',
    ),
    check: (c) => {
      const representative = c.invoice['BG-11'];
      if (representative === undefined) return NONE;
      return missing(c, '/BG-11/BT-62', representative['BT-62']);
    },
  }),
  businessRule({
    id: 'BR-19',
    bt: ['BG-12', 'BG-11'],
    message: text(
      "Indiquez l'adresse postale du représentant fiscal du vendeur (BG-12).",
      'Give the seller tax representative postal address (BG-12).',
    ),
    check: (c) => {
      const representative = c.invoice['BG-11'];
      if (representative === undefined || representative['BG-12'] !== undefined) return NONE;
      return [{ at: '/BG-11/BG-12' }];
    },
  }),
  businessRule({
    id: 'BR-20',
    bt: ['BT-69', 'BG-12'],
    message: text(
      "Indiquez le code pays de l'adresse du représentant fiscal (BT-69), par exemple FR.",
      'Give the country code of the tax representative address (BT-69), e.g. FR.',
    ),
    // UBL checks the address when there is one, CII the representative.
    check: (c) => {
      const representative = c.invoice['BG-11'];
      const address = representative?.['BG-12'];
      const context = variantOf(c) === 'cii' ? representative : address;
      if (context === undefined) return NONE;
      return missing(c, '/BG-11/BG-12/BT-69', address?.['BT-69']);
    },
  }),
  businessRule({
    id: 'BR-56',
    bt: ['BT-63', 'BG-11'],
    message: text(
      'Indiquez le numéro de TVA du représentant fiscal du vendeur (BT-63).',
      'Give the seller tax representative VAT identifier (BT-63).',
    ),
    check: (c) => {
      const representative = c.invoice['BG-11'];
      if (representative === undefined) return NONE;
      // UBL: exists(…/cbc:CompanyID); CII: normalize-space(…) != ''.
      const presence = variantOf(c) === 'ubl' ? 'exists' : 'filled';
      return missing(c, '/BG-11/BT-63', representative['BT-63'], presence);
    },
  }),
  businessRule({
    id: 'BR-62',
    bt: ['BT-34', 'BT-34-1'],
    message: text(
      "Indiquez le schéma de l'adresse électronique du vendeur (BT-34-1), par exemple 0225 ou 0009.",
      'Give the scheme of the seller electronic address (BT-34-1), e.g. 0225 or 0009.',
    ),
    check: (c) => electronicAddressWithoutScheme(c, 'BG-4', 'BT-34'),
  }),
  businessRule({
    id: 'BR-63',
    bt: ['BT-49', 'BT-49-1'],
    message: text(
      "Indiquez le schéma de l'adresse électronique de l'acheteur (BT-49-1), par exemple 0225 ou 0009.",
      'Give the scheme of the buyer electronic address (BT-49-1), e.g. 0225 or 0009.',
    ),
    check: (c) => electronicAddressWithoutScheme(c, 'BG-7', 'BT-49'),
  }),
  businessRule({
    id: 'BR-CO-09',
    bt: ['BT-31', 'BT-48', 'BT-63'],
    message: text(
      'Un numéro de TVA (vendeur BT-31, acheteur BT-48, représentant fiscal BT-63) doit commencer par le code pays ISO 3166-1 de l’État qui l’a attribué (FR pour la France, EL pour la Grèce).',
      'A VAT identifier (seller BT-31, buyer BT-48, tax representative BT-63) must start with the ISO 3166-1 code of the issuing country (FR for France, EL for Greece).',
    ),
    check: (c) => {
      const variant = variantOf(c);
      if (c.xml !== undefined) return vatIdentifiersOnDocument(c, c.xml.syntax);
      const found: Violation[] = [];
      for (const { at, value } of vatIdentifiers(c)) {
        if (value === undefined || vatPrefixAccepted(value, variant)) continue;
        found.push({ at, message: prefixMessage(value) });
      }
      return found;
    },
  }),
  businessRule({
    id: 'BR-CO-26',
    bt: ['BT-29', 'BT-30', 'BT-31'],
    message: text(
      "Identifiez le vendeur : donnez au moins son identifiant (BT-29, par exemple son SIRET), son numéro d'immatriculation légale (BT-30, son SIREN) ou son numéro de TVA (BT-31).",
      'Identify the seller: give at least its identifier (BT-29), its legal registration identifier (BT-30) or its VAT identifier (BT-31).',
    ),
    check: (c) => {
      const seller = c.invoice['BG-4'];
      if (seller === undefined) return NONE;
      const any =
        exists(c, '/BG-4/BT-29', seller['BT-29']) ||
        exists(c, '/BG-4/BT-30', seller['BT-30']) ||
        exists(c, '/BG-4/BT-31', seller['BT-31']);
      return any ? NONE : [{ at: '/BG-4' }];
    },
  }),
];

/**
 * BR-FR-09 to -13, -21 to -26, -32, CO-10, CO-14, CO-15: party identifiers (SIREN, SIRET,
 * private ids) and electronic addresses.
 */
import type { Rule, Violation } from '../../rule';
import { SCHEME, SELF_BILLED_TYPES } from '../codes';
import type { FrFacts, PartyFacts, PartyRole, SchemedValue } from '../facts';
import {
  characterLength,
  firstCharacters,
  isNineDigits,
  isValidSchemeIdFormat,
  normalizeSpace,
  siretMatchesSiren,
} from '../lexical';
import { frRule, shown, violation } from '../report';
import { partyOf, ROLES } from '../terms';

function partiesOf(facts: FrFacts, role: PartyRole): PartyFacts[] {
  return facts.parties.filter((p) => p.role === role);
}

function withScheme(ids: readonly SchemedValue[], scheme: string): SchemedValue[] {
  return ids.filter((id) => id.scheme === scheme);
}

/** UBL trims where the CII file compares raw text (BR-FR-11, -12, -13). */
function asCompared(facts: FrFacts, text: string): string {
  return facts.source === 'ubl' ? normalizeSpace(text) : text;
}

const BR_FR_09 = frRule({
  id: 'BR-FR-09',
  bt: [
    'BT-29',
    'BT-46',
    'BT-60',
    'BT-71',
    'EXT-FR-FE-06',
    'EXT-FR-FE-46',
    'EXT-FR-FE-69',
    'EXT-FR-FE-92',
    'EXT-FR-FE-115',
    'EXT-FR-FE-146',
  ],
  message: {
    fr: 'Un SIRET (schéma 0009) doit compter 14 chiffres et commencer par le SIREN de sa partie.',
    en: "A SIRET (scheme 0009) must have 14 digits and start with its party's SIREN.",
  },
  check: (facts) =>
    facts.parties.flatMap((party) => {
      const siret = withScheme(party.ids, SCHEME.SIRET)[0];
      if (siret === undefined) return [];
      const sirens = withScheme(party.legalIds, SCHEME.SIREN).map((id) => id.text);
      // Parties other than seller and buyer fall back to the SIRET's own first nine digits when
      // they give no SIREN: then only the 14-digit shape is checked.
      const mainParty = party.role === 'seller' || party.role === 'buyer';
      const compared =
        mainParty || (sirens[0] ?? '') !== '' ? sirens : [firstCharacters(siret.text, 9)];
      if (siretMatchesSiren(siret.text, compared)) return [];
      const of = partyOf(party.role, party.line);
      const s = shown(siret.text);
      const sirenText =
        compared.length === 0
          ? {
              fr: "aucun SIREN (schéma 0002) n'est indiqué pour cette partie",
              en: 'no SIREN (scheme 0002) is given for this party',
            }
          : {
              fr: `son SIREN est ${shown(compared[0]).fr}`,
              en: `its SIREN is ${shown(compared[0]).en}`,
            };
      return [
        violation(facts, siret.place, `BR-FR-09_${ROLES[party.role].idTerm}`, {
          fr: `Le SIRET ${s.fr} ${of.fr} doit compter 14 chiffres et commencer par le SIREN de la même partie ; ${sirenText.fr}.`,
          en: `The SIRET ${s.en} ${of.en} must have 14 digits and start with the same party's SIREN; ${sirenText.en}.`,
        }),
      ];
    }),
});

const BR_FR_10 = frRule({
  id: 'BR-FR-10',
  bt: ['BT-30'],
  message: {
    fr: 'Le SIREN du vendeur (BT-30, 9 chiffres, schéma 0002) est obligatoire.',
    en: "The seller's SIREN (BT-30, 9 digits, scheme 0002) is mandatory.",
  },
  check: (facts) => {
    const seller = partiesOf(facts, 'seller')[0];
    const siren = withScheme(seller?.legalIds ?? [], SCHEME.SIREN)[0];
    if (siren !== undefined && isNineDigits(normalizeSpace(siren.text))) return [];
    const text =
      siren === undefined
        ? {
            fr: "Le SIREN du vendeur (BT-30) manque : indiquez son numéro d'immatriculation de 9 chiffres avec le schéma 0002.",
            en: "The seller's SIREN (BT-30) is missing: give its 9-digit registration number with scheme 0002.",
          }
        : {
            fr: `Le SIREN du vendeur (BT-30) ${shown(siren.text).fr} doit compter exactement 9 chiffres (un SIRET se déclare avec le schéma 0009, en BT-29).`,
            en: `The seller's SIREN (BT-30) ${shown(siren.text).en} must be exactly 9 digits (a SIRET goes in BT-29 with scheme 0009).`,
          };
    return [violation(facts, siren?.place ?? seller?.place, 'BR-FR-10_BT-30', text)];
  },
});

const BR_FR_11 = frRule({
  id: 'BR-FR-11',
  bt: ['BT-47'],
  message: {
    fr: "Facture B2B : le SIREN de l'acheteur (BT-47, 9 chiffres, schéma 0002) est obligatoire.",
    en: "B2B invoice: the buyer's SIREN (BT-47, 9 digits, scheme 0002) is mandatory.",
  },
  check: (facts) => {
    if (!facts.notes.isB2B) return [];
    const buyer = partiesOf(facts, 'buyer')[0];
    const siren = withScheme(buyer?.legalIds ?? [], SCHEME.SIREN)[0];
    if (siren !== undefined && isNineDigits(asCompared(facts, siren.text))) return [];
    return [
      violation(facts, siren?.place ?? buyer?.place, 'BR-FR-11_BT-47', {
        fr: `Facture B2B (note BAR) : le SIREN de l'acheteur (BT-47, schéma 0002) doit être indiqué sur 9 chiffres ; il est ${shown(siren?.text).fr}.`,
        en: `B2B invoice (BAR note): the buyer's SIREN (BT-47, scheme 0002) must be given as 9 digits; it is ${shown(siren?.text).en}.`,
      }),
    ];
  },
});

function endpointRule(id: string, role: 'buyer' | 'seller', term: string): Rule {
  const who =
    role === 'buyer'
      ? { fr: "de l'acheteur", en: "buyer's" }
      : { fr: 'du vendeur', en: "seller's" };
  const text = {
    fr: `L'adresse électronique ${who.fr} (${term}) est obligatoire : indiquez-la avec son schéma (0225 pour l'annuaire de la réforme).`,
    en: `The ${who.en} electronic address (${term}) is mandatory: give it with its scheme (0225 for the reform directory).`,
  };
  return frRule({
    id,
    bt: [term],
    message: text,
    check: (facts) => {
      const party = partiesOf(facts, role)[0];
      const endpoint = party?.endpoints[0];
      // CII tests `string(…)`, UBL `normalize-space(…)`: a value of spaces is present only in CII.
      if (endpoint !== undefined && asCompared(facts, endpoint.text) !== '') return [];
      return [violation(facts, endpoint?.place ?? party?.place, `${id}_${term}`, text)];
    },
  });
}

/** BR-FR-21 and -22: the routing address (scheme 0225) starts with the party's legal id. */
function routingRule(id: string, role: 'buyer' | 'seller', selfBilled: boolean): Rule {
  const term = role === 'buyer' ? 'BT-49' : 'BT-34';
  const who =
    role === 'buyer'
      ? { fr: "de l'acheteur", en: "buyer's" }
      : { fr: 'du vendeur', en: "seller's" };
  const when = selfBilled
    ? { fr: 'Autofacturation B2B', en: 'B2B self-billing' }
    : { fr: 'Facture B2B', en: 'B2B invoice' };
  const text = {
    fr: `${when.fr} : l'adresse électronique ${who.fr} (${term}) doit être de schéma 0225 et commencer par son SIREN.`,
    en: `${when.en}: the ${who.en} electronic address (${term}) must use scheme 0225 and start with its SIREN.`,
  };
  return frRule({
    id,
    bt: [term, `${term}-1`, role === 'buyer' ? 'BT-47' : 'BT-30', 'BT-3'],
    message: text,
    check: (facts) => {
      if (!facts.notes.isB2B) return [];
      const isSelfBilled = facts.typeCodes.some((code) => SELF_BILLED_TYPES.has(code.text));
      if (isSelfBilled !== selfBilled) return [];
      const party = partiesOf(facts, role)[0];
      const endpoint = party?.endpoints[0];
      // As in the CII file: the legal id whatever its scheme; an absent one makes
      // `starts-with` true (BR-FR-10/11 report it).
      const legalId = party?.legalIds[0]?.text ?? '';
      const startsWithSiren = (endpoint?.text ?? '').startsWith(legalId);
      const routed = (party?.endpoints ?? []).some((e) => e.scheme === SCHEME.ROUTING_ADDRESS);
      if (startsWithSiren && routed) return [];
      return [
        violation(facts, endpoint?.place ?? party?.place, `${id}_${term}`, {
          fr: `${text.fr} Elle vaut ${shown(endpoint?.text).fr} (schéma ${shown(endpoint?.scheme).fr}), le SIREN ${shown(legalId).fr}.`,
          en: `${text.en} It is ${shown(endpoint?.text).en} (scheme ${shown(endpoint?.scheme).en}), the SIREN ${shown(legalId).en}.`,
        }),
      ];
    },
  });
}

/** Every party that has an electronic address term (BR-FR-23, -25). */
function endpointsOf(
  facts: FrFacts,
): { party: PartyFacts; term: string; endpoint: SchemedValue }[] {
  return facts.parties.flatMap((party) => {
    const term = ROLES[party.role].endpointTerm;
    return term === undefined ? [] : party.endpoints.map((endpoint) => ({ party, term, endpoint }));
  });
}

const BR_FR_23 = frRule({
  id: 'BR-FR-23',
  bt: [
    'BT-34',
    'BT-49',
    'EXT-FR-FE-12',
    'EXT-FR-FE-29',
    'EXT-FR-FE-52',
    'EXT-FR-FE-75',
    'EXT-FR-FE-98',
    'EXT-FR-FE-121',
  ],
  message: {
    fr: 'Une adresse électronique de schéma 0225 contient un caractère interdit (lettres, chiffres, + - _ . seulement).',
    en: 'An electronic address with scheme 0225 contains a forbidden character (letters, digits, + - _ . only).',
  },
  check: (facts) =>
    endpointsOf(facts).flatMap(({ party, term, endpoint }) => {
      if (endpoint.scheme !== SCHEME.ROUTING_ADDRESS || isValidSchemeIdFormat(endpoint.text))
        return [];
      const of = partyOf(party.role, party.line);
      return [
        violation(facts, endpoint.place, `BR-FR-23_${term}`, {
          fr: `L'adresse électronique ${of.fr} ${shown(endpoint.text).fr} (schéma 0225) ne doit contenir que des lettres sans accent, des chiffres et + - _ . (ni espace, ni @).`,
          en: `The electronic address ${of.en} ${shown(endpoint.text).en} (scheme 0225) may contain only letters without accents, digits and + - _ . (no space, no @).`,
        }),
      ];
    }),
});

const BR_FR_25 = frRule({
  id: 'BR-FR-25',
  bt: [
    'BT-34',
    'BT-49',
    'EXT-FR-FE-12',
    'EXT-FR-FE-29',
    'EXT-FR-FE-52',
    'EXT-FR-FE-75',
    'EXT-FR-FE-98',
    'EXT-FR-FE-121',
  ],
  message: {
    fr: 'Une adresse électronique dépasse 125 caractères.',
    en: 'An electronic address is longer than 125 characters.',
  },
  check: (facts) =>
    endpointsOf(facts).flatMap(({ party, term, endpoint }) => {
      const length = characterLength(endpoint.text);
      if (length <= 125) return [];
      const of = partyOf(party.role, party.line);
      return [
        violation(facts, endpoint.place, `BR-FR-25_${term}`, {
          fr: `L'adresse électronique ${of.fr} compte ${length} caractères ; 125 au plus sont admis.`,
          en: `The electronic address ${of.en} has ${length} characters; at most 125 are allowed.`,
        }),
      ];
    }),
});

/** Seller and buyer identifiers of scheme 0224 (BR-FR-24, -26). */
function privateIds(facts: FrFacts): { party: PartyFacts; id: SchemedValue }[] {
  return facts.parties
    .filter((p) => p.role === 'seller' || p.role === 'buyer')
    .flatMap((party) => withScheme(party.ids, SCHEME.PRIVATE_ID).map((id) => ({ party, id })));
}

const BR_FR_24 = frRule({
  id: 'BR-FR-24',
  bt: ['BT-29', 'BT-46'],
  message: {
    fr: 'Un identifiant privé (schéma 0224) contient un caractère interdit (lettres, chiffres, + - _ . seulement).',
    en: 'A private identifier (scheme 0224) contains a forbidden character (letters, digits, + - _ . only).',
  },
  check: (facts) =>
    privateIds(facts).flatMap(({ party, id }) => {
      if (isValidSchemeIdFormat(id.text)) return [];
      const of = partyOf(party.role, party.line);
      return [
        violation(facts, id.place, `BR-FR-24_${ROLES[party.role].idTerm}`, {
          fr: `L'identifiant privé ${of.fr} ${shown(id.text).fr} (schéma 0224) ne doit contenir que des lettres sans accent, des chiffres et + - _ .`,
          en: `The private identifier ${of.en} ${shown(id.text).en} (scheme 0224) may contain only letters without accents, digits and + - _ .`,
        }),
      ];
    }),
});

const BR_FR_26 = frRule({
  id: 'BR-FR-26',
  bt: ['BT-29', 'BT-46'],
  message: {
    fr: 'Un identifiant privé (schéma 0224) dépasse 100 caractères.',
    en: 'A private identifier (scheme 0224) is longer than 100 characters.',
  },
  check: (facts) =>
    privateIds(facts).flatMap(({ party, id }) => {
      const length = characterLength(id.text);
      if (length <= 100) return [];
      const of = partyOf(party.role, party.line);
      return [
        violation(facts, id.place, `BR-FR-26_${ROLES[party.role].idTerm}`, {
          fr: `L'identifiant privé ${of.fr} (schéma 0224) compte ${length} caractères ; 100 au plus sont admis.`,
          en: `The private identifier ${of.en} (scheme 0224) has ${length} characters; at most 100 are allowed.`,
        }),
      ];
    }),
});

const BR_FR_32 = frRule({
  id: 'BR-FR-32',
  bt: ['BT-30', 'BT-47', 'BT-61', 'BT-29', 'BT-46', 'BT-60'],
  message: {
    fr: 'Un identifiant déclaré SIREN (schéma 0002 ou 0231) doit compter exactement 9 chiffres ; un SIRET se déclare avec le schéma 0009.',
    en: 'An identifier declared as a SIREN (scheme 0002 or 0231) must be exactly 9 digits; a SIRET uses scheme 0009.',
  },
  check: (facts) =>
    facts.sirenDeclarations.flatMap(({ check, value }) => {
      if (isNineDigits(normalizeSpace(value.text))) return [];
      const v = shown(value.text);
      return [
        violation(facts, value.place, check, {
          fr: `L'identifiant ${v.fr}, déclaré SIREN (schéma 0002 ou 0231), doit compter exactement 9 chiffres, sans espace. Un SIRET (14 chiffres) se déclare avec le schéma 0009.`,
          en: `Identifier ${v.en}, declared as a SIREN (scheme 0002 or 0231), must be exactly 9 digits, without spaces. A SIRET (14 digits) uses scheme 0009.`,
        }),
      ];
    }),
});

const BR_FR_CO_10 = frRule({
  id: 'BR-FR-CO-10',
  bt: [
    'BT-29',
    'BT-46',
    'BT-60',
    'BT-71',
    'EXT-FR-FE-06',
    'EXT-FR-FE-46',
    'EXT-FR-FE-69',
    'EXT-FR-FE-92',
    'EXT-FR-FE-115',
    'EXT-FR-FE-146',
  ],
  message: {
    fr: "Chaque identifiant d'une partie doit indiquer son schéma, et un schéma ne peut servir qu'une fois par partie.",
    en: 'Each identifier of a party must give its scheme, and a scheme may be used only once per party.',
  },
  check: (facts) =>
    facts.parties.flatMap((party) => {
      const term = ROLES[party.role].idTerm;
      const of = partyOf(party.role, party.line);
      const found: Violation[] = [];
      const unschemed = party.ids.find((id) => id.scheme === undefined);
      if (unschemed !== undefined) {
        found.push(
          violation(facts, unschemed.place, `BR-FR-CO-10_${term}-1`, {
            fr: `L'identifiant ${shown(unschemed.text).fr} ${of.fr} n'indique pas son schéma (0009 pour un SIRET, 0224 pour un identifiant privé…).`,
            en: `Identifier ${shown(unschemed.text).en} ${of.en} gives no scheme (0009 for a SIRET, 0224 for a private identifier…).`,
          }),
        );
      }
      const seen = new Set<string>();
      const repeated = party.ids.find((id) => {
        if (id.scheme === undefined) return false;
        if (seen.has(id.scheme)) return true;
        seen.add(id.scheme);
        return false;
      });
      if (repeated?.scheme !== undefined) {
        found.push(
          violation(facts, repeated.place, `BR-FR-CO-10_${term}-2`, {
            fr: `Plusieurs identifiants ${of.fr} ont le même schéma ${repeated.scheme} ; gardez-en un seul par schéma.`,
            en: `Several identifiers ${of.en} share scheme ${repeated.scheme}; keep one per scheme.`,
          }),
        );
      }
      return found;
    }),
});

/** The seller's identifier of scheme 0231 (member of a single VAT group), if any. */
function singleVatGroupId(facts: FrFacts): SchemedValue | undefined {
  const seller = partiesOf(facts, 'seller')[0];
  return withScheme(seller?.ids ?? [], SCHEME.SINGLE_VAT_GROUP_MEMBER)[0];
}

const BR_FR_CO_14 = frRule({
  id: 'BR-FR-CO-14',
  bt: ['BT-29-1', 'BT-21', 'BT-22'],
  message: {
    fr: 'Vendeur membre d’un assujetti unique (schéma 0231) : ajoutez une note TXD « MEMBRE_ASSUJETTI_UNIQUE ».',
    en: 'Seller member of a single VAT group (scheme 0231): add a TXD note "MEMBRE_ASSUJETTI_UNIQUE".',
  },
  check: (facts) => {
    const id = singleVatGroupId(facts);
    if (id === undefined || facts.notes.hasSingleVatGroupMention) return [];
    return [
      violation(facts, id.place, 'BR-FR-CO-14_BT-29-1', {
        fr: 'Le vendeur est déclaré membre d’un assujetti unique (identifiant de schéma 0231) : ajoutez une note de sujet TXD dont le texte est exactement MEMBRE_ASSUJETTI_UNIQUE.',
        en: 'The seller is declared a member of a single VAT group (identifier with scheme 0231): add a note with subject TXD whose text is exactly MEMBRE_ASSUJETTI_UNIQUE.',
      }),
    ];
  },
});

const BR_FR_CO_15 = frRule({
  id: 'BR-FR-CO-15',
  bt: ['BT-29-1', 'BG-11', 'BT-63'],
  message: {
    fr: "Vendeur membre d’un assujetti unique : indiquez le représentant fiscal (BG-11) et le numéro de TVA de l'assujetti unique (BT-63).",
    en: "Seller in a single VAT group: give the tax representative (BG-11) and the group's VAT number (BT-63).",
  },
  check: (facts) => {
    const id = singleVatGroupId(facts);
    const { present, vatId } = facts.taxRepresentative;
    if (id === undefined || (present && vatId !== undefined && vatId.text !== '')) return [];
    return [
      violation(facts, id.place, 'BR-FR-CO-15_BT-29-1', {
        fr: "Le vendeur est déclaré membre d’un assujetti unique (schéma 0231) : indiquez en représentant fiscal (BG-11) l'assujetti unique, avec son numéro de TVA (BT-63).",
        en: 'The seller is declared a member of a single VAT group (scheme 0231): give the group as tax representative (BG-11), with its VAT number (BT-63).',
      }),
    ];
  },
});

export const PARTY_RULES: readonly Rule[] = [
  BR_FR_09,
  BR_FR_10,
  BR_FR_11,
  endpointRule('BR-FR-12', 'buyer', 'BT-49'),
  endpointRule('BR-FR-13', 'seller', 'BT-34'),
  routingRule('BR-FR-21', 'buyer', false),
  routingRule('BR-FR-22', 'seller', true),
  BR_FR_23,
  BR_FR_24,
  BR_FR_25,
  BR_FR_26,
  BR_FR_32,
  BR_FR_CO_10,
  BR_FR_CO_14,
  BR_FR_CO_15,
];

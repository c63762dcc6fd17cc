import type { LocalizedText } from '../i18n/text';

/**
 * What the specification identifier (BT-24: UBL `cbc:CustomizationID`, CII
 * `ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`) says about the rules an invoice
 * follows. The identifiers are facts of the specifications: Factur-X 1.0 (FNFE-MPE) and ZUGFeRD 2.x
 * (FeRD), whose values were read in the FNFE sample invoices; ZUGFeRD 1.0 and 2.0; Peppol BIS
 * Billing 3.0; XRechnung (KoSIT); Order-X.
 */
export type ProfileId =
  | 'minimum'
  | 'basic-wl'
  | 'basic'
  | 'en16931'
  | 'extended'
  | 'extended-ctc-fr'
  | 'xrechnung'
  | 'peppol-bis-3'
  | 'zugferd-1-basic'
  | 'zugferd-1-comfort'
  | 'zugferd-1-extended'
  | 'order-x-basic'
  | 'order-x-comfort'
  | 'order-x-extended'
  | 'unknown';

/**
 * How far the EN 16931 rules apply. `full`: all of them. `partial`: MINIMUM and BASIC WL, which
 * carry too little to meet the norm and have their own profile rules instead. `none`: not an
 * EN 16931 document at all (ZUGFeRD 1.0, an order). `unknown`: an identifier we do not know.
 */
export type En16931Coverage = 'full' | 'partial' | 'none' | 'unknown';

/**
 * `core`: the norm itself. `cius`: a restriction of it (`#compliant#`: BASIC, XRechnung, Peppol).
 * `extension`: more than the norm allows (`#conformant#`: EXTENDED). `other`: neither.
 */
export type En16931Relation = 'core' | 'cius' | 'extension' | 'other';

export interface Profile {
  readonly id: ProfileId;
  /** BT-24 as found in the document, without surrounding white space. */
  readonly specificationId: string;
  /**
   * Whether `specificationId` is spelled exactly as published. A known identifier in another case
   * (some producers write `EN16931`) is still recognised, and this says so.
   */
  readonly exact: boolean;
  /** Display name, e.g. `Factur-X BASIC WL`. */
  readonly name: string;
  readonly description: LocalizedText;
  /** Identifier of a superseded version of its specification (ZUGFeRD 1.0 and 2.0, XRechnung 1.x). */
  readonly legacy: boolean;
  readonly coverage: En16931Coverage;
  readonly relation: En16931Relation;
  /** Version of the specification when the identifier carries one (XRechnung). */
  readonly version?: string;
}

/** The syntax the identifier was found in: the plain EN 16931 identifier reads differently. */
export type ProfileSyntax = 'ubl' | 'cii';

interface KnownIdentifier {
  readonly id: Exclude<ProfileId, 'xrechnung' | 'unknown'>;
  readonly legacy: boolean;
}

/** Published spellings; matched without regard to case (see `Profile.exact`). */
const KNOWN: ReadonlyMap<string, KnownIdentifier> = new Map<string, KnownIdentifier>([
  ['urn:factur-x.eu:1p0:minimum', { id: 'minimum', legacy: false }],
  ['urn:factur-x.eu:1p0:basicwl', { id: 'basic-wl', legacy: false }],
  ['urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic', { id: 'basic', legacy: false }],
  ['urn:cen.eu:en16931:2017', { id: 'en16931', legacy: false }],
  [
    'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
    { id: 'extended', legacy: false },
  ],
  // French extension for the 2026 reform (XP Z12-012). Only secondary sources give this spelling:
  // verify against the FNFE-MPE specification when it is published in full.
  [
    'urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr',
    { id: 'extended-ctc-fr', legacy: false },
  ],
  [
    'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    { id: 'peppol-bis-3', legacy: false },
  ],
  // ZUGFeRD 2.0, before it converged with Factur-X; the bare `urn:zugferd.de:2p0:*` forms of
  // BASIC and EXTENDED are also met in the wild.
  ['urn:zugferd.de:2p0:minimum', { id: 'minimum', legacy: true }],
  ['urn:zugferd.de:2p0:basicwl', { id: 'basic-wl', legacy: true }],
  ['urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic', { id: 'basic', legacy: true }],
  ['urn:zugferd.de:2p0:basic', { id: 'basic', legacy: true }],
  [
    'urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended',
    { id: 'extended', legacy: true },
  ],
  ['urn:zugferd.de:2p0:extended', { id: 'extended', legacy: true }],
  // ZUGFeRD 1.0 (Cross Industry Document, before EN 16931).
  ['urn:ferd:CrossIndustryDocument:invoice:1p0:basic', { id: 'zugferd-1-basic', legacy: true }],
  ['urn:ferd:CrossIndustryDocument:invoice:1p0:comfort', { id: 'zugferd-1-comfort', legacy: true }],
  [
    'urn:ferd:CrossIndustryDocument:invoice:1p0:extended',
    { id: 'zugferd-1-extended', legacy: true },
  ],
  // Order-X (orders, not invoices).
  ['urn:order-x.eu:1p0:basic', { id: 'order-x-basic', legacy: false }],
  ['urn:order-x.eu:1p0:comfort', { id: 'order-x-comfort', legacy: false }],
  ['urn:order-x.eu:1p0:extended', { id: 'order-x-extended', legacy: false }],
]);

const KNOWN_BY_LOWER_CASE: ReadonlyMap<string, { spelling: string; known: KnownIdentifier }> =
  new Map([...KNOWN].map(([spelling, known]) => [spelling.toLowerCase(), { spelling, known }]));

/**
 * XRechnung: `urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0` since 3.0,
 * `…#compliant#urn:xoev-de:kosit:standard:xrechnung_2.3` before, optionally followed by the
 * XRechnung extension `#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0`.
 */
const XRECHNUNG_EXACT =
  /^urn:cen\.eu:en16931:2017#compliant#urn:(?:xeinkauf\.de:kosit|xoev-de:kosit:standard):xrechnung_(\d+(?:\.\d+)*)(#conformant#urn:(?:xeinkauf\.de|xoev-de):kosit:extension:xrechnung_\d+(?:\.\d+)*)?$/;
const XRECHNUNG = new RegExp(XRECHNUNG_EXACT.source, 'i');

/** Reads BT-24. `syntax` only refines the wording of the plain EN 16931 identifier. */
export function profileOf(specificationId: string, syntax?: ProfileSyntax): Profile {
  const raw = specificationId.trim();
  const match = KNOWN_BY_LOWER_CASE.get(raw.toLowerCase());
  if (match)
    return describe(match.known.id, raw, raw === match.spelling, match.known.legacy, syntax);
  const xrechnung = XRECHNUNG.exec(raw);
  if (xrechnung) {
    const version = xrechnung[1] as string;
    const extension = xrechnung[2] !== undefined;
    return xrechnungProfile(raw, version, extension, XRECHNUNG_EXACT.test(raw));
  }
  return {
    id: 'unknown',
    specificationId: raw,
    exact: false,
    name: raw,
    description: {
      fr: `identifiant de spécification (BT-24) inconnu : « ${raw} ». Les règles applicables ne peuvent pas en être déduites.`,
      en: `unknown specification identifier (BT-24): "${raw}". The rules that apply cannot be told from it.`,
    },
    legacy: false,
    coverage: 'unknown',
    relation: 'other',
  };
}

function xrechnungProfile(
  raw: string,
  version: string,
  extension: boolean,
  exact: boolean,
): Profile {
  const name = `XRechnung ${version}${extension ? ' (extension)' : ''}`;
  return {
    id: 'xrechnung',
    specificationId: raw,
    exact,
    name,
    description: extension
      ? {
          fr: `${name} : extension allemande de l'EN 16931 (données supplémentaires admises).`,
          en: `${name}: German extension of EN 16931 (additional data allowed).`,
        }
      : {
          fr: `${name} : spécialisation allemande (CIUS) de l'EN 16931.`,
          en: `${name}: German specialisation (CIUS) of EN 16931.`,
        },
    legacy: Number.parseInt(version, 10) < 2,
    coverage: 'full',
    relation: extension ? 'extension' : 'cius',
    version,
  };
}

interface Wording {
  readonly name: string;
  readonly fr: string;
  readonly en: string;
  readonly coverage: En16931Coverage;
  readonly relation: En16931Relation;
}

const NOT_FULL_FR =
  "ce n'est pas une facture EN 16931 complète : les règles propres au profil s'appliquent.";
const NOT_FULL_EN =
  'it is not a complete EN 16931 invoice: the rules of the profile apply instead.';

function wordingOf(
  id: KnownIdentifier['id'],
  legacy: boolean,
  syntax: ProfileSyntax | undefined,
): Wording {
  const family = legacy ? 'ZUGFeRD 2.0' : 'Factur-X';
  switch (id) {
    case 'minimum':
      return {
        name: `${family} MINIMUM`,
        fr: `données d'en-tête et totaux seulement, sans lignes ; ${NOT_FULL_FR}`,
        en: `header data and totals only, no lines; ${NOT_FULL_EN}`,
        coverage: 'partial',
        relation: 'other',
      };
    case 'basic-wl':
      return {
        name: `${family} BASIC WL`,
        fr: `en-tête, TVA et totaux, sans lignes ; ${NOT_FULL_FR}`,
        en: `header, VAT and totals, no lines; ${NOT_FULL_EN}`,
        coverage: 'partial',
        relation: 'other',
      };
    case 'basic':
      return {
        name: `${family} BASIC`,
        fr: "sous-ensemble de l'EN 16931, avec lignes.",
        en: 'subset of EN 16931, with lines.',
        coverage: 'full',
        relation: 'cius',
      };
    case 'en16931':
      return syntax === 'ubl'
        ? {
            name: 'EN 16931',
            fr: 'facture conforme à la norme EN 16931, sans spécialisation.',
            en: 'invoice following the EN 16931 standard, without specialisation.',
            coverage: 'full',
            relation: 'core',
          }
        : {
            name: 'Factur-X / ZUGFeRD EN 16931 (COMFORT)',
            fr: 'facture conforme à la norme EN 16931 (profil appelé COMFORT dans ZUGFeRD).',
            en: 'invoice following the EN 16931 standard (the profile ZUGFeRD calls COMFORT).',
            coverage: 'full',
            relation: 'core',
          };
    case 'extended':
      return {
        name: `${family} EXTENDED`,
        fr: "extension de l'EN 16931 : des données supplémentaires sont admises.",
        en: 'extension of EN 16931: additional data is allowed.',
        coverage: 'full',
        relation: 'extension',
      };
    case 'extended-ctc-fr':
      return {
        name: 'EXTENDED-CTC-FR',
        fr: "extension française de l'EN 16931 pour la réforme de la facturation électronique.",
        en: 'French extension of EN 16931 for the e-invoicing reform.',
        coverage: 'full',
        relation: 'extension',
      };
    case 'peppol-bis-3':
      return {
        name: 'Peppol BIS Billing 3.0',
        fr: "spécialisation (CIUS) de l'EN 16931 pour le réseau Peppol.",
        en: 'specialisation (CIUS) of EN 16931 for the Peppol network.',
        coverage: 'full',
        relation: 'cius',
      };
    case 'zugferd-1-basic':
    case 'zugferd-1-comfort':
    case 'zugferd-1-extended':
      return {
        name: `ZUGFeRD 1.0 ${id.slice('zugferd-1-'.length).toUpperCase()}`,
        fr: 'ancienne version, antérieure à la norme EN 16931 : elle ne peut pas être vérifiée selon cette norme.',
        en: 'former version, older than the EN 16931 standard: it cannot be checked against it.',
        coverage: 'none',
        relation: 'other',
      };
    case 'order-x-basic':
    case 'order-x-comfort':
    case 'order-x-extended':
      return {
        name: `Order-X ${id.slice('order-x-'.length).toUpperCase()}`,
        fr: "profil de commande : ce n'est pas une facture.",
        en: 'order profile: this is not an invoice.',
        coverage: 'none',
        relation: 'other',
      };
  }
}

function describe(
  id: KnownIdentifier['id'],
  raw: string,
  exact: boolean,
  legacy: boolean,
  syntax: ProfileSyntax | undefined,
): Profile {
  const wording = wordingOf(id, legacy, syntax);
  return {
    id,
    specificationId: raw,
    exact,
    name: wording.name,
    description: { fr: `${wording.name} : ${wording.fr}`, en: `${wording.name}: ${wording.en}` },
    legacy,
    coverage: wording.coverage,
    relation: wording.relation,
  };
}

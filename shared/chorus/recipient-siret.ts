/**
 * Where an invoice names the public entity it goes to. Chorus Pro routes by the recipient's SIRET
 * (Destinataire › Identifiant, API `codeDestinataire`), which EN 16931 carries in the buyer's legal
 * registration identifier BT-47. Search order (docs/rules/chorus.md CHORUS-05):
 *
 * 1. BT-47 under scheme 0009 (SIRET);
 * 2. BT-47 under scheme 0002 holding 14 digits: the Chorus Pro convention before the reform, which
 *    now keeps 0002 for the SIREN (BR-FR-32) — accepted, flagged `legacy`;
 * 3. BT-47 under scheme `1`, the SIRET in Chorus Pro's own CII 16B convention (*verify*);
 * 4. the buyer identifier BT-46 under scheme 0009.
 */
import type { Invalid } from '../identifiers/result';
import * as siret from '../identifiers/siret';
import type { Invoice } from '../model';
import { pointer } from '../model';

export const SIRET_SCHEME = '0009';
export const SIREN_SCHEME = '0002';
/** Chorus Pro's CII 16B code for a SIRET (gobl.fr.ctc, OCA export), *verify*. */
export const CHORUS_SIRET_SCHEME = '1';

/** The identifier a lookup found, where it sits in the model, and its scheme as written. */
export interface RecipientIdentifier {
  readonly term: 'BT-46' | 'BT-47';
  readonly id: string;
  readonly scheme: string | undefined;
  /** Model pointer of the identifier. */
  readonly at: string;
}

export type RecipientSiret =
  /** A SIRET that passes its checks; `siret` is the 14 digits without separators. */
  | {
      readonly kind: 'siret';
      readonly siret: string;
      readonly source: RecipientIdentifier;
      readonly legacy: boolean;
    }
  /** A SIRET candidate that fails its checks (length, characters, key, SIREN part). */
  | {
      readonly kind: 'invalid';
      readonly problem: Invalid;
      readonly source: RecipientIdentifier;
      readonly legacy: boolean;
    }
  /** Only a SIREN (9 digits): the company is named, not the receiving structure. */
  | { readonly kind: 'siren'; readonly source: RecipientIdentifier }
  /** BT-47 holds something under a scheme that is not a SIRET. */
  | { readonly kind: 'other'; readonly source: RecipientIdentifier }
  | { readonly kind: 'missing' };

const DIGITS_ONLY = /^\d+$/;

export function findRecipientSiret(invoice: Invoice): RecipientSiret {
  const buyer = invoice['BG-7'];
  const legal = buyer?.['BT-47'];
  const identifier = buyer?.['BT-46'];
  const legalSource: RecipientIdentifier | undefined = legal && {
    term: 'BT-47',
    id: legal.id,
    scheme: legal.scheme,
    at: pointer('BG-7', 'BT-47'),
  };
  const legalDigits = legal ? siret.compact(legal.id) : '';

  if (legalSource && legal?.scheme === SIRET_SCHEME) return checked(legalSource, false);
  if (
    legalSource &&
    legal?.scheme === SIREN_SCHEME &&
    legalDigits.length === siret.SIRET_LENGTH &&
    DIGITS_ONLY.test(legalDigits)
  ) {
    return checked(legalSource, true);
  }
  if (legalSource && legal?.scheme === CHORUS_SIRET_SCHEME) return checked(legalSource, false);
  if (identifier?.scheme === SIRET_SCHEME) {
    return checked(
      {
        term: 'BT-46',
        id: identifier.id,
        scheme: identifier.scheme,
        at: pointer('BG-7', 'BT-46'),
      },
      false,
    );
  }
  if (!legalSource) return { kind: 'missing' };
  if (legalDigits.length === 9 && DIGITS_ONLY.test(legalDigits)) {
    return { kind: 'siren', source: legalSource };
  }
  return { kind: 'other', source: legalSource };
}

function checked(source: RecipientIdentifier, legacy: boolean): RecipientSiret {
  const result = siret.validate(source.id);
  return result.valid
    ? { kind: 'siret', siret: result.value, source, legacy }
    : { kind: 'invalid', problem: result, source, legacy };
}

/**
 * The recipient's Chorus Pro obligations for the chorus layer of /v1/validate: stated by the
 * caller (recipient.* flags) or looked up in the directory from the invoice's SIRET (BT-47).
 * A failed lookup never fails the validation: the layer then says it could not check them.
 */
import type { ChorusStructure } from '../../shared/api/structure';
import { recipientObligationsOf } from '../../shared/api/structure';
import type { RecipientCheck } from '../../shared/api/validation';
import { findRecipientSiret } from '../../shared/chorus/recipient-siret';
import type { Invoice } from '../../shared/model';
import type { RecipientObligations } from '../../shared/rules/rule';
import { UpstreamError } from '../upstream/errors';

export interface RecipientFlags {
  readonly serviceCodeRequired: boolean;
  readonly engagementRequired: boolean;
  readonly engagementOrServiceRequired: boolean;
}

export type RecipientSource =
  | { readonly kind: 'flags'; readonly flags: RecipientFlags }
  | {
      readonly kind: 'lookup';
      readonly lookup: (siret: string) => Promise<ChorusStructure | null>;
    };

export interface ResolvedRecipient {
  readonly obligations?: RecipientObligations;
  readonly check: RecipientCheck;
}

export async function resolveRecipient(
  source: RecipientSource,
  invoice: Invoice | undefined,
): Promise<ResolvedRecipient> {
  const found = invoice ? findRecipientSiret(invoice) : undefined;
  const siret = found?.kind === 'siret' ? found.siret : undefined;
  if (source.kind === 'flags') {
    const name = invoice?.['BG-7']?.['BT-44'] ?? '';
    const written = found && found.kind !== 'missing' ? found.source.id : '';
    return {
      obligations: { name, siret: siret ?? written, ...source.flags },
      check: { status: 'given', ...(siret ? { siret } : {}), ...(name ? { name } : {}) },
    };
  }
  if (siret === undefined) return { check: { status: 'no-siret' } };
  try {
    const structure = await source.lookup(siret);
    if (!structure) return { check: { status: 'not-found', siret } };
    return {
      obligations: recipientObligationsOf(structure),
      check: { status: 'found', siret, name: structure.name, source: structure.source },
    };
  } catch (error) {
    if (error instanceof UpstreamError) return { check: { status: 'unavailable', siret } };
    throw error;
  }
}

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
import type { RecipientObligations, RuleOptions } from '../../shared/rules/rule';
import { UpstreamError } from '../upstream/errors';
import type { StepTimer } from './timing';

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

/**
 * The recipient resolved from the invoice as the validation reads it, before its rules run, so
 * that the document is read once: `ruleOptionsFor` goes to the validation; `resolved()` after it.
 * A document the validation could not read as an invoice never reaches its rules: it still gets
 * its answer (no SIRET to look up; the flags as given).
 */
export function recipientDuringValidation(source: RecipientSource, timer: StepTimer) {
  let resolved: ResolvedRecipient | undefined;
  return {
    ruleOptionsFor: async (invoice: Invoice): Promise<RuleOptions> => {
      resolved = await timer.within('recipient', () => resolveRecipient(source, invoice));
      return resolved.obligations ? { recipient: resolved.obligations } : {};
    },
    resolved: async (): Promise<ResolvedRecipient> =>
      resolved ?? (await resolveRecipient(source, undefined)),
  };
}

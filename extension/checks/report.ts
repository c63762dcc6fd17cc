/**
 * What the live checks of the portal form answer (message `checkForm`, docs/extension-checks.md):
 * the issues found, each with the form field it belongs to when there is one, the counts, and what
 * became of the recipient's lookup in the Chorus Pro directory. Plain data: it crosses the message
 * channel between the service worker and the content script.
 */
import type { PortalFieldRef } from '../../shared/chorus/portal-model';
import type { LocalizedText } from '../../shared/i18n/text';
import type { Severity } from '../../shared/rules/finding';

export interface FormIssue {
  /** Rule id (`BR-CO-13`, `CHORUS-24`) or `SAISIE-VALEUR` for a value the form cannot read. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong and how to fix it. */
  readonly message: LocalizedText;
  readonly bt: readonly string[];
  /** The form field to change; absent when no single field holds it (summary only). */
  readonly field?: PortalFieldRef;
  /** The field as the clerk reads it (« Quantité de la ligne 3 »), for the summary. */
  readonly label?: LocalizedText;
}

export type RecipientCheck =
  /** The directory answered: the obligations were checked. */
  | { readonly status: 'found'; readonly name: string; readonly siret: string }
  /** Online checks are off in the settings: nothing was sent. */
  | { readonly status: 'off' }
  /** No valid recipient SIRET on the form yet. */
  | { readonly status: 'no-siret' }
  /** The edge did not answer or did not know the SIRET: the obligations were not checked. */
  | { readonly status: 'failed'; readonly message: LocalizedText };

export interface FormCheckReport {
  readonly issues: readonly FormIssue[];
  readonly counts: { readonly fatal: number; readonly warning: number; readonly info: number };
  readonly recipient: RecipientCheck;
  /** Time spent in the service worker (conversion, rules, placement; the lookup excluded). */
  readonly durationMs: number;
}

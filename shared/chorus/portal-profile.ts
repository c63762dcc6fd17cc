/**
 * A supplier profile: what the clerk's company always enters the same way on the portal form —
 * its structure (SIRET), its service, its bank account, and defaults for what an invoice file may
 * not say (billing frame, payment mode, VAT regime, the validator of a subcontractor). Stored by the
 * side panel; versioned so a later shape can migrate stored profiles.
 *
 * Written with `zod/mini`, like the side panel's other stored shapes: the full zod build weighs
 * ≈ 450 KB minified. The content script never parses it (its size is budgeted): the service worker
 * does, when it plans a fill (extension/fill/plan-request.ts).
 */
import * as z from 'zod/mini';
import { SIMPLE_FORM_FRAMES } from './billing-frames';
import { PORTAL_PAYMENT_MODES } from './payment-modes';

export const SUPPLIER_PROFILE_VERSION = 1;

const SIRET = z
  .string()
  .check(z.regex(/^\d{14}$/, 'SIRET : 14 chiffres sans espace / 14 digits, no spaces'));
const IBAN = z
  .string()
  .check(
    z.regex(
      /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/,
      'IBAN sans espace, en majuscules / IBAN without spaces, upper case',
    ),
  );
const TEXT = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const VAT_REGIMES = [
  'TVA_SUR_DEBIT',
  'TVA_SUR_ENCAISSEMENT',
  'EXONERATION',
  'SANS_TVA',
] as const;

export const SupplierProfileSchema = z.strictObject({
  version: z.literal(SUPPLIER_PROFILE_VERSION),
  /** Stable id chosen by the side panel. */
  id: TEXT,
  /** How the clerk names the profile (« ACME – agence de Lyon »). */
  label: TEXT,
  /** SIRET of the supplier structure: the « Structure » option whose label holds it. */
  siret: SIRET,
  name: z.optional(TEXT),
  /** Code of the supplier's own service (« Service » of the Fournisseur block), if it has services. */
  serviceCode: z.optional(TEXT),
  /** The account to pay, when the invoice's BT-84 is not one of the page's accounts. */
  iban: z.optional(IBAN),
  defaults: z.optional(
    z.strictObject({
      /** Billing frame when the invoice does not state one (A1 otherwise). */
      cadre: z.optional(z.enum(SIMPLE_FORM_FRAMES as readonly ['A1', 'A2', 'A9', 'A12'])),
      /** Payment mode when the invoice has no BT-81. */
      paymentMode: z.optional(z.enum(PORTAL_PAYMENT_MODES)),
      /** VAT regime when the invoice does not tell it (no BT-8, categories not all E or O). */
      vatRegime: z.optional(z.enum(VAT_REGIMES)),
      /** The main contractor that validates the invoices of a subcontractor (frames A9, A12). */
      validator: z.optional(z.strictObject({ siret: SIRET, serviceCode: z.optional(TEXT) })),
    }),
  ),
});

export type SupplierProfile = z.infer<typeof SupplierProfileSchema>;

export type ProfileParse =
  | { readonly ok: true; readonly profile: SupplierProfile }
  | {
      readonly ok: false;
      readonly issues: readonly { readonly path: string; readonly message: string }[];
    };

/** Checks a stored or received profile; issues name the JSON pointer of each bad value. */
export function parseSupplierProfile(value: unknown): ProfileParse {
  const result = SupplierProfileSchema.safeParse(value);
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((segment) => `/${String(segment)}`).join(''),
      message: issue.message,
    })),
  };
}

/**
 * From a fill request to the plan the content script applies: the request must hold an invoice,
 * its supplier profile must follow SupplierProfileSchema, and its options are kept when they have
 * their shape. Answered by the service worker (`planFill`, background-plan.ts): the profile's zod
 * schema and the plan's tables would weigh about 30 KB on the content script, whose size is
 * budgeted (docs/extension-fill.md § The content script).
 */
import { type FillOptions, type FillPlan, fillPlan } from '../../shared/chorus/portal-plan';
import { parseSupplierProfile, type SupplierProfile } from '../../shared/chorus/portal-profile';
import type { Invoice } from '../../shared/model';
import { failure, type Result } from '../messaging/protocol';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The fill options a request carries, each kept only when it has its expected shape. */
export function fillOptionsOf(value: unknown): FillOptions {
  if (!isRecord(value)) return {};
  const options: { -readonly [K in keyof FillOptions]: FillOptions[K] } = {};
  const frame = text(value.frame);
  if (frame !== undefined) options.frame = frame;
  const main = value.mainDocument;
  if (isRecord(main)) {
    const filename = text(main.filename);
    const mimeCode = text(main.mimeCode);
    const content = text(main.content);
    if (filename && mimeCode && content) options.mainDocument = { filename, mimeCode, content };
  }
  const validator = value.validator;
  if (isRecord(validator)) {
    const siret = text(validator.siret);
    const serviceCode = text(validator.serviceCode);
    if (siret !== undefined)
      options.validator = serviceCode === undefined ? { siret } : { siret, serviceCode };
  }
  return options;
}

/** The plan of a request, or why there is none (`invalid-request`, `invalid-profile`, `unexpected`). */
export function planFillRequest(request: unknown): Result<{ plan: FillPlan }> {
  if (!isRecord(request) || !isRecord(request.invoice)) {
    return failure(
      'invalid-request',
      'La demande ne contient pas de facture.',
      'The request holds no invoice.',
    );
  }
  let profile: SupplierProfile | undefined;
  if (request.profile !== undefined) {
    const parsed = parseSupplierProfile(request.profile);
    if (!parsed.ok) {
      const paths = parsed.issues.map((issue) => issue.path || '/').join(', ');
      return failure(
        'invalid-profile',
        `Profil fournisseur invalide (${paths}).`,
        `Invalid supplier profile (${paths}).`,
      );
    }
    profile = parsed.profile;
  }
  try {
    const plan = fillPlan(request.invoice as Invoice, profile, fillOptionsOf(request.options));
    return { ok: true, plan };
  } catch {
    // An invoice object of an unexpected shape; the content script answers it after its own
    // check of the page.
    return failure(
      'unexpected',
      "Erreur interne de l'assistant.",
      'Internal error of the assistant.',
    );
  }
}

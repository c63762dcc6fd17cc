import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';

/**
 * Errors of the edge API, as RFC 9457 problem details (media type `application/problem+json`).
 *
 * Bilingual scheme, the same on every problem: the RFC members `title` and `detail` are in French
 * (the users are French clerks), `title_en` and `detail_en` carry the English text. `type` is a
 * stable URI per kind of problem and `code` its last segment, for programs; `instance` is the
 * request id (also sent as the `x-request-id` header), which is what support asks for.
 */
export const PROBLEM_TYPE_BASE = 'https://chorus-assist.dev/problems/';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

interface ProblemKind {
  readonly status: number;
  readonly title: LocalizedText;
}

/** Every kind of problem the API answers with. Adding one here is adding one to the contract. */
export const PROBLEM_KINDS = {
  'invalid-identifier': {
    status: 422,
    title: { fr: 'Identifiant invalide', en: 'Invalid identifier' },
  },
  'invalid-request': {
    status: 400,
    title: { fr: 'Requête invalide', en: 'Invalid request' },
  },
  unauthorized: {
    status: 401,
    title: { fr: "Clé d'API absente ou refusée", en: 'Missing or rejected API key' },
  },
  'not-found': {
    status: 404,
    title: { fr: 'Adresse inconnue', en: 'Unknown path' },
  },
  'establishment-not-found': {
    status: 404,
    title: { fr: 'Établissement introuvable', en: 'Establishment not found' },
  },
  'company-not-found': {
    status: 404,
    title: { fr: 'Entreprise introuvable', en: 'Company not found' },
  },
  'structure-not-found': {
    status: 404,
    title: {
      fr: 'Structure absente de l’annuaire Chorus Pro',
      en: 'Structure not in the Chorus Pro directory',
    },
  },
  'payload-too-large': {
    status: 413,
    title: { fr: 'Requête trop volumineuse', en: 'Payload too large' },
  },
  'unsupported-media-type': {
    status: 415,
    title: { fr: 'Type de contenu non pris en charge', en: 'Unsupported media type' },
  },
  'document-unreadable': {
    status: 422,
    title: { fr: 'Document illisible', en: 'Unreadable document' },
  },
  'document-refused': {
    status: 422,
    title: { fr: 'Document refusé', en: 'Document refused' },
  },
  'not-an-invoice': {
    status: 422,
    title: { fr: "Ce n'est pas une facture", en: 'Not an invoice' },
  },
  'invalid-invoice': {
    status: 422,
    title: { fr: 'Facture JSON invalide', en: 'Invalid invoice JSON' },
  },
  'conversion-failed': {
    status: 422,
    title: { fr: 'Conversion impossible', en: 'Conversion failed' },
  },
  'extraction-failed': {
    status: 422,
    title: { fr: 'Lecture du PDF impossible', en: 'Extraction failed' },
  },
  'rate-limited': {
    status: 429,
    title: { fr: 'Trop de requêtes', en: 'Too many requests' },
  },
  'internal-error': {
    status: 500,
    title: { fr: 'Erreur interne', en: 'Internal error' },
  },
  'upstream-error': {
    status: 502,
    title: { fr: 'Service source en erreur', en: 'Upstream service failed' },
  },
  'upstream-unavailable': {
    status: 503,
    title: { fr: 'Service source saturé', en: 'Upstream service unavailable' },
  },
  'upstream-timeout': {
    status: 504,
    title: { fr: 'Service source trop lent', en: 'Upstream service timed out' },
  },
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEM_KINDS;

export const PROBLEM_CODES = Object.keys(PROBLEM_KINDS) as ProblemCode[];

export function problemType(code: ProblemCode): string {
  return `${PROBLEM_TYPE_BASE}${code}`;
}

export const ProblemSchema = z
  .object({
    type: z.url().meta({ example: problemType('invalid-identifier') }),
    code: z.enum(PROBLEM_CODES as [ProblemCode, ...ProblemCode[]]),
    title: z.string().meta({ description: 'Titre en français' }),
    title_en: z.string().meta({ description: 'Title in English' }),
    status: z.number().int().min(400).max(599),
    detail: z.string().meta({ description: 'Explication en français' }),
    detail_en: z.string().meta({ description: 'Explanation in English' }),
    instance: z.string().meta({ description: 'Request id (same as the x-request-id header)' }),
    reason: z.string().optional().meta({
      description:
        'Machine-readable cause: why an identifier was refused (invalid-identifier), or the error code of the document reader (xml-doctype, xml-too-deep, pdf-too-large, no-text-layer…)',
    }),
    retry_after: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: 'Seconds to wait before retrying (also sent as Retry-After)' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({
        description:
          'Which parameters were refused (invalid-request), or which members of an invoice JSON (invalid-invoice, path = JSON pointer)',
      }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof ProblemSchema>;

export interface ProblemInit {
  readonly code: ProblemCode;
  readonly detail: LocalizedText;
  readonly instance: string;
  readonly reason?: string;
  readonly retryAfter?: number;
  readonly errors?: readonly { path: string; message: string }[];
}

/** Builds the body of a problem answer; the status and titles come from the catalogue. */
export function buildProblem(init: ProblemInit): Problem {
  const kind: ProblemKind = PROBLEM_KINDS[init.code];
  return {
    type: problemType(init.code),
    code: init.code,
    title: kind.title.fr,
    title_en: kind.title.en,
    status: kind.status,
    detail: init.detail.fr,
    detail_en: init.detail.en,
    instance: init.instance,
    ...(init.reason === undefined ? {} : { reason: init.reason }),
    ...(init.retryAfter === undefined ? {} : { retry_after: init.retryAfter }),
    ...(init.errors === undefined ? {} : { errors: [...init.errors] }),
  };
}

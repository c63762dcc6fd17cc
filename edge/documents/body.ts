import type { Context } from 'hono';
import { sniffFormat } from '../../shared/convert/sniff';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../http/problem';

export type BodyFormat = 'xml' | 'pdf' | 'json';

const MEDIA_TYPES: Readonly<Record<string, BodyFormat | 'sniff'>> = {
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'application/octet-stream': 'sniff',
  // What fetch gives a string body by default, and what `curl --data-binary` sends: sniffed too.
  'text/plain': 'sniff',
  'application/x-www-form-urlencoded': 'sniff',
};

const SNIFFED_TYPE = 'application/octet-stream';

/** The media types to name for the formats a route accepts, in its messages and its OpenAPI. */
export function mediaTypesFor(formats: readonly BodyFormat[]): string[] {
  return Object.entries(MEDIA_TYPES)
    .filter(([type, format]) =>
      format === 'sniff' ? type === SNIFFED_TYPE : formats.includes(format),
    )
    .map(([type]) => type);
}

function declaredFormat(contentType: string | undefined): BodyFormat | 'sniff' | undefined {
  if (contentType === undefined || contentType.trim() === '') return 'sniff';
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const known = MEDIA_TYPES[type];
  if (known) return known;
  if (type.endsWith('+xml')) return 'xml';
  if (type.endsWith('+json')) return 'json';
  return undefined;
}

export interface DocumentBody {
  readonly bytes: Uint8Array;
  /** What the bytes are, as their first bytes show; the declared type when they show nothing. */
  readonly format: BodyFormat;
}

/**
 * The request body of a document route. The media type must be one the route takes (or
 * octet-stream, or none); the bytes then decide, since clients often label files loosely. The
 * size was already bounded by the body-limit middleware.
 */
export async function readDocumentBody(
  c: Context<AppEnv>,
  accepted: readonly BodyFormat[],
): Promise<DocumentBody> {
  const declared = declaredFormat(c.req.header('content-type'));
  const unsupported = () =>
    new ProblemError('unsupported-media-type', {
      fr: `Envoyez le document avec l'un de ces types : ${mediaTypesFor(accepted).join(', ')}.`,
      en: `Send the document with one of these types: ${mediaTypesFor(accepted).join(', ')}.`,
    });
  if (declared === undefined || (declared !== 'sniff' && !accepted.includes(declared))) {
    throw unsupported();
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength === 0) {
    throw new ProblemError('invalid-request', {
      fr: 'Le corps de la requête est vide : envoyez le document lui-même.',
      en: 'The request body is empty: send the document itself.',
    });
  }
  const sniffed = sniffFormat(bytes);
  const format: BodyFormat =
    sniffed !== 'unknown' ? sniffed : declared === 'sniff' ? (accepted[0] ?? 'xml') : declared;
  if (!accepted.includes(format)) throw unsupported();
  return { bytes, format };
}

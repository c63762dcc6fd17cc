import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { encodeBase64 } from '../../shared/api/base64';
import {
  CONVERSION_HEADERS,
  type Conversion,
  ConversionSchema,
  ConvertQuerySchema,
} from '../../shared/api/conversion';
import { API_PATHS } from '../../shared/api/paths';
import { convertInvoice, readSource } from '../../shared/convert';
import type { AppEnv } from '../app-env';
import type { AppDeps } from '../deps';
import { mediaTypesFor, readDocumentBody } from '../documents/body';
import { conversionProblem } from '../documents/conversion-problem';
import { documentLimitsOf } from '../documents/limits';
import { prefers } from '../documents/negotiate';
import { StepTimer } from '../documents/timing';
import {
  API_KEY_SECURITY,
  binaryBody,
  COMMON_V1_PROBLEMS,
  problemResponses,
} from './openapi-helpers';

const convertRoute = createRoute({
  method: 'post',
  path: API_PATHS.convert,
  tags: ['Factures'],
  summary: 'Convert an invoice: UBL, CII, Factur-X PDF, plain PDF, JSON model',
  description: [
    'Reads the body into the EN 16931 model, then writes it as `to` asks. `to=facturx` keeps the PDF the invoice came in (its XML attached or replaced); from XML or JSON, a PDF is drawn. `from=pdf` (or a sniffed PDF without XML) reads the visible text: check every value.',
    'Answer: the converted file, with `x-converted-from`, `x-facturx-profile`, `x-dropped-terms` and `x-derived-terms` (JSON pointers) and `x-conversion-warnings` (a count). With `Accept: application/json`: the `Conversion` envelope instead, with every message (`output` is text, or base64 for a PDF).',
    'The invoice is neither logged nor stored.',
  ].join('\n\n'),
  security: API_KEY_SECURITY,
  request: {
    query: ConvertQuerySchema,
    body: binaryBody(mediaTypesFor(['xml', 'pdf', 'json']), 'The invoice file itself'),
  },
  responses: {
    200: {
      description: 'The converted file, or the envelope',
      content: {
        'application/json': { schema: ConversionSchema },
        'application/xml': { schema: z.string().meta({ description: 'UBL or CII' }) },
        'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problemResponses(
      'payload-too-large',
      'unsupported-media-type',
      'document-refused',
      'document-unreadable',
      'not-an-invoice',
      'invalid-invoice',
      'extraction-failed',
      'conversion-failed',
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

const HEADER_LIST_MAX = 2000;

/** Pointers for a header: comma-separated, cut at a comma with `…` when too long. */
function headerList(pointers: readonly string[]): string {
  const joined = pointers.join(',');
  if (joined.length <= HEADER_LIST_MAX) return joined;
  const cut = joined.lastIndexOf(',', HEADER_LIST_MAX);
  return `${joined.slice(0, Math.max(cut, 0))},…`;
}

/** A file name from BT-1, reduced to characters every header and file system takes. */
function fileNameOf(number: string | undefined, extension: string): string {
  const base = (number ?? '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 60);
  return `${base || 'facture'}.${extension}`;
}

export function registerConvertRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(convertRoute, async (c) => {
    const timer = StepTimer.for(c);
    const query = c.req.valid('query');
    const limits = documentLimitsOf(c.env);
    const body = await readDocumentBody(c, ['xml', 'pdf', 'json']);
    timer.mark('body');
    const source = await readSource(body.bytes, {
      container: body.format,
      ...(query.from ? { from: query.from } : {}),
      limits,
    });
    if (!source.ok) throw conversionProblem(source.failure);
    timer.mark('read');
    const converted = await convertInvoice(source, {
      to: query.to,
      ...(query.profile ? { profile: query.profile } : {}),
      date: new Date(deps.now()),
      pdfLimits: limits.pdf,
    });
    if (!converted.ok) throw conversionProblem(converted.failure);
    timer.mark('write');
    const fileName = fileNameOf(source.invoice['BT-1'], converted.extension);

    if (prefers(c.req.header('accept'), 'application/json')) {
      const envelope: Conversion = {
        from: source.from,
        to: query.to,
        ...(converted.profile ? { profile: converted.profile } : {}),
        contentType: converted.mediaType,
        fileName,
        encoding: converted.text ? 'utf-8' : 'base64',
        output: converted.text
          ? new TextDecoder().decode(converted.bytes)
          : encodeBase64(converted.bytes),
        dropped: [...converted.dropped],
        derived: [...converted.derived],
        warnings: [...source.notes],
      };
      return c.json(envelope, 200, { 'cache-control': 'no-store', ...timer.headers() });
    }
    return c.body(converted.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': converted.mediaType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      [CONVERSION_HEADERS.from]: source.from,
      ...(converted.profile ? { [CONVERSION_HEADERS.profile]: converted.profile } : {}),
      [CONVERSION_HEADERS.dropped]: headerList(converted.dropped.map((term) => term.pointer)),
      [CONVERSION_HEADERS.derived]: headerList(converted.derived.map((term) => term.pointer)),
      [CONVERSION_HEADERS.warnings]: String(source.notes.length),
      ...timer.headers(),
    });
  });
}

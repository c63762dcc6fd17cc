import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { type Extraction, ExtractionSchema } from '../../shared/api/extraction';
import { API_PATHS } from '../../shared/api/paths';
import { extractInvoice } from '../../shared/extract';
import type { AppEnv } from '../app-env';
import { mediaTypesFor, readDocumentBody } from '../documents/body';
import { extractionProblem } from '../documents/extraction';
import { documentLimitsOf } from '../documents/limits';
import { StepTimer } from '../documents/timing';
import {
  API_KEY_SECURITY,
  binaryBody,
  COMMON_V1_PROBLEMS,
  jsonContent,
  problemResponses,
} from './openapi-helpers';

const extractRoute = createRoute({
  method: 'post',
  path: API_PATHS.extract,
  tags: ['Factures'],
  summary: 'Read an invoice from the visible text of a PDF',
  description: [
    'For PDFs without structured data (no Factur-X XML): each value read with its confidence, page and box, the line and VAT tables, the model built from them, and what had to be guessed. At most 50 pages are read. Check every value: this is a reading of the page, not the invoice data.',
    'A scan without a text layer, an encrypted or unreadable PDF is a 422 `extraction-failed` problem whose `reason` says which (`no-text-layer`, `encrypted`, `unreadable`). The PDF is neither logged nor stored.',
  ].join('\n\n'),
  security: API_KEY_SECURITY,
  request: { body: binaryBody(mediaTypesFor(['pdf']), 'The PDF itself') },
  responses: {
    200: jsonContent(ExtractionSchema, 'What the page shows'),
    ...problemResponses(
      'payload-too-large',
      'unsupported-media-type',
      'extraction-failed',
      ...COMMON_V1_PROBLEMS,
    ),
  },
});

export function registerExtractRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(extractRoute, async (c) => {
    const timer = StepTimer.for(c);
    const limits = documentLimitsOf(c.env);
    const body = await readDocumentBody(c, ['pdf']);
    timer.mark('body');
    const { error, ...extraction } = await extractInvoice(body.bytes, {
      maxBytes: limits.maxBytes,
    });
    timer.mark('extract');
    if (error) throw extractionProblem(error);
    const answer: Extraction = extraction;
    return c.json(answer, 200, { 'cache-control': 'no-store', ...timer.headers() });
  });
}

/**
 * A failed conversion (shared/convert) as the problem /v1/convert answers: the problem type and
 * `reason` documented in docs/api.md. Request failures are 400; what the writer could not do is
 * `conversion-failed`; a document that cannot be read gets the problem of its reader.
 */
import type { ConversionFailure } from '../../shared/convert';
import type { ExtractionErrorCode } from '../../shared/extract';
import { ProblemError } from '../http/problem';
import { extractionProblem } from './extraction';
import { isPdfReadErrorCode, isXmlErrorCode, pdfProblem, xmlProblem } from './problems';

const EXTRACT_PREFIX = 'extract-';

export function conversionProblem(failure: ConversionFailure): ProblemError {
  const { code, message } = failure;
  switch (failure.stage) {
    case 'request':
      return new ProblemError('invalid-request', message);
    case 'write':
      return new ProblemError('conversion-failed', message, { reason: code });
    case 'read':
      break;
  }
  if (isXmlErrorCode(code)) return xmlProblem(code, message);
  if (isPdfReadErrorCode(code)) return pdfProblem({ code, message });
  switch (code) {
    case 'not-an-invoice':
      return new ProblemError('not-an-invoice', message, { reason: failure.detected ?? 'other' });
    case 'json-encoding':
    case 'json-syntax':
      return new ProblemError('document-unreadable', message, { reason: code });
    case 'json-invalid':
      return new ProblemError('invalid-invoice', message, {
        errors: (failure.issues ?? []).map((issue) => ({
          path: issue.path || '/',
          message: issue.message.fr,
        })),
      });
    case 'extract-nothing':
      return new ProblemError('extraction-failed', message, { reason: 'nothing-found' });
  }
  // The rest are `extract-<the extraction's code>`: the reason is the extraction's code.
  const extraction = code.slice(EXTRACT_PREFIX.length) as ExtractionErrorCode;
  return extractionProblem({ code: extraction, message });
}

import type { ExtractionError } from '../../shared/extract';
import { ProblemError } from '../http/problem';

/** An extraction that read nothing: 413 for the size, else 422 with the extraction's code. */
export function extractionProblem(error: ExtractionError): ProblemError {
  return new ProblemError(
    error.code === 'too-large' ? 'payload-too-large' : 'extraction-failed',
    error.message,
    { reason: error.code },
  );
}

import type { PdfLimits } from '../../shared/pdf';
import type { XmlLimits } from '../../shared/xml';
import type { Env } from '../env';
import { settingsOf } from '../http/settings';

/**
 * Bounds of the readers on the Worker: the domain defaults (sized for real invoices, see
 * shared/xml/limits.ts and shared/pdf/limits.ts), with the size capped by MAX_BODY_BYTES so that
 * a document the body limit lets through is never refused again for its size, nor the reverse.
 */
export interface DocumentLimits {
  readonly xml: Partial<XmlLimits>;
  readonly pdf: Partial<PdfLimits>;
  readonly maxBytes: number;
}

export function documentLimitsOf(env: Env): DocumentLimits {
  const maxBytes = settingsOf(env).maxBodyBytes;
  return { xml: { maxBytes }, pdf: { maxBytes, maxAttachmentBytes: maxBytes }, maxBytes };
}

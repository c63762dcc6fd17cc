/**
 * A PDF read from its visible text (shared/extract): the invoice as the page shows it, every value
 * to be checked. Used for a PDF without an embedded invoice, or when the caller asks for it.
 */
import { extractInvoice } from '../extract';
import type { LocalizedText } from '../i18n/text';
import { type Failed, failed } from './failure';
import type { ReadLimits, SourceInvoice } from './read-source';

/** `no-xml`: the PDF had no invoice inside; `asked`: the caller wanted its text read. */
export type TextReading = 'no-xml' | 'asked';

const LEAD: Readonly<Record<TextReading, LocalizedText>> = {
  'no-xml': { fr: 'PDF sans facture XML', en: 'PDF without an XML invoice' },
  asked: { fr: 'PDF lu dans son texte', en: 'PDF read from its text' },
};

export async function readText(
  bytes: Uint8Array,
  limits: ReadLimits,
  reading: TextReading,
): Promise<SourceInvoice | Failed> {
  const lead = LEAD[reading];
  const maxBytes = limits.pdf?.maxBytes;
  const extraction = await extractInvoice(bytes, maxBytes === undefined ? {} : { maxBytes });
  if (extraction.error) {
    return failed({
      stage: 'read',
      code: `extract-${extraction.error.code}`,
      message: {
        fr: `${lead.fr} : son texte n'a pas pu être lu. ${extraction.error.message.fr}`,
        en: `${lead.en}: its text could not be read. ${extraction.error.message.en}`,
      },
    });
  }
  const fields = Object.values(extraction.fields);
  if (fields.length === 0 && extraction.lines.length === 0) {
    return failed({
      stage: 'read',
      code: 'extract-nothing',
      message: {
        fr: `${lead.fr} : aucune donnée de facture n'a été trouvée dans son texte.`,
        en: `${lead.en}: no invoice data was found in its text.`,
      },
    });
  }
  const lowest = Math.min(...fields.map((field) => field.confidence));
  const percent = Number.isFinite(lowest) ? Math.round(lowest * 100) : undefined;
  const found = `${fields.length} donnée(s) et ${extraction.lines.length} ligne(s)`;
  const foundEn = `${fields.length} value(s) and ${extraction.lines.length} line(s)`;
  return {
    ok: true,
    from: 'pdf',
    invoice: extraction.invoice,
    pdf: bytes,
    notes: [
      {
        code: 'extracted',
        message: {
          fr: `${lead.fr} : ${found} lues dans son texte${percent === undefined ? '' : ` (confiance la plus basse : ${percent} %)`} ; à vérifier avant tout envoi.`,
          en: `${lead.en}: ${foundEn} read from its text${percent === undefined ? '' : ` (lowest confidence: ${percent} %)`}; check them before sending anything.`,
        },
      },
      ...extraction.warnings.map((warning) => ({
        code: warning.code,
        ...(warning.term !== undefined ? { term: warning.term } : {}),
        message: warning.message,
      })),
    ],
  };
}

/**
 * The model → the form asked for: CII (plain or a Factur-X profile), UBL, a Factur-X PDF, or the
 * model's JSON, with what the target could not carry (`dropped`) and what it forced the writer to
 * compute (`derived`), so that callers warn instead of losing data silently.
 */
import { type Invoice, toInvoiceJson } from '../model';
import { attachFacturx, createFacturxPdf, type PdfLimits } from '../pdf';
import { facturxProfileOf } from '../syntax/cii/write';
import { type DerivedTerm, type DroppedTerm, writeInvoice } from '../syntax/write';
import type { FacturxProfile } from '../xsd/schema-sets';
import { type Failed, failed } from './failure';
import { TARGET_OUTPUTS, type TargetFormat, type TargetOutput, takesProfile } from './formats';
import { utf8Bytes } from './utf8';

/** What is converted: a model, and the PDF it came in if any (readSource gives both). */
export interface ConversionSource {
  readonly invoice: Invoice;
  /** Kept as the visible invoice of `to: 'facturx'`: a plain PDF gets the XML, a Factur-X one has it replaced. */
  readonly pdf?: Uint8Array;
}

export interface ConvertOptions {
  readonly to: TargetFormat;
  /** Only for `cii` and `facturx`. */
  readonly profile?: FacturxProfile;
  /** Modification date written in a PDF's metadata; now when absent. */
  readonly date?: Date;
  readonly pdfLimits?: Partial<PdfLimits>;
}

export interface Converted extends TargetOutput {
  readonly ok: true;
  readonly bytes: Uint8Array;
  /** The Factur-X profile written, for CII and Factur-X outputs that have one. */
  readonly profile?: FacturxProfile;
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}

export async function convertInvoice(
  source: ConversionSource,
  options: ConvertOptions,
): Promise<Converted | Failed> {
  const { invoice } = source;
  const { to } = options;
  if (options.profile !== undefined && !takesProfile(to)) {
    return failed({
      stage: 'request',
      code: 'profile-not-applicable',
      message: {
        fr: `Un profil Factur-X ne s’applique qu’à la conversion en cii ou en facturx, pas en ${to}.`,
        en: `A Factur-X profile applies to a conversion to cii or facturx only, not to ${to}.`,
      },
    });
  }
  const output = TARGET_OUTPUTS[to];
  switch (to) {
    case 'json':
      return {
        ok: true,
        ...output,
        bytes: utf8Bytes(`${toInvoiceJson(invoice)}\n`),
        dropped: [],
        derived: [],
      };
    case 'ubl': {
      const written = writeInvoice(invoice, { syntax: 'ubl' });
      return { ok: true, ...output, ...lists(written), bytes: utf8Bytes(written.xml) };
    }
    case 'cii': {
      const written = writeInvoice(invoice, {
        syntax: 'cii',
        ...(options.profile ? { profile: options.profile } : {}),
      });
      const profile = options.profile ?? facturxProfileOf(invoice['BG-2']?.['BT-24']);
      return {
        ok: true,
        ...output,
        ...lists(written),
        bytes: utf8Bytes(written.xml),
        ...(profile ? { profile } : {}),
      };
    }
    case 'facturx':
      return toFacturx(source, facturxProfileFor(invoice, options.profile), options);
  }
}

function lists(written: {
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}) {
  return { dropped: written.dropped, derived: written.derived };
}

/**
 * Factur-X needs a profile: the one asked for, else the one the invoice names, else EN 16931 (the
 * profile that carries the whole norm; Peppol or XRechnung invoices name no Factur-X profile).
 */
function facturxProfileFor(invoice: Invoice, asked: FacturxProfile | undefined): FacturxProfile {
  return asked ?? facturxProfileOf(invoice['BG-2']?.['BT-24']) ?? 'en16931';
}

/** A PDF given is kept as the visible invoice; without one (XML or JSON in), one is drawn. */
async function toFacturx(
  source: ConversionSource,
  profile: FacturxProfile,
  options: ConvertOptions,
): Promise<Converted | Failed> {
  const written = writeInvoice(source.invoice, { syntax: 'cii', profile });
  const xml = utf8Bytes(written.xml);
  const settings = {
    ...(options.date ? { date: options.date } : {}),
    ...(options.pdfLimits ? { limits: options.pdfLimits } : {}),
  };
  const result = source.pdf
    ? await attachFacturx(source.pdf, xml, { ...authorship(source.invoice), ...settings })
    : await createFacturxPdf(source.invoice, xml, settings);
  if (!result.ok) {
    return failed({ stage: 'write', code: result.error.code, message: result.error.message });
  }
  return {
    ok: true,
    ...TARGET_OUTPUTS.facturx,
    ...lists(written),
    bytes: result.pdf,
    profile,
  };
}

/** What createFacturxPdf puts in the metadata by itself, given to attachFacturx as well. */
function authorship(invoice: Invoice) {
  const number = invoice['BT-1'];
  const seller = invoice['BG-4']?.['BT-27'];
  return {
    ...(number ? { documentId: `facture:${number}` } : {}),
    ...(seller ? { author: seller } : {}),
  };
}

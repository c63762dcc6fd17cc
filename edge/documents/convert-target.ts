/**
 * The model → the form asked for: CII (plain or a Factur-X profile), UBL, a Factur-X PDF, or the
 * model's JSON, with what the target could not carry (`dropped`) and what it forced the writer to
 * compute (`derived`). Factur-X keeps the PDF the invoice came in (its XML attached or replaced);
 * without one, a PDF is drawn from the model.
 */
import type { ConvertTarget } from '../../shared/api/conversion';
import { type Invoice, toInvoiceJson } from '../../shared/model';
import { attachFacturx, createFacturxPdf } from '../../shared/pdf';
import { facturxProfileOf } from '../../shared/syntax/cii/write';
import { type DerivedTerm, type DroppedTerm, writeInvoice } from '../../shared/syntax/write';
import type { FacturxProfile } from '../../shared/xsd/schema-sets';
import { ProblemError } from '../http/problem';
import type { SourceInvoice } from './convert-source';
import type { DocumentLimits } from './limits';

export interface ConvertedDocument {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** `cii.xml`, `ubl.xml`, `facturx.pdf`, `json`: the end of the file name. */
  readonly extension: string;
  readonly text: boolean;
  readonly profile?: FacturxProfile;
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}

const XML_TYPE = 'application/xml; charset=utf-8';
const UTF8 = new TextEncoder();

export interface TargetOptions {
  readonly to: ConvertTarget;
  readonly profile?: FacturxProfile;
  /** Modification date written in the PDF's metadata. */
  readonly date: Date;
  readonly limits: DocumentLimits;
}

export async function writeTarget(
  source: SourceInvoice,
  options: TargetOptions,
): Promise<ConvertedDocument> {
  const { invoice } = source;
  if (options.profile !== undefined && options.to !== 'cii' && options.to !== 'facturx') {
    throw new ProblemError('invalid-request', {
      fr: 'profile ne s’applique qu’à to=cii ou to=facturx.',
      en: 'profile applies to to=cii or to=facturx only.',
    });
  }
  switch (options.to) {
    case 'json':
      return {
        bytes: UTF8.encode(`${toInvoiceJson(invoice)}\n`),
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
        text: true,
        dropped: [],
        derived: [],
      };
    case 'ubl': {
      const written = writeInvoice(invoice, { syntax: 'ubl' });
      return xmlOutput(written, 'ubl.xml');
    }
    case 'cii': {
      const written = writeInvoice(invoice, {
        syntax: 'cii',
        ...(options.profile ? { profile: options.profile } : {}),
      });
      const profile = options.profile ?? facturxProfileOf(invoice['BG-2']?.['BT-24']);
      return { ...xmlOutput(written, 'cii.xml'), ...(profile ? { profile } : {}) };
    }
    case 'facturx':
      return toFacturx(source, facturxProfileFor(invoice, options.profile), options);
  }
}

function xmlOutput(
  written: { xml: string; dropped: readonly DroppedTerm[]; derived: readonly DerivedTerm[] },
  extension: string,
): ConvertedDocument {
  return {
    bytes: UTF8.encode(written.xml),
    contentType: XML_TYPE,
    extension,
    text: true,
    dropped: written.dropped,
    derived: written.derived,
  };
}

/**
 * Factur-X needs a profile: the one asked for, else the one the invoice names, else EN 16931 (the
 * profile that carries the whole norm; Peppol or XRechnung invoices name no Factur-X profile).
 */
function facturxProfileFor(invoice: Invoice, asked: FacturxProfile | undefined): FacturxProfile {
  return asked ?? facturxProfileOf(invoice['BG-2']?.['BT-24']) ?? 'en16931';
}

async function toFacturx(
  source: SourceInvoice,
  profile: FacturxProfile,
  options: TargetOptions,
): Promise<ConvertedDocument> {
  const written = writeInvoice(source.invoice, { syntax: 'cii', profile });
  const xml = UTF8.encode(written.xml);
  const settings = { date: options.date, limits: options.limits.pdf };
  const result = source.pdf
    ? await attachFacturx(source.pdf, xml, { ...authorship(source.invoice), ...settings })
    : await createFacturxPdf(source.invoice, xml, settings);
  if (!result.ok) {
    throw new ProblemError('conversion-failed', result.error.message, {
      reason: result.error.code,
    });
  }
  return {
    bytes: result.pdf,
    contentType: 'application/pdf',
    extension: 'facturx.pdf',
    text: false,
    profile,
    dropped: written.dropped,
    derived: written.derived,
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

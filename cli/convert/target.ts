/**
 * The model → the format asked for: CII (plain or a Factur-X profile), UBL, a Factur-X PDF, or the
 * BT-keyed JSON. What the target cannot carry (`dropped`) and what it forced the writer to compute
 * (`derived`) come back with the bytes, so the command can warn instead of losing data silently.
 */
import { type Invoice, toInvoiceJson } from '../../shared/model';
import { attachFacturx, createFacturxPdf } from '../../shared/pdf';
import { facturxProfileOf } from '../../shared/syntax/cii/write';
import { type DerivedTerm, type DroppedTerm, writeInvoice } from '../../shared/syntax/write';
import type { FacturxProfile } from '../../shared/xsd/schema-sets';
import { type ConversionFailure, failure } from './failure';
import type { SourceInvoice } from './source';

export const TARGET_FORMATS = ['cii', 'ubl', 'facturx', 'json'] as const;
export type TargetFormat = (typeof TARGET_FORMATS)[number];

export interface ConvertOptions {
  readonly to: TargetFormat;
  /** Only for `cii` and `facturx`. */
  readonly profile?: FacturxProfile;
}

export interface Converted {
  readonly ok: true;
  readonly bytes: Uint8Array;
  /** The Factur-X profile written, for CII and Factur-X outputs that have one. */
  readonly profile?: FacturxProfile;
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}

/**
 * Factur-X needs a profile. Without `--profile`, the one the invoice already names; an invoice
 * that names none (or a non-Factur-X specification, Peppol, XRechnung) gets EN 16931, the profile
 * that carries the whole norm.
 */
function facturxProfileFor(invoice: Invoice, asked: FacturxProfile | undefined): FacturxProfile {
  return asked ?? facturxProfileOf(invoice['BG-2']?.['BT-24']) ?? 'en16931';
}

const utf8 = new TextEncoder();

export async function convertInvoice(
  source: SourceInvoice,
  options: ConvertOptions,
): Promise<Converted | ConversionFailure> {
  const { invoice } = source;
  switch (options.to) {
    case 'json':
      return {
        ok: true,
        bytes: utf8.encode(`${toInvoiceJson(invoice)}\n`),
        dropped: [],
        derived: [],
      };
    case 'ubl': {
      const written = writeInvoice(invoice, { syntax: 'ubl' });
      return { ok: true, bytes: utf8.encode(written.xml), ...lists(written) };
    }
    case 'cii': {
      const written = writeInvoice(invoice, {
        syntax: 'cii',
        ...(options.profile ? { profile: options.profile } : {}),
      });
      const profile = options.profile ?? facturxProfileOf(invoice['BG-2']?.['BT-24']);
      return {
        ok: true,
        bytes: utf8.encode(written.xml),
        ...(profile ? { profile } : {}),
        ...lists(written),
      };
    }
    case 'facturx':
      return toFacturx(source, facturxProfileFor(invoice, options.profile));
  }
}

function lists(written: {
  readonly dropped: readonly DroppedTerm[];
  readonly derived: readonly DerivedTerm[];
}) {
  return { dropped: written.dropped, derived: written.derived };
}

/**
 * A PDF the user gave is kept as the visible invoice: a plain one gets the XML attached, a
 * Factur-X one has its XML replaced. Without a PDF (XML or JSON in), one is drawn from the model.
 */
async function toFacturx(
  source: SourceInvoice,
  profile: FacturxProfile,
): Promise<Converted | ConversionFailure> {
  const written = writeInvoice(source.invoice, { syntax: 'cii', profile });
  const xml = utf8.encode(written.xml);
  const result = source.pdf
    ? await attachFacturx(source.pdf, xml, authorship(source.invoice))
    : await createFacturxPdf(source.invoice, xml);
  if (!result.ok) return failure(result.error.code, result.error.message);
  return { ok: true, bytes: result.pdf, profile, ...lists(written) };
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

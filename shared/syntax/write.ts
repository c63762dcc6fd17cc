/**
 * One entry for every syntax: the EN 16931 model → XML, UBL 2.1 or CII (plain, or a Factur-X
 * profile), with the list of what the document could not carry (`dropped`) and of what the
 * syntax forced the writer to compute (`derived`). The writers never throw on model content.
 */
import type { Invoice } from '../model';
import type { FacturxProfile } from '../xsd/schema-sets';
import { writeCii } from './cii/write';
import { writeUbl } from './ubl/write';
import type { WriteResult } from './write-result';

export type { DerivedTerm, DroppedTerm, DropReason, WriteResult } from './write-result';

export type WriteOptions =
  | { readonly syntax: 'ubl' }
  | {
      readonly syntax: 'cii';
      /**
       * The Factur-X profile to write: only what it allows, BT-24 set to its identifier. Without
       * one, the profile BT-24 names (if any) decides what the document may hold.
       */
      readonly profile?: FacturxProfile;
    };

/** Writes an invoice (or credit note: BT-3 decides) in the syntax asked for. */
export function writeInvoice(invoice: Invoice, options: WriteOptions): WriteResult {
  return options.syntax === 'ubl'
    ? writeUbl(invoice)
    : writeCii(invoice, options.profile === undefined ? {} : { profile: options.profile });
}

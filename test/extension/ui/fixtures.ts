/** Invoices of the test fixtures, read with the project's own readers. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Invoice } from '../../../shared/model';
import { modelOfXml } from '../../support/model-of-xml';

/** The FNFE-MPE sample F20260023 in CII (EN 16931 profile). */
export const FNFE_CII =
  'test/fixtures/facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml';
/** The same invoice written in UBL (test/fixtures/SOURCES.md). */
export const FNFE_UBL = 'test/fixtures/facturx-fr/F20260023-UBL.xml';
/** The Factur-X PDF of the FNFE-MPE sample F20260025. */
export const FNFE_PDF =
  'test/fixtures/facturx-pdf/EN16931/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf';

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(path)));
}

export function fixtureInvoice(path: string): Invoice {
  return modelOfXml(fixtureBytes(path), path);
}

/// <reference types="vite/client" />
/**
 * Invoice files for the document routes, loaded through Vite: XML as text (`?raw`), PDFs inlined
 * as base64 data URLs (`?inline`), since workerd tests have no file system.
 */
import ciiExample from '../../fixtures/en16931/examples/cii/CII_example1.xml?raw';
import ublCreditNote from '../../fixtures/en16931/examples/ubl/ubl-tc434-creditnote1.xml?raw';
import ublExample from '../../fixtures/en16931/examples/ubl/ubl-tc434-example1.xml?raw';
import plainPdfUrl from '../../fixtures/facturx-pdf/Custom/2023-6013_facture.pdf?inline';
import facturxEn16931Url from '../../fixtures/facturx-pdf/EN16931/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf?inline';
import facturxMinimumUrl from '../../fixtures/facturx-pdf/Minimum/Avoir_FR_type381_MINIMUM.pdf?inline';

export { ciiExample, ublCreditNote, ublExample };

/** Every official UBL and CII example, by file name. */
export const officialExamples: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob('../../fixtures/en16931/examples/{ubl,cii}/*.{xml,XML}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.split('/').pop() ?? path, String(text)]),
);

function bytesOfDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const facturxEn16931Pdf = bytesOfDataUrl(facturxEn16931Url);
export const facturxMinimumPdf = bytesOfDataUrl(facturxMinimumUrl);
export const plainPdf = bytesOfDataUrl(plainPdfUrl);

export function post(
  body: string | Uint8Array,
  contentType: string | undefined,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body: body as BodyInit,
  };
}

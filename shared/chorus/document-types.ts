/**
 * Document types (BT-3, UNTDID 1001) Chorus Pro accepts, and how they map to the portal's « Type de
 * facture ». Source: Chorus Pro remarks on Factur-X (`../shared/docs/DOMAIN.md` §3: 380, 381,
 * 384, 386, 389 accepted; 261 and 751 refused), *verify* against the AIFE specifications.
 */

export const ACCEPTED_DOCUMENT_TYPES = ['380', '381', '384', '386', '389'] as const;
export type AcceptedDocumentType = (typeof ACCEPTED_DOCUMENT_TYPES)[number];

/** Types the same source names as refused (self-billed credit note, self-billed invoice). */
export const REFUSED_DOCUMENT_TYPES: readonly string[] = ['261', '751'];

/** The only credit-note type Chorus Pro takes; the portal calls it AVOIR. */
export const CREDIT_NOTE_TYPE = '381';

export type PortalInvoiceType = 'FACTURE' | 'AVOIR';

export function isAcceptedDocumentType(code: string): code is AcceptedDocumentType {
  return (ACCEPTED_DOCUMENT_TYPES as readonly string[]).includes(code);
}

/** The portal's type for an accepted BT-3 code; undefined for a code Chorus Pro refuses. */
export function portalInvoiceType(code: string): PortalInvoiceType | undefined {
  if (!isAcceptedDocumentType(code)) return undefined;
  return code === CREDIT_NOTE_TYPE ? 'AVOIR' : 'FACTURE';
}

/** The request the content script fills the form with (extension/messaging/protocol.ts). */
import type { SupplierProfile } from '../../shared/chorus/portal-profile';
import type { FillRequest } from '../messaging/protocol';
import type { PendingInvoice } from '../storage/pending-invoice';

/** The invoice, the profile in use, and the PDF the invoice came from as its main piece. */
export function fillRequestOf(
  pending: PendingInvoice,
  profile: SupplierProfile | undefined,
): FillRequest {
  return {
    invoice: pending.invoice,
    ...(profile ? { profile } : {}),
    ...(pending.pdf !== undefined
      ? {
          options: {
            mainDocument: {
              filename: pending.source.fileName,
              mimeCode: 'application/pdf',
              content: pending.pdf,
            },
          },
        }
      : {}),
  };
}

/**
 * Payment means (BT-81, UNTDID 4461) and the portal's « Mode de paiement ». Mapping from
 * thierryjmartin/facturation_electronique (docs/rules/chorus.md CHORUS-11), *verify*.
 */

export const PORTAL_PAYMENT_MODES = [
  'CHEQUE',
  'PRELEVEMENT',
  'VIREMENT',
  'ESPECE',
  'AUTRE',
  'REPORT',
] as const;
export type PortalPaymentMode = (typeof PORTAL_PAYMENT_MODES)[number];

/** Credit transfers: Chorus Pro pays them to an IBAN only. */
export const CREDIT_TRANSFER_CODES: readonly string[] = ['30', '31', '42', '58'];

const MODE_OF_CODE: Readonly<Record<string, PortalPaymentMode>> = {
  '30': 'VIREMENT',
  '31': 'VIREMENT',
  '42': 'VIREMENT',
  '58': 'VIREMENT',
  '49': 'PRELEVEMENT',
  '59': 'PRELEVEMENT',
  '20': 'CHEQUE',
  '10': 'ESPECE',
  '97': 'REPORT',
};

/** The portal mode a payment means code is entered as; codes without their own mode are AUTRE. */
export function portalPaymentMode(code: string): PortalPaymentMode {
  return MODE_OF_CODE[code.trim()] ?? 'AUTRE';
}

export function isCreditTransfer(code: string): boolean {
  return CREDIT_TRANSFER_CODES.includes(code.trim());
}

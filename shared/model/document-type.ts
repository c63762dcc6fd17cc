/**
 * Invoices and credit notes share the model; BT-3 (UNTDID 1001) says which. The two lists are the
 * ones the EN 16931 UBL binding accepts for `InvoiceTypeCode` and `CreditNoteTypeCode`
 * (BR-CL-01, validation artefacts 1.3.16).
 */

/** UNTDID 1001 codes of credit notes: 381 credit note, 261 self-billed credit note, 396 factored … */
export const CREDIT_NOTE_TYPE_CODES = [
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '502',
  '503',
  '532',
] as const;

/** UNTDID 1001 codes of invoices: 380 commercial invoice, 384 corrective, 386 prepayment, 389 self-billed … */
export const INVOICE_TYPE_CODES = [
  '71',
  '80',
  '81',
  '82',
  '84',
  '102',
  '130',
  '202',
  '203',
  '204',
  '211',
  '218',
  '219',
  '295',
  '325',
  '326',
  '331',
  '380',
  '382',
  '383',
  '384',
  '385',
  '386',
  '387',
  '388',
  '389',
  '390',
  '393',
  '394',
  '395',
  '456',
  '457',
  '471',
  '472',
  '473',
  '500',
  '501',
  '527',
  '553',
  '575',
  '623',
  '633',
  '751',
  '780',
  '817',
  '870',
  '875',
  '876',
  '877',
  '935',
] as const;

const CREDIT_NOTES: ReadonlySet<string> = new Set(CREDIT_NOTE_TYPE_CODES);

/**
 * True when BT-3 names a credit note (a UBL `CreditNote` document). 81 appears in both lists of
 * the binding; it is reported as a credit note, the meaning UNTDID 1001 gives it ("credit note
 * related to goods or services").
 */
export function isCreditNote(typeCode: string | undefined): boolean {
  return typeCode !== undefined && CREDIT_NOTES.has(typeCode.trim());
}

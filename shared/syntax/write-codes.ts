/**
 * Codes that EN 16931 binds to a different code list in each syntax. BT-8 (value added tax point
 * date code) is UNTDID 2005 in UBL (3, 35, 432) and UNTDID 2475 in CII (5, 29, 72), per the
 * BR-CL-06 rule of each official schematron. The model keeps the code as the document wrote it,
 * so a writer turns the other syntax's code into its own; any other code is written as it is.
 */

/** [UBL (UNTDID 2005), CII (UNTDID 2475)]: invoice date, delivery date, paid-to date. */
const VAT_POINT_DATE_CODES: readonly (readonly [ubl: string, cii: string])[] = [
  ['3', '5'],
  ['35', '29'],
  ['432', '72'],
];

export function ublVatPointDateCode(code: string): string {
  return VAT_POINT_DATE_CODES.find(([, cii]) => cii === code)?.[0] ?? code;
}

export function ciiVatPointDateCode(code: string): string {
  return VAT_POINT_DATE_CODES.find(([ubl]) => ubl === code)?.[1] ?? code;
}

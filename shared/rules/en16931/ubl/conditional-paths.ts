/**
 * Assertions of the root rule that forbid a node only under a condition the path alone cannot say
 * (a value, the document type, a sibling). The scan finds the candidate nodes with these paths in
 * its single walk; conditional-rules.ts keeps those the condition applies to.
 */
export const CONDITIONAL_PATHS: readonly (readonly [id: string, path: string])[] = [
  // not(cbc:UBLVersionID) or cbc:UBLVersionID = '2.1'
  ['UBL-CR-002', 'cbc:UBLVersionID'],
  // not(cac:PaymentMeans/cbc:PaymentDueDate) or ../cn:CreditNote
  ['UBL-CR-412', 'cac:PaymentMeans/cbc:PaymentDueDate'],
  // not(//cac:AdditionalDocumentReference[cbc:DocumentTypeCode != '130' or not(cbc:DocumentTypeCode)]/cbc:ID/@schemeID)
  ['UBL-CR-665', '//cac:AdditionalDocumentReference/cbc:ID/@schemeID'],
  // not(//cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cac:Attachment)
  ['UBL-CR-666', '//cac:AdditionalDocumentReference/cac:Attachment'],
  // not(//cac:AdditionalDocumentReference[cbc:DocumentTypeCode  = '130']/cbc:DocumentDescription)
  ['UBL-CR-673', '//cac:AdditionalDocumentReference/cbc:DocumentDescription'],
  // count(//@name) - count(//cbc:PaymentMeansCode/@name) <= 0
  ['UBL-DT-18', '//@name'],
];

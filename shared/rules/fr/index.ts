import type { Rule } from '../rule';
import { CO_OCCURRENCE_RULES } from './families/co-occurrence';
import { DECIMAL_RULES } from './families/decimals';
import { DOCUMENT_RULES } from './families/documents';
import { IDENTIFIER_RULES } from './families/identifiers';
import { MULTI_VENDOR_RULES } from './families/multi-vendor';
import { NOTE_RULES } from './families/notes';
import { PARTY_RULES } from './families/parties';
import { VAT_RULES } from './families/vat';

export { assertIdOf, UBL_ASSERT_IDS } from './assert-ids';

/**
 * FNFE-MPE BR-FR rules of the French CIUS (XP Z12-012), schematrons V1.4.0: the 59 families of
 * the official CII and UBL files. Each rule reads the document through its syntax's facts
 * (facts/), so one rule covers CII, UBL and a model; each finding names the official assert id.
 * Specification: docs/rules/br-fr.md.
 */
export const FR_RULES: readonly Rule[] = [
  ...IDENTIFIER_RULES,
  ...NOTE_RULES,
  ...PARTY_RULES,
  ...VAT_RULES,
  ...DOCUMENT_RULES,
  ...CO_OCCURRENCE_RULES,
  ...DECIMAL_RULES,
  ...MULTI_VENDOR_RULES,
];

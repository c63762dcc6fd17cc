import type { Rule } from '../rule';

/**
 * Every rule of the EN 16931 validation artefacts 1.3.16: business rules on the model (BR-*, BR-CO-*,
 * BR-DEC-*, VAT category rules), code lists (BR-CL-*) and the syntax-binding rules of each syntax
 * (UBL-CR/SR/DT, CII-SR/DT). Each family lives in its own module and is listed here.
 */
export const EN16931_RULES: readonly Rule[] = [];

/**
 * French and European identifiers met on invoices. One module per identifier, each with
 * `compact` (separators out), `validate` (why it is wrong, in French and English) and `format`
 * (how people write it). `identify` guesses which one a pasted value is.
 */
export * as bic from './bic';
export * as iban from './iban';
export * from './identify';
export * from './result';
export * as rib from './rib';
export * as siren from './siren';
export * as siret from './siret';
export { sirenOfSiret, siretToSiren } from './siret';
export * as vatEu from './vat-eu';
export * as vatFr from './vat-fr';
export { sirenOfVat, vatFromSiren } from './vat-fr';

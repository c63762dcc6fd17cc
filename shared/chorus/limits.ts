/**
 * Limits Chorus Pro enforces on an invoice beyond EN 16931. Each figure is one constant so that a
 * correction from the AIFE specifications is a one-line change. Sources: docs/rules/chorus.md
 * (CHORUS-nn), `../shared/docs/DOMAIN.md` §2–3 (portal form, Factur-X remarks), OCA
 * `l10n_fr_chorus_account` (attachment sizes).
 */

/** Références › Numéro de facture (`numeroFactureSaisi`), BT-1. */
export const INVOICE_NUMBER_MAX_LENGTH = 20;
/** Références › Numéro de bon de commande / engagement (`numeroBonCommande`), BT-13. */
export const ENGAGEMENT_MAX_LENGTH = 50;
/** Destinataire › Code service (`codeServiceExecutant`), BT-10. */
export const SERVICE_CODE_MAX_LENGTH = 100;
/** Buyer name (BT-44), Factur-X remark of Chorus Pro. */
export const BUYER_NAME_MAX_LENGTH = 99;
/** Commentaire (`commentaire`). */
export const COMMENT_MAX_LENGTH = 200;
/** File name of an attachment, extension included. */
export const ATTACHMENT_NAME_MAX_LENGTH = 50;

const MEBIBYTE = 1024 * 1024;
/** Each attachment must be strictly smaller than this (API error 20003 above it). */
export const ATTACHMENT_MAX_BYTES = 10 * MEBIBYTE;
/** The invoice and all its attachments together, at most. */
export const DEPOSIT_MAX_BYTES = 120 * MEBIBYTE;
export const BYTES_PER_MEGABYTE = MEBIBYTE;

/** Decimals: amounts (flows and form), quantities (form), unit prices (form, *verify*). */
export const AMOUNT_MAX_DECIMALS = 2;
export const QUANTITY_MAX_DECIMALS = 4;
export const UNIT_PRICE_MAX_DECIMALS = 6;

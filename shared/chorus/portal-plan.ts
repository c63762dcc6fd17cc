/**
 * What to type into the portal form for an invoice: `fillPlan(invoice, profile)` gives the ordered
 * list of (field, value) the extension applies, and notes for what the form cannot hold. Pure: the
 * values are model values (decimal strings, ISO dates, wanted options); the extension writes them
 * in the page's format with portal-values.ts when it fills.
 *
 * Order matters on the page: the frame before the validator; the supplier structure and the
 * recipient SIRET early, and the lists the portal loads after them (supplier service and account,
 * recipient service code) only after the lines, so the lookups run while the lines are typed; the
 * lines before the VAT recap the page builds from them; the recap before the amount due the page
 * recomputes from it.
 */
import type { LocalizedText } from '../i18n/text';
import type { Invoice } from '../model';
import {
  BILLING_FRAMES,
  type BillingFrame,
  billingFrameOf,
  DEFAULT_FRAME,
  FRAME_CODE_SHAPE,
  FRAMES_WITH_VALIDATOR,
  REFORM_MODE_FRAMES,
  REFORM_MODE_SHAPE,
  SIMPLE_FORM_FRAMES,
} from './billing-frames';
import { COMMENT_MAX_LENGTH } from './limits';
import { portalPaymentMode } from './payment-modes';
import {
  add,
  compareFixed,
  divide,
  type Fixed,
  isZero,
  multiply,
  parseFixed,
  roundTo,
  significantDecimals,
  subtract,
  toModelDecimal,
} from './portal-decimal';
import { PORTAL_LINES, type PortalFormFieldKey, type PortalLineFieldKey } from './portal-form';
import type { SupplierProfile } from './portal-profile';
import {
  invoiceTypeWanted,
  type OptionWanted,
  paymentModeWanted,
  portalUnitOf,
  unitWanted,
  type VatRegime,
  vatRegimeOf,
  vatRegimeWanted,
} from './portal-values';

// --- Types -------------------------------------------------------------------------------------

/** A file to put in a file input: the model's BT-125 shape, content in base64. */
export interface PlanFile {
  readonly filename: string;
  readonly mimeCode: string;
  readonly content: string;
}

export type PlanValue =
  | { readonly kind: 'text'; readonly text: string }
  /** A model decimal (`1234.50`), written in the field's format when filled. */
  | { readonly kind: 'decimal'; readonly value: string }
  /** `YYYY-MM-DD`, written `dd/MM/yyyy`. */
  | { readonly kind: 'date'; readonly value: string }
  /** An option of a list, recognised the first way that finds exactly one. */
  | { readonly kind: 'option'; readonly wanted: readonly OptionWanted[] }
  /** A VAT rate: its option by label, else the manual option and the rate typed in the next field. */
  | { readonly kind: 'vat-rate'; readonly rate: string }
  | { readonly kind: 'file'; readonly file: PlanFile };

export interface FillStep<K extends string = string> {
  readonly field: K;
  readonly value: PlanValue;
  /** Where the value comes from: model pointers (`/BG-25/0/BT-129`) or `profile.<key>`. */
  readonly from: readonly string[];
}

export interface LinePlan {
  /** Index of the line in BG-25. */
  readonly line: number;
  readonly steps: readonly FillStep<PortalLineFieldKey>[];
}

/** What the VAT recap row of one rate should show (sums of the invoice's BG-23 at that rate). */
export interface RecapTarget {
  readonly rate: string;
  readonly base: string;
  readonly vatAmount: string;
  readonly from: readonly string[];
}

export interface PlanNote {
  /** Stable code the side panel can key on. */
  readonly code: string;
  /** Model pointer of the value concerned, when there is one. */
  readonly at?: string;
  readonly message: LocalizedText;
}

export interface FillPlan {
  /** Cadre, Fournisseur › Structure, Destinataire › SIRET, Références, in page order. */
  readonly header: readonly FillStep<PortalFormFieldKey>[];
  readonly lines: readonly LinePlan[];
  readonly vatRecap: readonly RecapTarget[];
  /**
   * The fields the portal fills its lists for after a lookup (supplier service and account,
   * recipient service code: their lookups run while the lines are typed), then Montants (after the
   * recap they are computed from), Pièces jointes, Commentaire.
   */
  readonly trailer: readonly FillStep<PortalFormFieldKey>[];
  readonly notes: readonly PlanNote[];
}

export interface FillOptions {
  /** The invoice document itself (PDF), put in « Pièces jointes » as the main piece. */
  readonly mainDocument?: PlanFile;
  /** Validator of frames A9 and A12, when the profile has none or another one applies. */
  readonly validator?: { readonly siret: string; readonly serviceCode?: string };
  /** Frame chosen by the clerk: `A9` or `A9_FACTURE_SOUSTRAITANT`; wins over the invoice. */
  readonly frame?: string;
}

// --- Small helpers -----------------------------------------------------------------------------

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function note(code: string, fr: string, en: string, at?: string): PlanNote {
  return at === undefined ? { code, message: { fr, en } } : { code, at, message: { fr, en } };
}

const digitsOnly = (value: string): string => value.replace(/[\s.\u00a0-]/g, '');
const isSiret = (value: string): boolean => /^\d{14}$/.test(value);

// --- Header ------------------------------------------------------------------------------------

interface FrameChoice {
  readonly frame: BillingFrame | undefined;
  readonly written: string;
  readonly from: string;
}

/** The frame, read as docs/rules/chorus.md §4 assumes, with the profile default before A1. */
function chooseFrame(
  invoice: Invoice,
  profile: SupplierProfile | undefined,
  given?: string,
): FrameChoice {
  const explicit = text(given);
  if (explicit !== undefined)
    return { frame: billingFrameOf(explicit), written: explicit, from: 'options.frame' };
  const bt23 = text(invoice['BG-2']?.['BT-23']);
  const bt24 = text(invoice['BG-2']?.['BT-24']);
  if (bt23 !== undefined && FRAME_CODE_SHAPE.test(bt23)) {
    return { frame: billingFrameOf(bt23), written: bt23, from: '/BG-2/BT-23' };
  }
  if (bt24 !== undefined && FRAME_CODE_SHAPE.test(bt24)) {
    return { frame: billingFrameOf(bt24), written: bt24, from: '/BG-2/BT-24' };
  }
  const derived =
    bt23 !== undefined && REFORM_MODE_SHAPE.test(bt23) ? REFORM_MODE_FRAMES[bt23] : undefined;
  if (derived !== undefined) return { frame: derived, written: derived, from: '/BG-2/BT-23' };
  const preferred = profile?.defaults?.cadre;
  if (preferred !== undefined)
    return { frame: preferred, written: preferred, from: 'profile.defaults.cadre' };
  return { frame: DEFAULT_FRAME, written: DEFAULT_FRAME, from: 'default' };
}

/** The recipient SIRET in the order of CHORUS-05: BT-47 0009, BT-47 of 14 digits, BT-46 0009. */
function recipientSiret(
  invoice: Invoice,
): { siret: string; from: string } | { siren: string } | undefined {
  const legal = invoice['BG-7']?.['BT-47'];
  const identifier = invoice['BG-7']?.['BT-46'];
  if (legal !== undefined) {
    const digits = digitsOnly(legal.id);
    if (isSiret(digits)) return { siret: digits, from: '/BG-7/BT-47' };
  }
  if (identifier !== undefined && identifier.scheme === '0009') {
    const digits = digitsOnly(identifier.id);
    if (isSiret(digits)) return { siret: digits, from: '/BG-7/BT-46' };
  }
  if (legal !== undefined && /^\d{9}$/.test(digitsOnly(legal.id)))
    return { siren: digitsOnly(legal.id) };
  return undefined;
}

function sellerSirets(invoice: Invoice): string[] {
  const ids = invoice['BG-4']?.['BT-29'] ?? [];
  return ids
    .filter((id) => id.scheme === '0009' || id.scheme === undefined)
    .map((id) => digitsOnly(id.id))
    .filter(isSiret);
}

function option(...wanted: (OptionWanted | undefined)[]): PlanValue {
  return { kind: 'option', wanted: wanted.filter((w): w is OptionWanted => w !== undefined) };
}

function headerSteps(
  invoice: Invoice,
  profile: SupplierProfile | undefined,
  options: FillOptions,
  notes: PlanNote[],
): { steps: FillStep<PortalFormFieldKey>[]; lookups: FillStep<PortalFormFieldKey>[] } {
  const steps: FillStep<PortalFormFieldKey>[] = [];
  const lookups: FillStep<PortalFormFieldKey>[] = [];
  const push = (field: PortalFormFieldKey, value: PlanValue, ...from: string[]) =>
    steps.push({ field, value, from });
  // Fields whose options the portal loads after another field is set: filled after the lines,
  // so the lookups run while the lines are typed instead of being waited for.
  const later = (field: PortalFormFieldKey, value: PlanValue, ...from: string[]) =>
    lookups.push({ field, value, from });

  // Cadre de facturation
  const frame = chooseFrame(invoice, profile, options.frame);
  if (frame.frame === undefined) {
    notes.push(
      note(
        'frame-unknown',
        `Cadre de facturation « ${frame.written} » inconnu : choisissez-le à la main.`,
        `Unknown billing frame "${frame.written}": choose it by hand.`,
        frame.from.startsWith('/') ? frame.from : undefined,
      ),
    );
  } else {
    if (!SIMPLE_FORM_FRAMES.includes(frame.frame)) {
      notes.push(
        note(
          'frame-not-on-form',
          `Le cadre ${frame.frame} n'est pas proposé par ce formulaire (A1, A2, A9, A12).`,
          `Frame ${frame.frame} is not offered by this form (A1, A2, A9, A12).`,
        ),
      );
    }
    push(
      'cadre',
      option(
        { by: 'value', value: BILLING_FRAMES[frame.frame] },
        { by: 'code', code: frame.frame },
      ),
      frame.from,
    );
    if (FRAMES_WITH_VALIDATOR.includes(frame.frame)) {
      const validator = options.validator ?? profile?.defaults?.validator;
      const origin =
        options.validator === undefined ? 'profile.defaults.validator' : 'options.validator';
      if (validator === undefined) {
        notes.push(
          note(
            'validator-missing',
            `Cadre ${frame.frame} : indiquez la structure valideur (SIRET du titulaire du marché).`,
            `Frame ${frame.frame}: give the validating structure (SIRET of the main contractor).`,
          ),
        );
      } else {
        push('validatorSiret', { kind: 'text', text: digitsOnly(validator.siret) }, origin);
        const service = text(validator.serviceCode);
        if (service !== undefined)
          push('validatorService', { kind: 'text', text: service }, origin);
      }
    }
  }

  // Fournisseur
  const sirets = sellerSirets(invoice);
  const structureWanted: OptionWanted[] = [];
  if (profile !== undefined) structureWanted.push({ by: 'contains', text: profile.siret });
  for (const siret of sirets) structureWanted.push({ by: 'contains', text: siret });
  const siren = invoice['BG-4']?.['BT-30']?.id;
  if (siren !== undefined && /^\d{9}$/.test(digitsOnly(siren))) {
    structureWanted.push({ by: 'contains', text: digitsOnly(siren) });
  }
  if (structureWanted.length > 0) {
    push(
      'supplierStructure',
      { kind: 'option', wanted: structureWanted },
      ...(profile ? ['profile.siret'] : []),
      '/BG-4/BT-29',
    );
  } else {
    notes.push(
      note(
        'supplier-missing',
        'Aucun SIRET du fournisseur (profil ou BT-29) : choisissez la structure à la main.',
        'No supplier SIRET (profile or BT-29): choose the structure by hand.',
      ),
    );
  }
  const supplierService = text(profile?.serviceCode);
  if (supplierService !== undefined) {
    later(
      'supplierService',
      option({ by: 'code', code: supplierService }, { by: 'label', label: supplierService }),
      'profile.serviceCode',
    );
  }
  const accounts = (invoice['BG-16']?.['BG-17'] ?? [])
    .map((account, index) => ({ iban: text(account['BT-84']), at: `/BG-16/BG-17/${index}/BT-84` }))
    .filter((account): account is { iban: string; at: string } => account.iban !== undefined);
  const bankWanted: OptionWanted[] = accounts.map((account) => ({
    by: 'contains',
    text: account.iban,
  }));
  if (profile?.iban !== undefined) bankWanted.push({ by: 'contains', text: profile.iban });
  if (bankWanted.length > 0) {
    later(
      'bankAccount',
      { kind: 'option', wanted: bankWanted },
      ...accounts.map((a) => a.at),
      ...(profile?.iban ? ['profile.iban'] : []),
    );
  }

  // Destinataire
  const recipient = recipientSiret(invoice);
  if (recipient !== undefined && 'siret' in recipient) {
    push('recipientSiret', { kind: 'text', text: recipient.siret }, recipient.from);
  } else {
    notes.push(
      recipient === undefined
        ? note(
            'recipient-siret-missing',
            "Le SIRET du destinataire (BT-47) est absent : saisissez l'identifiant de la structure publique.",
            'The recipient SIRET (BT-47) is missing: type the public structure identifier.',
            '/BG-7/BT-47',
          )
        : note(
            'recipient-siren-only',
            `BT-47 ne donne que le SIREN ${recipient.siren} : Chorus Pro demande le SIRET (14 chiffres) de la structure destinataire.`,
            `BT-47 gives only SIREN ${recipient.siren}: Chorus Pro needs the recipient structure SIRET (14 digits).`,
            '/BG-7/BT-47',
          ),
    );
  }

  // Références
  const type = text(invoice['BT-3']);
  const typeWanted = type === undefined ? undefined : invoiceTypeWanted(type);
  if (typeWanted !== undefined)
    push('invoiceType', { kind: 'option', wanted: typeWanted }, '/BT-3');
  else if (type !== undefined) {
    notes.push(
      note(
        'type-not-accepted',
        `Le type de document ${type} n'est pas accepté par Chorus Pro (380, 381, 384, 386, 389).`,
        `Document type ${type} is not accepted by Chorus Pro (380, 381, 384, 386, 389).`,
        '/BT-3',
      ),
    );
  }
  const currency = text(invoice['BT-5']);
  if (currency !== undefined)
    push(
      'currency',
      option({ by: 'value', value: currency }, { by: 'code', code: currency }),
      '/BT-5',
    );
  const number = text(invoice['BT-1']);
  if (number !== undefined) push('invoiceNumber', { kind: 'text', text: number }, '/BT-1');
  const issued = text(invoice['BT-2']);
  if (issued !== undefined) push('invoiceDate', { kind: 'date', value: issued }, '/BT-2');
  const engagement = text(invoice['BT-13']);
  if (engagement !== undefined) push('engagement', { kind: 'text', text: engagement }, '/BT-13');
  const market = text(invoice['BT-12']);
  if (market !== undefined) push('market', { kind: 'text', text: market }, '/BT-12');

  const means = text(invoice['BG-16']?.['BT-81']);
  const mode = means !== undefined ? portalPaymentMode(means) : profile?.defaults?.paymentMode;
  if (mode !== undefined) {
    push(
      'paymentMode',
      { kind: 'option', wanted: paymentModeWanted(mode) },
      means !== undefined ? '/BG-16/BT-81' : 'profile.defaults.paymentMode',
    );
  } else {
    notes.push(
      note(
        'payment-mode-missing',
        'Ni la facture (BT-81) ni le profil ne donnent le mode de paiement : choisissez-le.',
        'Neither the invoice (BT-81) nor the profile gives the payment mode: choose it.',
        '/BG-16/BT-81',
      ),
    );
  }

  const breakdowns = invoice['BG-23'] ?? [];
  const categories = breakdowns
    .map((breakdown) => text(breakdown['BT-118']))
    .filter((category): category is string => category !== undefined);
  const lineCategories = (invoice['BG-25'] ?? [])
    .map((line) => text(line['BG-30']?.['BT-151']))
    .filter((category): category is string => category !== undefined);
  const vatPoint = text(invoice['BT-8']);
  const fromInvoice = vatRegimeOf(vatPoint, categories.length > 0 ? categories : lineCategories);
  const regime: VatRegime | undefined = fromInvoice ?? profile?.defaults?.vatRegime;
  if (regime !== undefined) {
    const origin =
      fromInvoice === undefined
        ? 'profile.defaults.vatRegime'
        : regime === 'EXONERATION' || regime === 'SANS_TVA'
          ? '/BG-23'
          : '/BT-8';
    push('vatRegime', { kind: 'option', wanted: vatRegimeWanted(regime) }, origin);
    if (regime === 'EXONERATION') {
      const index = breakdowns.findIndex(
        (b) => text(b['BT-120']) !== undefined || text(b['BT-121']) !== undefined,
      );
      const reason =
        index >= 0
          ? (text(breakdowns[index]?.['BT-120']) ?? text(breakdowns[index]?.['BT-121']))
          : undefined;
      if (reason !== undefined)
        push('exemptionReason', { kind: 'text', text: reason }, `/BG-23/${index}/BT-120`);
      else {
        notes.push(
          note(
            'exemption-reason-missing',
            'Exonération : la facture ne donne pas le motif (BT-120) ; saisissez-le.',
            'Exemption: the invoice gives no reason (BT-120); type it.',
          ),
        );
      }
    }
  } else {
    notes.push(
      note(
        'vat-regime-missing',
        'Le régime de TVA (débits ou encaissements) ne se déduit pas de la facture (BT-8) : choisissez-le.',
        'The VAT regime (debits or receipts) cannot be told from the invoice (BT-8): choose it.',
        '/BT-8',
      ),
    );
  }

  const preceding = text(invoice['BG-3']?.[0]?.['BT-25']);
  if (preceding !== undefined) {
    if (type === '381') push('originalInvoice', { kind: 'text', text: preceding }, '/BG-3/0/BT-25');
    else {
      notes.push(
        note(
          'preceding-invoice-not-carried',
          `La référence à la facture ${preceding} (BG-3) n'a pas de champ sur le formulaire hors avoir.`,
          `The reference to invoice ${preceding} (BG-3) has no field on the form outside credit notes.`,
          '/BG-3/0/BT-25',
        ),
      );
    }
  }

  // The recipient's service list loads after the SIRET lookup.
  const serviceCode = text(invoice['BT-10']);
  if (serviceCode !== undefined)
    later(
      'serviceCode',
      option({ by: 'value', value: serviceCode }, { by: 'code', code: serviceCode }),
      '/BT-10',
    );
  return { steps, lookups };
}

// --- Lines -------------------------------------------------------------------------------------

const ONE: Fixed = { units: 1n, scale: 0 };
const UNIT_PRICE_PLACES = PORTAL_LINES.fields.unitPrice.decimals.max;
const AMOUNT_PLACES = 2;

function lineSteps(
  line: NonNullable<Invoice['BG-25']>[number],
  index: number,
  notes: PlanNote[],
): LinePlan {
  const steps: FillStep<PortalLineFieldKey>[] = [];
  const at = (term: string) => `/BG-25/${index}/${term}`;
  const push = (field: PortalLineFieldKey, value: PlanValue, ...from: string[]) =>
    steps.push({ field, value, from });
  const position = index + 1;

  const number = text(line['BT-126']);
  if (number !== undefined) {
    if (number.length <= PORTAL_LINES.fields.number.maxLength)
      push('number', { kind: 'text', text: number }, at('BT-126'));
    else {
      notes.push(
        note(
          'line-number-too-long',
          `Ligne ${position} : l'identifiant « ${number} » dépasse ${PORTAL_LINES.fields.number.maxLength} caractères ; le numéro de la page est gardé.`,
          `Line ${position}: identifier "${number}" is longer than ${PORTAL_LINES.fields.number.maxLength} characters; the page's number is kept.`,
          at('BT-126'),
        ),
      );
    }
  }
  const reference = text(line['BG-31']?.['BT-155']);
  if (reference !== undefined)
    push('reference', { kind: 'text', text: reference }, `/BG-25/${index}/BG-31/BT-155`);
  const name = text(line['BG-31']?.['BT-153']);
  if (name !== undefined)
    push('designation', { kind: 'text', text: name }, `/BG-25/${index}/BG-31/BT-153`);

  const quantityText = text(line['BT-129']);
  const quantity = quantityText === undefined ? undefined : parseFixed(quantityText);
  if (quantityText !== undefined) {
    push('quantity', { kind: 'decimal', value: quantityText }, at('BT-129'));
    if (
      quantity !== undefined &&
      significantDecimals(quantity) > PORTAL_LINES.fields.quantity.decimals.max
    ) {
      notes.push(
        note(
          'quantity-rounded',
          `Ligne ${position} : la quantité ${quantityText} est arrondie à 4 décimales.`,
          `Line ${position}: quantity ${quantityText} is rounded to 4 decimals.`,
          at('BT-129'),
        ),
      );
    }
  }

  const unitCode = text(line['BT-130']);
  if (unitCode !== undefined) {
    const unit = portalUnitOf(unitCode);
    if (unit !== undefined)
      push('unit', { kind: 'option', wanted: unitWanted(unit) }, at('BT-130'));
    else {
      notes.push(
        note(
          'unit-not-listed',
          `Ligne ${position} : l'unité ${unitCode} n'a pas d'équivalent dans la liste du portail.`,
          `Line ${position}: unit ${unitCode} has no match in the portal's list.`,
          at('BT-130'),
        ),
      );
    }
  }

  // Unit price for one unit: the net price is for BT-149 units.
  const priceText = text(line['BG-29']?.['BT-146']);
  const price = priceText === undefined ? undefined : parseFixed(priceText);
  const baseText = text(line['BG-29']?.['BT-149']);
  const base = baseText === undefined ? ONE : (parseFixed(baseText) ?? ONE);
  let unitPrice =
    price === undefined
      ? undefined
      : isZero(base)
        ? undefined
        : compareFixed(base, ONE) === 0
          ? price
          : divide(price, base, UNIT_PRICE_PLACES);
  const net = parseFixed(text(line['BT-131']) ?? '');

  // Discount: what makes quantity × price − discount = BT-131 on the page.
  let discount: Fixed | undefined;
  if (unitPrice !== undefined && quantity !== undefined && net !== undefined) {
    const gross = roundTo(multiply(quantity, roundTo(unitPrice, UNIT_PRICE_PLACES)), AMOUNT_PLACES);
    const difference = roundTo(subtract(gross, net), AMOUNT_PLACES);
    if (difference.units < 0n && !isZero(quantity)) {
      // More charges than allowances: the form has no line charge; price the net amount per unit.
      unitPrice = divide(net, quantity, UNIT_PRICE_PLACES);
      notes.push(
        note(
          'line-charges-in-price',
          `Ligne ${position} : les frais dépassent les remises ; le prix unitaire saisi est BT-131 ÷ quantité.`,
          `Line ${position}: charges exceed allowances; the unit price typed is BT-131 ÷ quantity.`,
          at('BT-131'),
        ),
      );
    } else if (!isZero(difference)) {
      discount = difference;
    }
  }
  if (unitPrice !== undefined) {
    const from =
      baseText === undefined
        ? [`/BG-25/${index}/BG-29/BT-146`]
        : [`/BG-25/${index}/BG-29/BT-146`, `/BG-25/${index}/BG-29/BT-149`];
    push(
      'unitPrice',
      { kind: 'decimal', value: toModelDecimal(roundTo(unitPrice, UNIT_PRICE_PLACES)) },
      ...from,
    );
  }
  if (discount !== undefined)
    push(
      'discount',
      { kind: 'decimal', value: toModelDecimal(discount) },
      at('BT-131'),
      at('BG-27'),
      at('BG-28'),
    );

  const category = text(line['BG-30']?.['BT-151']);
  const rate = text(line['BG-30']?.['BT-152']) ?? (category !== undefined ? '0' : undefined);
  if (rate !== undefined)
    push('vatRate', { kind: 'vat-rate', rate }, `/BG-25/${index}/BG-30/BT-152`);
  else {
    notes.push(
      note(
        'line-vat-rate-missing',
        `Ligne ${position} : ni taux ni catégorie de TVA (BG-30).`,
        `Line ${position}: no VAT rate or category (BG-30).`,
        `/BG-25/${index}/BG-30`,
      ),
    );
  }
  const netText = text(line['BT-131']);
  if (netText !== undefined) push('netAmount', { kind: 'decimal', value: netText }, at('BT-131'));
  return { line: index, steps };
}

// --- VAT recap, amounts, attachments, comment --------------------------------------------------

/** The same text for the same rate however written: `5.5`, `5.50` → `5.500000`. */
function rateKey(rate: Fixed): string {
  const rounded = roundTo(rate, 6);
  return toModelDecimal({ units: rounded.units * 10n ** BigInt(6 - rounded.scale), scale: 6 });
}

function recapTargets(invoice: Invoice): RecapTarget[] {
  const byRate = new Map<string, { rate: Fixed; base: Fixed; tax: Fixed; from: string[] }>();
  (invoice['BG-23'] ?? []).forEach((breakdown, index) => {
    const rate = parseFixed(text(breakdown['BT-119']) ?? '0');
    const base = parseFixed(text(breakdown['BT-116']) ?? '');
    const tax = parseFixed(text(breakdown['BT-117']) ?? '');
    if (rate === undefined || base === undefined || tax === undefined) return;
    const key = rateKey(rate);
    const group = byRate.get(key);
    if (group === undefined) byRate.set(key, { rate, base, tax, from: [`/BG-23/${index}`] });
    else
      byRate.set(key, {
        rate,
        base: add(group.base, base),
        tax: add(group.tax, tax),
        from: [...group.from, `/BG-23/${index}`],
      });
  });
  return [...byRate.values()].map((group) => ({
    rate: toModelDecimal(group.rate),
    base: toModelDecimal(group.base),
    vatAmount: toModelDecimal(group.tax),
    from: group.from,
  }));
}

function trailerSteps(
  invoice: Invoice,
  options: FillOptions,
  notes: PlanNote[],
): FillStep<PortalFormFieldKey>[] {
  const steps: FillStep<PortalFormFieldKey>[] = [];
  const totals = invoice['BG-22'];
  const expect = (field: PortalFormFieldKey, term: 'BT-109' | 'BT-110' | 'BT-112' | 'BT-115') => {
    const value = text(totals?.[term]);
    if (value !== undefined)
      steps.push({ field, value: { kind: 'decimal', value }, from: [`/BG-22/${term}`] });
  };
  expect('totalWithoutVat', 'BT-109');
  expect('totalVat', 'BT-110');
  expect('totalWithVat', 'BT-112');
  expect('amountDue', 'BT-115');

  const attachments = (invoice['BG-24'] ?? [])
    .map((document, index) => ({ object: document['BT-125'], at: `/BG-24/${index}/BT-125` }))
    .filter((entry) => entry.object?.content !== undefined && entry.object.filename !== undefined);
  if (options.mainDocument !== undefined) {
    steps.push({
      field: 'attachmentFile',
      value: { kind: 'file', file: options.mainDocument },
      from: ['options.mainDocument'],
    });
    steps.push({
      field: 'attachmentType',
      value: option(
        { by: 'value', value: 'FACTURE' },
        { by: 'label', label: 'Facture (pièce principale)' },
      ),
      from: ['options.mainDocument'],
    });
  } else {
    const [first] = attachments;
    if (first?.object?.content !== undefined && first.object.filename !== undefined) {
      const file: PlanFile = {
        filename: first.object.filename,
        mimeCode: first.object.mimeCode ?? 'application/octet-stream',
        content: first.object.content,
      };
      steps.push({ field: 'attachmentFile', value: { kind: 'file', file }, from: [first.at] });
      steps.push({
        field: 'attachmentType',
        value: option(
          { by: 'value', value: 'PIECE_COMPLEMENTAIRE' },
          { by: 'label', label: 'Pièce jointe complémentaire' },
        ),
        from: [first.at],
      });
    }
  }
  const carried = options.mainDocument === undefined ? 1 : 0;
  if (attachments.length > carried) {
    notes.push(
      note(
        'attachments-not-carried',
        `${attachments.length - carried} pièce(s) jointe(s) de la facture ne sont pas déposées : ajoutez-les dans « Pièces jointes ».`,
        `${attachments.length - carried} attachment(s) of the invoice are not uploaded: add them under "Pièces jointes".`,
        '/BG-24',
      ),
    );
  }

  const free = (invoice['BG-1'] ?? [])
    .map((entry, index) => ({ note: text(entry['BT-22']), subject: text(entry['BT-21']), index }))
    .filter(
      (entry): entry is { note: string; subject: undefined; index: number } =>
        entry.note !== undefined && entry.subject === undefined,
    );
  if (free.length > 0) {
    const comment = free.map((entry) => entry.note).join('\n');
    if (comment.length <= COMMENT_MAX_LENGTH) {
      steps.push({
        field: 'comment',
        value: { kind: 'text', text: comment },
        from: free.map((entry) => `/BG-1/${entry.index}/BT-22`),
      });
    } else {
      notes.push(
        note(
          'comment-too-long',
          `Les notes libres font ${comment.length} caractères ; le commentaire en accepte ${COMMENT_MAX_LENGTH} : résumez-les.`,
          `The free notes are ${comment.length} characters long; the comment takes ${COMMENT_MAX_LENGTH}: shorten them.`,
          '/BG-1',
        ),
      );
    }
  }
  return steps;
}

/** The ordered steps that fill the portal form with an invoice, and what the form cannot hold. */
export function fillPlan(
  invoice: Invoice,
  profile?: SupplierProfile,
  options: FillOptions = {},
): FillPlan {
  const notes: PlanNote[] = [];
  const { steps: header, lookups } = headerSteps(invoice, profile, options, notes);
  const lines = (invoice['BG-25'] ?? []).map((line, index) => lineSteps(line, index, notes));
  const vatRecap = recapTargets(invoice);
  const trailer = [...lookups, ...trailerSteps(invoice, options, notes)];
  return { header, lines, vatRecap, trailer, notes };
}

/** The billing frame (« Cadre de facturation ») and what frames A2, A9 and A12 need. */
import {
  ALREADY_PAID_FRAME,
  type BillingFrame,
  FRAME_NAMES,
  FRAMES_WITH_VALIDATOR,
  REFORM_MODE_FRAMES,
  SIMPLE_FORM_FRAMES,
} from '../../chorus/billing-frames';
import { frameOfInvoice, type InvoiceFrame } from '../../chorus/frame-of-invoice';
import { portalFieldText } from '../../chorus/portal-fields';
import type { LocalizedText } from '../../i18n/text';
import * as siret from '../../identifiers/siret';
import { equalDecimal, isDecimalString, pointer, round2 } from '../../model';
import { NONE, type RuleContext, type Violation } from '../rule';
import { type ChorusRule, chorusRule, memoized } from './define';
import { change, fillIn, quote, sentences, verify } from './text';

export function frameOf(context: RuleContext): InvoiceFrame {
  return memoized(context, 'chorus:frame', () =>
    frameOfInvoice(context.invoice, context.options.cadre?.code),
  );
}

function frameText(frame: BillingFrame): LocalizedText {
  const name = FRAME_NAMES[frame];
  return name
    ? { fr: `${frame} (${name.fr})`, en: `${frame} (${name.en})` }
    : { fr: frame, en: frame };
}

const SOURCE_TEXT: Record<InvoiceFrame['source'], LocalizedText> = {
  option: { fr: 'indiqué pour le dépôt', en: 'given for the deposit' },
  'BT-23': { fr: 'lu en BT-23', en: 'read from BT-23' },
  'BT-24': { fr: 'lu en BT-24', en: 'read from BT-24' },
  'reform-mode': {
    fr: 'déduit du cadre de la réforme en BT-23',
    en: 'derived from the reform billing mode in BT-23',
  },
  default: { fr: 'supposé', en: 'assumed' },
};

export const CHORUS_29 = chorusRule({
  id: 'CHORUS-29',
  bt: ['BT-23', 'BT-24'],
  severities: ['fatal', 'warning', 'info'],
  message: sentences(
    { fr: 'Cadre de facturation inconnu (A1 à A25).', en: 'Unknown billing frame (A1 to A25).' },
    change('cadre'),
  ),
  check(context) {
    const found = frameOf(context);
    const at = found.at ?? pointer('BG-2');
    if (found.frame === undefined) {
      const v = quote(found.written);
      return [
        {
          at,
          message: sentences(
            {
              fr: `Cadre de facturation ${v.fr} inconnu (${SOURCE_TEXT[found.source].fr}) : Chorus Pro connaît les cadres A1 à A25 (A1 pour une facture de fournisseur).`,
              en: `Unknown billing frame ${v.en} (${SOURCE_TEXT[found.source].en}): Chorus Pro knows frames A1 to A25 (A1 for a supplier invoice).`,
            },
            change('cadre'),
          ),
        },
      ];
    }
    if (found.source === 'default') {
      const frame = frameText(found.frame);
      return [
        {
          at,
          severity: 'info',
          message: {
            fr: `Cadre de facturation non indiqué dans la facture : ${frame.fr} est supposé (déjà payée : A2 ; sous-traitant : A9 ; cotraitant : A12). ${verify('cadre').fr}`,
            en: `Billing frame not stated in the invoice: ${frame.en} is assumed (already paid: A2; subcontractor: A9; co-contractor: A12). ${verify('cadre').en}`,
          },
        },
      ];
    }
    if (SIMPLE_FORM_FRAMES.includes(found.frame)) return NONE;
    return [
      {
        at,
        severity: 'warning',
        message: sentences(
          {
            fr: `Le cadre ${found.frame} n'est pas proposé par le formulaire « Saisir une facture » (A1, A2, A9, A12) : déposez ce document avec le formulaire de Chorus Pro prévu pour ce cadre (travaux, frais de justice…).`,
            en: `Frame ${found.frame} is not offered by the "Saisir une facture" form (A1, A2, A9, A12): deposit this document with the Chorus Pro form meant for that frame (works, legal costs…).`,
          },
          change('cadre'),
        ),
      },
    ];
  },
});

function amountText(value: string | undefined): string {
  return value ?? '—';
}

export const CHORUS_30 = chorusRule({
  id: 'CHORUS-30',
  bt: ['BT-112', 'BT-113', 'BT-115'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: 'Facture déjà payée (cadre A2) : le montant payé (BT-113) doit égaler le total TTC (BT-112) et le montant à payer (BT-115) doit être 0.',
      en: 'Already-paid invoice (frame A2): the paid amount (BT-113) must equal the total with VAT (BT-112) and the amount due (BT-115) must be 0.',
    },
    change('amountDue'),
  ),
  check(context) {
    if (frameOf(context).frame !== ALREADY_PAID_FRAME) return NONE;
    const totals = context.invoice['BG-22'];
    const total = totals?.['BT-112'];
    const paid = totals?.['BT-113'];
    const due = totals?.['BT-115'];
    // Absent or unreadable amounts fail, as the portal cannot show a fully paid invoice without them.
    const paidInFull =
      total !== undefined &&
      paid !== undefined &&
      isDecimalString(total) &&
      isDecimalString(paid) &&
      equalDecimal(round2(paid), round2(total));
    const nothingDue = due !== undefined && isDecimalString(due) && round2(due).isZero();
    if (paidInFull && nothingDue) return NONE;
    return [
      {
        at: pointer('BG-22', paidInFull ? 'BT-115' : 'BT-113'),
        message: sentences(
          {
            fr: `Facture déjà payée (cadre A2) : le montant payé (BT-113) vaut ${amountText(paid)} pour un total TTC (BT-112) de ${amountText(total)}, et le montant à payer (BT-115) vaut ${amountText(due)} ; il faut montant payé = total TTC et montant à payer = 0. Sinon, choisissez le cadre A1.`,
            en: `Already-paid invoice (frame A2): the paid amount (BT-113) is ${amountText(paid)} for a total with VAT (BT-112) of ${amountText(total)}, and the amount due (BT-115) is ${amountText(due)}; paid amount must equal the total and amount due must be 0. Otherwise choose frame A1.`,
          },
          change('amountDue'),
        ),
      },
    ];
  },
});

export const CHORUS_31 = chorusRule({
  id: 'CHORUS-31',
  bt: ['BT-23'],
  severities: ['fatal', 'info'],
  message: sentences(
    {
      fr: 'Cadres A9 et A12 : indiquez la structure valideur (le titulaire ou mandataire du marché).',
      en: 'Frames A9 and A12: give the validating structure (the main contractor or its agent).',
    },
    fillIn('validatorSiret'),
  ),
  check(context) {
    const frame = frameOf(context).frame;
    if (frame === undefined || !FRAMES_WITH_VALIDATOR.includes(frame)) return NONE;
    const cadre = context.options.cadre;
    const at = frameOf(context).at ?? pointer('BG-2');
    if (cadre === undefined) {
      return [
        {
          at,
          severity: 'info',
          message: {
            fr: `Cadre ${frame} : contrôle de la structure valideur non effectué ; elle ne figure pas dans une facture EN 16931 et n'a pas été fournie. Sur le portail, renseignez le ${portalFieldText('validatorSiret').fr}.`,
            en: `Frame ${frame}: validating structure check not run; it is not part of an EN 16931 invoice and was not given. On the portal, fill in the ${portalFieldText('validatorSiret').en}.`,
          },
        },
      ];
    }
    const found: Violation[] = [];
    const validator = cadre.validatorSiret?.trim();
    if (validator === undefined || validator === '') {
      found.push({
        at,
        message: sentences(
          {
            fr: `Cadre ${frame} : indiquez la structure valideur (le titulaire ou mandataire du marché, par son SIRET) ; Chorus Pro la demande pour ce cadre.`,
            en: `Frame ${frame}: give the validating structure (the main contractor or its agent, by its SIRET); Chorus Pro requires it for this frame.`,
          },
          fillIn('validatorSiret'),
        ),
      });
      return found;
    }
    const checked = siret.validate(validator);
    if (!checked.valid) {
      const v = quote(validator);
      found.push({
        at,
        message: sentences(
          {
            fr: `Cadre ${frame} : le SIRET de la structure valideur ${v.fr} est invalide. ${checked.message.fr}`,
            en: `Frame ${frame}: the validating structure's SIRET ${v.en} is invalid. ${checked.message.en}`,
          },
          change('validatorSiret'),
        ),
      });
    }
    const service = cadre.validatorServiceCode?.trim();
    if (cadre.validatorServiceCodeRequired === true && (service === undefined || service === '')) {
      found.push({
        at,
        message: sentences(
          {
            fr: `Cadre ${frame} : la structure valideur exige un code service.`,
            en: `Frame ${frame}: the validating structure requires a service code.`,
          },
          fillIn('validatorService'),
        ),
      });
    }
    return found;
  },
});

export const CHORUS_32 = chorusRule({
  id: 'CHORUS-32',
  bt: ['BT-23'],
  severities: ['warning'],
  message: sentences(
    {
      fr: 'Le cadre Chorus Pro ne correspond pas au cadre de facturation de la réforme (BT-23).',
      en: 'The Chorus Pro frame does not match the reform billing mode (BT-23).',
    },
    change('cadre'),
  ),
  check(context) {
    const found = frameOf(context);
    const mode = found.reformMode;
    // Only when both are stated: a frame derived from BT-23 agrees with it by construction.
    if (found.frame === undefined || mode === undefined) return NONE;
    if (found.source === 'reform-mode' || found.source === 'default') return NONE;
    const expected = REFORM_MODE_FRAMES[mode];
    if (expected === undefined || expected === found.frame) return NONE;
    const frame = frameText(found.frame);
    const wanted = frameText(expected);
    return [
      {
        at: pointer('BG-2', 'BT-23'),
        message: sentences(
          {
            fr: `Le cadre Chorus Pro ${frame.fr} ne correspond pas au cadre de facturation ${mode} (BT-23), qui appelle le cadre ${wanted.fr}.`,
            en: `Chorus Pro frame ${frame.en} does not match billing mode ${mode} (BT-23), which calls for frame ${wanted.en}.`,
          },
          change('cadre'),
        ),
      },
    ];
  },
});

export const FRAME_RULES: readonly ChorusRule[] = [CHORUS_29, CHORUS_30, CHORUS_31, CHORUS_32];

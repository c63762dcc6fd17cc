/**
 * What the recipient structure requires, from the Chorus Pro directory (`context.options.recipient`,
 * read with consulterStructure / consulterServiceStructure): a service code (BT-10), an engagement
 * number (BT-13), one of the two, or an engagement for one service. Without the directory's answer
 * these checks cannot run, and one finding (CHORUS-28) says so.
 */
import { portalFieldText } from '../../chorus/portal-fields';
import type { LocalizedText } from '../../i18n/text';
import * as siret from '../../identifiers/siret';
import { pointer } from '../../model';
import type { RecipientObligations, RuleContext } from '../rule';
import { NONE } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { recipientSiretOf } from './recipient';
import { change, fillIn, quote, sentences, verify } from './text';

const SERVICE_AT = pointer('BT-10');
const ENGAGEMENT_AT = pointer('BT-13');
/** How many service codes a message lists before « … ». */
const LISTED_SERVICES = 8;

/** « Le destinataire MAIRIE DE X (SIRET 217 500 016 00019) »: how messages name the recipient. */
function recipientText(recipient: RecipientObligations): LocalizedText {
  const number = siret.format(recipient.siret);
  return {
    fr: `Le destinataire ${recipient.name} (SIRET ${number})`,
    en: `Recipient ${recipient.name} (SIRET ${number})`,
  };
}

const hasServiceCode = (c: RuleContext) =>
  c.invoice['BT-10'] !== undefined || c.rejected.has(SERVICE_AT);
const hasEngagement = (c: RuleContext) =>
  c.invoice['BT-13'] !== undefined || c.rejected.has(ENGAGEMENT_AT);

export const CHORUS_23 = chorusRule({
  id: 'CHORUS-23',
  bt: ['BT-10'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: 'Le destinataire exige un code service (BT-10).',
      en: 'The recipient requires a service code (BT-10).',
    },
    fillIn('serviceCode'),
  ),
  check(context) {
    const recipient = context.options.recipient;
    if (!recipient?.serviceCodeRequired || hasServiceCode(context)) return NONE;
    const who = recipientText(recipient);
    return [
      {
        at: SERVICE_AT,
        message: sentences(
          {
            fr: `${who.fr} exige un code service (BT-10) : Chorus Pro rejette la facture sans lui.`,
            en: `${who.en} requires a service code (BT-10): Chorus Pro rejects the invoice without it.`,
          },
          fillIn('serviceCode'),
        ),
      },
    ];
  },
});

export const CHORUS_24 = chorusRule({
  id: 'CHORUS-24',
  bt: ['BT-13'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "Le destinataire exige un numéro d'engagement (BT-13).",
      en: 'The recipient requires a commitment (engagement) number (BT-13).',
    },
    fillIn('engagement'),
  ),
  check(context) {
    const recipient = context.options.recipient;
    if (!recipient?.engagementRequired || hasEngagement(context)) return NONE;
    const who = recipientText(recipient);
    return [
      {
        at: ENGAGEMENT_AT,
        message: sentences(
          {
            fr: `${who.fr} exige un numéro d'engagement (BT-13) : Chorus Pro rejette la facture sans lui.`,
            en: `${who.en} requires a commitment (engagement) number (BT-13): Chorus Pro rejects the invoice without it.`,
          },
          fillIn('engagement'),
        ),
      },
    ];
  },
});

export const CHORUS_25 = chorusRule({
  id: 'CHORUS-25',
  bt: ['BT-10', 'BT-13'],
  severities: ['fatal'],
  message: {
    fr: `Le destinataire exige un code service ou un numéro d'engagement : renseignez le ${portalFieldText('serviceCode').fr}, ou le ${portalFieldText('engagement').fr}.`,
    en: `The recipient requires a service code or a commitment number: fill in the ${portalFieldText('serviceCode').en}, or the ${portalFieldText('engagement').en}.`,
  },
  check(context) {
    const recipient = context.options.recipient;
    if (!recipient?.engagementOrServiceRequired) return NONE;
    // A stricter flag already asks for one of the two: CHORUS-23 or -24 says it, once.
    if (recipient.serviceCodeRequired || recipient.engagementRequired) return NONE;
    if (hasServiceCode(context) || hasEngagement(context)) return NONE;
    const who = recipientText(recipient);
    const service = portalFieldText('serviceCode');
    const engagement = portalFieldText('engagement');
    return [
      {
        at: SERVICE_AT,
        message: {
          fr: `${who.fr} exige un code service (BT-10) ou un numéro d'engagement (BT-13) : renseignez le ${service.fr}, ou le ${engagement.fr}.`,
          en: `${who.en} requires a service code (BT-10) or a commitment number (BT-13): fill in the ${service.en}, or the ${engagement.en}.`,
        },
      },
    ];
  },
});

/** Service codes compare as the portal stores them: trimmed, exact. */
function serviceOf(context: RuleContext) {
  const code = context.invoice['BT-10']?.trim();
  if (code === undefined) return undefined;
  return context.options.recipient?.services?.find((s) => s.code.trim() === code);
}

export const CHORUS_26 = chorusRule({
  id: 'CHORUS-26',
  bt: ['BT-10', 'BT-13'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "Le service du destinataire indiqué en BT-10 exige un numéro d'engagement (BT-13).",
      en: "The recipient's service given in BT-10 requires a commitment number (BT-13).",
    },
    fillIn('engagement'),
  ),
  check(context) {
    const recipient = context.options.recipient;
    // When the whole structure requires it, CHORUS-24 already said so.
    if (!recipient || recipient.engagementRequired || hasEngagement(context)) return NONE;
    const service = serviceOf(context);
    if (service?.engagementRequired !== true) return NONE;
    const code = quote(service.code.trim());
    return [
      {
        at: ENGAGEMENT_AT,
        message: sentences(
          {
            fr: `Le service ${code.fr} du destinataire ${recipient.name} exige un numéro d'engagement (BT-13) : Chorus Pro rejette la facture sans lui.`,
            en: `Service ${code.en} of recipient ${recipient.name} requires a commitment number (BT-13): Chorus Pro rejects the invoice without it.`,
          },
          fillIn('engagement'),
        ),
      },
    ];
  },
});

/**
 * The service code must be one of the recipient's services. Runs only when the caller lists them
 * (and lists at least one): an empty or missing list means « not known », not « none ». The list
 * is expected to hold the active services only (dateFinValidite not passed).
 */
export const CHORUS_27 = chorusRule({
  id: 'CHORUS-27',
  bt: ['BT-10'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "Le code service (BT-10) n'existe pas (ou plus) chez le destinataire.",
      en: 'The service code (BT-10) does not exist (any more) at the recipient.',
    },
    change('serviceCode'),
  ),
  check(context) {
    const recipient = context.options.recipient;
    const services = recipient?.services ?? [];
    const code = context.invoice['BT-10']?.trim();
    if (!recipient || services.length === 0 || code === undefined) return NONE;
    if (serviceOf(context) !== undefined) return NONE;
    const known = services.map((s) => s.code.trim());
    const listed =
      known.slice(0, LISTED_SERVICES).join(', ') + (known.length > LISTED_SERVICES ? ', …' : '');
    const v = quote(code);
    return [
      {
        at: SERVICE_AT,
        message: sentences(
          {
            fr: `Le code service ${v.fr} n'existe pas (ou plus) chez ${recipient.name} ; ses services actifs : ${listed}.`,
            en: `Service code ${v.en} does not exist (any more) at ${recipient.name}; its active services: ${listed}.`,
          },
          change('serviceCode'),
        ),
      },
    ];
  },
});

export const CHORUS_28 = chorusRule({
  id: 'CHORUS-28',
  bt: ['BT-10', 'BT-13', 'BT-47'],
  severities: ['info'],
  message: sentences(
    {
      fr: "Obligations du destinataire (code service, numéro d'engagement) non vérifiées : ses paramètres Chorus Pro n'ont pas été fournis.",
      en: 'Recipient obligations (service code, commitment number) not checked: its Chorus Pro settings were not given.',
    },
    verify('serviceCode'),
    verify('engagement'),
  ),
  check(context) {
    if (context.options.recipient !== undefined) return NONE;
    const found = recipientSiretOf(context);
    const which =
      found.kind === 'siret'
        ? {
            fr: ` pour le SIRET ${siret.format(found.siret)}`,
            en: ` for SIRET ${siret.format(found.siret)}`,
          }
        : { fr: '', en: '' };
    return [
      {
        at: pointer('BG-7'),
        severity: 'info',
        message: {
          fr: `Obligations du destinataire (code service, numéro d'engagement) non vérifiées${which.fr} : les paramètres de la structure dans l'annuaire Chorus Pro n'ont pas été fournis (annuaire non consulté, indisponible ou destinataire inconnu). Avant l'envoi, ${verify('serviceCode').fr.replace('Vérifiez', 'vérifiez')} ${verify('engagement').fr}`,
          en: `Recipient obligations (service code, commitment number) not checked${which.en}: the structure's settings from the Chorus Pro directory were not given (directory not consulted, unavailable, or recipient unknown). Before sending, ${verify('serviceCode').en.replace('Check', 'check')} ${verify('engagement').en}`,
        },
      },
    ];
  },
});

/**
 * The market number (BT-12) may be required by a recipient, but no public directory flag says
 * so. Said once, when the recipient's data is known (otherwise CHORUS-28 covers it) and the
 * invoice has no market number.
 */
export const CHORUS_18 = chorusRule({
  id: 'CHORUS-18',
  bt: ['BT-12'],
  severities: ['info'],
  message: sentences(
    {
      fr: "Contrôle du numéro de marché (BT-12) non effectué : aucune donnée publique ne dit si le destinataire l'exige.",
      en: 'Market number (BT-12) check not run: no public data says whether the recipient requires it.',
    },
    verify('market'),
  ),
  check(context) {
    if (context.options.recipient === undefined) return NONE;
    if (context.invoice['BT-12'] !== undefined || context.rejected.has(pointer('BT-12')))
      return NONE;
    return [{ at: pointer('BT-12'), severity: 'info' }];
  },
});

/** The directory data must be about the structure the invoice names. */
export const CHORUS_35 = chorusRule({
  id: 'CHORUS-35',
  bt: ['BT-47'],
  severities: ['warning'],
  message: sentences(
    {
      fr: "Le SIRET du destinataire de la facture (BT-47) n'est pas celui de la structure dont les obligations ont été lues dans l'annuaire.",
      en: 'The recipient SIRET of the invoice (BT-47) is not that of the structure whose obligations were read from the directory.',
    },
    change('recipientSiret'),
  ),
  check(context) {
    const recipient = context.options.recipient;
    if (!recipient) return NONE;
    const found = recipientSiretOf(context);
    // An invoice without a valid SIRET is CHORUS-05's finding; nothing to compare here.
    if (found.kind !== 'siret') return NONE;
    const expected = siret.compact(recipient.siret);
    if (found.siret === expected) return NONE;
    return [
      {
        at: found.source.at,
        message: sentences(
          {
            fr: `La facture est adressée au SIRET ${siret.format(found.siret)}, mais les obligations vérifiées sont celles de ${recipient.name} (SIRET ${siret.format(expected)}) : l'un des deux est erroné.`,
            en: `The invoice is addressed to SIRET ${siret.format(found.siret)}, but the obligations checked are those of ${recipient.name} (SIRET ${siret.format(expected)}): one of the two is wrong.`,
          },
          change('recipientSiret'),
        ),
      },
    ];
  },
});

export const OBLIGATION_RULES: readonly ChorusRule[] = [
  CHORUS_18,
  CHORUS_23,
  CHORUS_24,
  CHORUS_25,
  CHORUS_26,
  CHORUS_27,
  CHORUS_28,
  CHORUS_35,
];

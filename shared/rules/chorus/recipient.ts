/** The recipient's SIRET (BT-47): Destinataire › Identifiant (SIRET) du destinataire. */

import { portalFieldText } from '../../chorus/portal-fields';
import {
  findRecipientSiret,
  type RecipientSiret,
  SIRET_SCHEME,
} from '../../chorus/recipient-siret';
import type { LocalizedText } from '../../i18n/text';
import { pointer } from '../../model';
import type { RuleContext, Violation } from '../rule';
import { type ChorusRule, chorusRule, memoized } from './define';
import { change, fillIn, quote, sentences } from './text';

/** The recipient SIRET lookup, shared with the recipient-obligation rules. */
export function recipientSiretOf(context: RuleContext): RecipientSiret {
  return memoized(context, 'chorus:recipient-siret', () => findRecipientSiret(context.invoice));
}

function schemeText(scheme: string | undefined): LocalizedText {
  return scheme === undefined
    ? { fr: 'sans schéma', en: 'without a scheme' }
    : {
        fr: `sous le schéma ${scheme}, qui n'est pas celui d'un SIRET`,
        en: `under scheme ${scheme}, which is not a SIRET scheme`,
      };
}

function checkRecipientSiret(context: RuleContext): readonly Violation[] {
  const found = recipientSiretOf(context);
  switch (found.kind) {
    case 'missing':
      return [
        {
          at: pointer('BG-7', 'BT-47'),
          message: sentences(
            {
              fr: `Le SIRET du destinataire est absent : Chorus Pro identifie l'entité publique par son SIRET (14 chiffres), attendu dans l'identifiant légal de l'acheteur (BT-47) sous le schéma ${SIRET_SCHEME}.`,
              en: `The recipient SIRET is missing: Chorus Pro identifies the public entity by its 14-digit SIRET, expected in the buyer legal registration identifier (BT-47) under scheme ${SIRET_SCHEME}.`,
            },
            fillIn('recipientSiret'),
          ),
        },
      ];
    case 'siren': {
      const v = quote(found.source.id);
      return [
        {
          at: found.source.at,
          message: sentences(
            {
              fr: `L'acheteur n'est identifié que par un SIREN (${v.fr}, 9 chiffres) : Chorus Pro a besoin du SIRET (14 chiffres) de la structure publique destinataire, sous le schéma ${SIRET_SCHEME}.`,
              en: `The buyer is only identified by a SIREN (${v.en}, 9 digits): Chorus Pro needs the 14-digit SIRET of the receiving public structure, under scheme ${SIRET_SCHEME}.`,
            },
            fillIn('recipientSiret'),
          ),
        },
      ];
    }
    case 'other': {
      const v = quote(found.source.id);
      const s = schemeText(found.source.scheme);
      return [
        {
          at: found.source.at,
          message: sentences(
            {
              fr: `L'identifiant légal de l'acheteur (BT-47) ${v.fr} est donné ${s.fr} : Chorus Pro attend le SIRET du destinataire (14 chiffres) sous le schéma ${SIRET_SCHEME}.`,
              en: `The buyer legal registration identifier (BT-47) ${v.en} is given ${s.en}: Chorus Pro expects the recipient's 14-digit SIRET under scheme ${SIRET_SCHEME}.`,
            },
            change('recipientSiret'),
          ),
        },
      ];
    }
    case 'invalid': {
      const v = quote(found.source.id);
      return [
        {
          at: found.source.at,
          message: sentences(
            {
              fr: `Le SIRET du destinataire ${v.fr} (${found.source.term}) est invalide. ${found.problem.message.fr}`,
              en: `The recipient SIRET ${v.en} (${found.source.term}) is invalid. ${found.problem.message.en}`,
            },
            change('recipientSiret'),
          ),
        },
      ];
    }
    case 'siret': {
      if (!found.legacy) return [];
      return [
        {
          at: found.source.at,
          severity: 'warning',
          message: {
            fr: `Le SIRET du destinataire (${found.siret}) est donné sous le schéma 0002 : Chorus Pro l'accepte encore, mais la réforme de 2026 réserve 0002 au SIREN et place le SIRET sous le schéma ${SIRET_SCHEME} (BR-FR-32). Dans votre logiciel, déclarez-le sous le schéma ${SIRET_SCHEME} ; sur le portail, il va dans le ${portalFieldText('recipientSiret').fr}.`,
            en: `The recipient SIRET (${found.siret}) is given under scheme 0002: Chorus Pro still accepts it, but the 2026 reform keeps 0002 for the SIREN and puts the SIRET under scheme ${SIRET_SCHEME} (BR-FR-32). In your software, declare it under scheme ${SIRET_SCHEME}; on the portal it goes in the ${portalFieldText('recipientSiret').en}.`,
          },
        },
      ];
    }
  }
}

export const CHORUS_05 = chorusRule({
  id: 'CHORUS-05',
  bt: ['BT-47', 'BT-46'],
  severities: ['fatal', 'warning'],
  message: sentences(
    {
      fr: "Le SIRET du destinataire est absent ou invalide : Chorus Pro identifie l'entité publique par son SIRET (14 chiffres).",
      en: 'The recipient SIRET is missing or invalid: Chorus Pro identifies the public entity by its 14-digit SIRET.',
    },
    change('recipientSiret'),
  ),
  check: checkRecipientSiret,
});

export const RECIPIENT_RULES: readonly ChorusRule[] = [CHORUS_05];

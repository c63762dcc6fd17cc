/** Text fields the portal caps: buyer name, engagement number, service code. */
import {
  BUYER_NAME_MAX_LENGTH,
  ENGAGEMENT_MAX_LENGTH,
  SERVICE_CODE_MAX_LENGTH,
} from '../../chorus/limits';
import type { PortalFieldName } from '../../chorus/portal-fields';
import type { LocalizedText } from '../../i18n/text';
import { getAt, pointer } from '../../model';
import { NONE } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, quote, sentences, shorten, visibleLength } from './text';

interface LengthLimit {
  readonly id: string;
  readonly bt: string;
  readonly at: string;
  readonly max: number;
  readonly field: PortalFieldName;
  /** With its article: « Le nom de l'acheteur » / "The buyer name". */
  readonly subject: LocalizedText;
}

function maxLengthRule(limit: LengthLimit): ChorusRule {
  const { subject, max, field } = limit;
  return chorusRule({
    id: limit.id,
    bt: [limit.bt],
    severities: ['fatal'],
    message: sentences(
      {
        fr: `${subject.fr} (${limit.bt}) dépasse ${max} caractères.`,
        en: `${subject.en} (${limit.bt}) is longer than ${max} characters.`,
      },
      change(field),
    ),
    check({ invoice }) {
      const value = getAt(invoice, limit.at);
      if (typeof value !== 'string') return NONE;
      const length = visibleLength(value);
      if (length <= max) return NONE;
      const v = quote(shorten(value));
      return [
        {
          at: limit.at,
          message: sentences(
            {
              fr: `${subject.fr} (${limit.bt}) ${v.fr} compte ${length} caractères ; Chorus Pro en accepte ${max} au plus.`,
              en: `${subject.en} (${limit.bt}) ${v.en} has ${length} characters; Chorus Pro accepts at most ${max}.`,
            },
            change(field),
          ),
        },
      ];
    },
  });
}

export const CHORUS_10 = maxLengthRule({
  id: 'CHORUS-10',
  bt: 'BT-44',
  at: pointer('BG-7', 'BT-44'),
  max: BUYER_NAME_MAX_LENGTH,
  field: 'recipientName',
  subject: { fr: "Le nom de l'acheteur", en: 'The buyer name' },
});

export const CHORUS_15 = maxLengthRule({
  id: 'CHORUS-15',
  bt: 'BT-13',
  at: pointer('BT-13'),
  max: ENGAGEMENT_MAX_LENGTH,
  field: 'engagement',
  subject: {
    fr: "Le numéro de bon de commande ou d'engagement",
    en: 'The purchase order or commitment number',
  },
});

export const CHORUS_17 = maxLengthRule({
  id: 'CHORUS-17',
  bt: 'BT-10',
  at: pointer('BT-10'),
  max: SERVICE_CODE_MAX_LENGTH,
  field: 'serviceCode',
  subject: { fr: 'Le code service', en: 'The service code' },
});

export const LENGTH_RULES: readonly ChorusRule[] = [CHORUS_10, CHORUS_15, CHORUS_17];

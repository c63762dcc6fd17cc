/** Invoice lines: Lignes de poste. */
import { pointer } from '../../model';
import type { Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { fillIn, sentences } from './text';

/**
 * Chorus Pro rejects a line that gives a gross price (BT-148) without the price discount (BT-147),
 * even when the discount is nil (DOMAIN §3, users' rejection reports).
 */
export const CHORUS_14 = chorusRule({
  id: 'CHORUS-14',
  bt: ['BT-147', 'BT-148'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: 'Un prix brut (BT-148) est donné sans montant de remise (BT-147) ; indiquez la remise (0 si aucune).',
      en: 'A gross price (BT-148) is given without a discount amount (BT-147); give the discount (0 if none).',
    },
    fillIn('lineDiscount'),
  ),
  check({ invoice, rejected }) {
    const found: Violation[] = [];
    const lines = invoice['BG-25'] ?? [];
    for (const [n, line] of lines.entries()) {
      const price = line['BG-29'];
      const grossAt = pointer('BG-25', n, 'BG-29', 'BT-148');
      const discountAt = pointer('BG-25', n, 'BG-29', 'BT-147');
      const hasGross = price?.['BT-148'] !== undefined || rejected.has(grossAt);
      const hasDiscount = price?.['BT-147'] !== undefined || rejected.has(discountAt);
      if (!hasGross || hasDiscount) continue;
      const position = n + 1;
      const gross = price?.['BT-148'] ?? rejected.get(grossAt)?.found ?? '';
      found.push({
        at: discountAt,
        message: sentences(
          {
            fr: `Ligne ${position} : un prix brut (${gross}, BT-148) est donné sans montant de remise sur le prix (BT-147) ; indiquez la remise, 0 s'il n'y en a pas.`,
            en: `Line ${position}: a gross price (${gross}, BT-148) is given without a price discount amount (BT-147); give the discount, 0 if there is none.`,
          },
          fillIn('lineDiscount', position),
        ),
      });
    }
    return found;
  },
});

export const LINE_RULES: readonly ChorusRule[] = [CHORUS_14];

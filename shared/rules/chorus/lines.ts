/** Invoice lines: Lignes de poste. */
import { pointer } from '../../model';
import type { Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { fillIn, sentences } from './text';

const grossAt = (n: number) => pointer('BG-25', n, 'BG-29', 'BT-148');
const discountAt = (n: number) => pointer('BG-25', n, 'BG-29', 'BT-147');

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
    const anyRejected = rejected.size > 0;
    for (let n = 0; n < lines.length; n++) {
      const price = lines[n]?.['BG-29'];
      // Pointers are built only for malformed values or a violation: this runs on every line.
      const hasGross = price?.['BT-148'] !== undefined || (anyRejected && rejected.has(grossAt(n)));
      if (!hasGross) continue;
      const hasDiscount =
        price?.['BT-147'] !== undefined || (anyRejected && rejected.has(discountAt(n)));
      if (hasDiscount) continue;
      const position = n + 1;
      const gross = price?.['BT-148'] ?? rejected.get(grossAt(n))?.found ?? '';
      found.push({
        at: discountAt(n),
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

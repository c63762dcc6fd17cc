/** The comment sent to Chorus Pro (« Commentaire », API `commentaire`). */
import { COMMENT_MAX_LENGTH } from '../../chorus/limits';
import type { Invoice } from '../../model';
import { pointer } from '../../model';
import { NONE, type RuleContext } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, sentences, visibleLength } from './text';

/**
 * The comment as Chorus Pro would receive it: the free notes (BT-22) without a subject code
 * (BT-21), one per line — an *assumption* for XML flows (docs/rules/chorus.md CHORUS-16); notes
 * with a subject (PMT, PMD, AAB…) are legal mentions, not the clerk's comment.
 */
export function chorusComment(
  invoice: Invoice,
): { readonly text: string; readonly first: number } | undefined {
  const notes = invoice['BG-1'] ?? [];
  const kept: string[] = [];
  let first = -1;
  for (const [n, note] of notes.entries()) {
    if (note['BT-21'] !== undefined || note['BT-22'] === undefined) continue;
    if (first < 0) first = n;
    kept.push(note['BT-22'].trim());
  }
  return kept.length === 0 ? undefined : { text: kept.join('\n'), first };
}

export const CHORUS_16 = chorusRule({
  id: 'CHORUS-16',
  bt: ['BT-22'],
  severities: ['fatal', 'warning'],
  message: sentences(
    {
      fr: `Le commentaire dépasse ${COMMENT_MAX_LENGTH} caractères.`,
      en: `The comment is longer than ${COMMENT_MAX_LENGTH} characters.`,
    },
    change('comment'),
  ),
  check(context: RuleContext) {
    const comment = chorusComment(context.invoice);
    if (comment === undefined) return NONE;
    const length = visibleLength(comment.text);
    if (length <= COMMENT_MAX_LENGTH) return NONE;
    // The portal refuses a longer comment; in a flow the notes may be kept elsewhere, so only warn.
    const fromFlow = context.xml !== undefined;
    const flowNote = fromFlow
      ? {
          fr: ' Dans un flux, ces notes (BT-22 sans code sujet) tiendront lieu de commentaire : Chorus Pro pourrait les tronquer.',
          en: ' In a flow, these notes (BT-22 without a subject code) stand for the comment: Chorus Pro may cut them.',
        }
      : { fr: '', en: '' };
    return [
      {
        at: pointer('BG-1', comment.first, 'BT-22'),
        ...(fromFlow ? { severity: 'warning' as const } : {}),
        message: sentences(
          {
            fr: `Le commentaire compte ${length} caractères ; Chorus Pro en accepte ${COMMENT_MAX_LENGTH} au plus.${flowNote.fr}`,
            en: `The comment has ${length} characters; Chorus Pro accepts at most ${COMMENT_MAX_LENGTH}.${flowNote.en}`,
          },
          change('comment'),
        ),
      },
    ];
  },
});

export const COMMENT_RULES: readonly ChorusRule[] = [CHORUS_16];

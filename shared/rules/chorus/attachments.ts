/** Attachments (BG-24 / BT-125): Pièces jointes. */
import { extensionOf, isAllowedExtension } from '../../chorus/attachment-extensions';
import { base64DecodedSize } from '../../chorus/attachment-size';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_NAME_MAX_LENGTH,
  DEPOSIT_MAX_BYTES,
} from '../../chorus/limits';
import type { BinaryObject } from '../../model';
import { pointer } from '../../model';
import { NONE, type RuleContext, type Violation } from '../rule';
import { type ChorusRule, chorusRule, memoized } from './define';
import { change, megabytes, quote, sentences, verify } from './text';

/** An attached file of the invoice, with what the attachment rules need to know about it. */
interface Attachment {
  readonly at: string;
  /** 1-based position among the supporting documents. */
  readonly position: number;
  readonly file: BinaryObject;
  /** Decoded size in bytes; undefined when the model does not hold the content. */
  readonly bytes: number | undefined;
  /** True when the document has the content element but it is empty. */
  readonly empty: boolean;
}

function attachmentsOf(context: RuleContext): readonly Attachment[] {
  return memoized(context, 'chorus:attachments', () => {
    const found: Attachment[] = [];
    for (const [n, document] of (context.invoice['BG-24'] ?? []).entries()) {
      const file = document['BT-125'];
      if (file === undefined) continue;
      const at = pointer('BG-24', n, 'BT-125');
      const bytes = file.content === undefined ? undefined : base64DecodedSize(file.content);
      // Read from XML, a file without content had an empty element (malformed base64 is rejected
      // and reported by the reader, not counted as empty).
      const empty =
        file.content === undefined && context.xml !== undefined && !context.rejected.has(at);
      found.push({ at, position: n + 1, file, bytes: empty ? 0 : bytes, empty });
    }
    return found;
  });
}

function nameOf(attachment: Attachment): string {
  return attachment.file.filename?.trim() ?? `pièce jointe ${attachment.position}`;
}

export const CHORUS_19 = chorusRule({
  id: 'CHORUS-19',
  bt: ['BT-125'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: `Le nom d'une pièce jointe dépasse ${ATTACHMENT_NAME_MAX_LENGTH} caractères (extension comprise) ou n'a pas d'extension.`,
      en: `An attachment's file name is longer than ${ATTACHMENT_NAME_MAX_LENGTH} characters (extension included) or has no extension.`,
    },
    change('attachmentFile'),
  ),
  check(context) {
    const found: Violation[] = [];
    for (const attachment of attachmentsOf(context)) {
      const name = attachment.file.filename?.trim();
      if (name === undefined) {
        found.push({
          at: attachment.at,
          message: sentences(
            {
              fr: `La pièce jointe ${attachment.position} n'a pas de nom de fichier (attribut filename) ; Chorus Pro demande un nom avec son extension.`,
              en: `Attachment ${attachment.position} has no file name (filename attribute); Chorus Pro requires a name with its extension.`,
            },
            change('attachmentFile'),
          ),
        });
        continue;
      }
      const length = [...name].length;
      const hasExtension = extensionOf(name) !== undefined;
      if (length <= ATTACHMENT_NAME_MAX_LENGTH && hasExtension) continue;
      const v = quote(name);
      const problem =
        length > ATTACHMENT_NAME_MAX_LENGTH
          ? {
              fr: `Le nom de fichier ${v.fr} compte ${length} caractères ; Chorus Pro en accepte ${ATTACHMENT_NAME_MAX_LENGTH} au plus, extension comprise.`,
              en: `File name ${v.en} has ${length} characters; Chorus Pro accepts at most ${ATTACHMENT_NAME_MAX_LENGTH}, extension included.`,
            }
          : {
              fr: `Le nom de fichier ${v.fr} n'a pas d'extension (.pdf, .xml…) ; Chorus Pro en demande une.`,
              en: `File name ${v.en} has no extension (.pdf, .xml…); Chorus Pro requires one.`,
            };
      found.push({ at: attachment.at, message: sentences(problem, change('attachmentFile')) });
    }
    return found;
  },
});

export const CHORUS_20 = chorusRule({
  id: 'CHORUS-20',
  bt: ['BT-125'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "Le format d'une pièce jointe n'est pas accepté par Chorus Pro.",
      en: 'An attachment format is not accepted by Chorus Pro.',
    },
    change('attachmentFile'),
  ),
  check(context) {
    const found: Violation[] = [];
    for (const attachment of attachmentsOf(context)) {
      const name = attachment.file.filename?.trim();
      const extension = name === undefined ? undefined : extensionOf(name);
      if (extension === undefined || isAllowedExtension(extension)) continue;
      const v = quote(extension);
      const file = quote(nameOf(attachment));
      found.push({
        at: attachment.at,
        message: sentences(
          {
            fr: `Le format ${v.fr} de la pièce jointe ${file.fr} n'est pas accepté par Chorus Pro (acceptés entre autres : .PDF, .XML, .JPG, .PNG, .DOCX, .XLSX, .ODT, .ZIP).`,
            en: `Format ${v.en} of attachment ${file.en} is not accepted by Chorus Pro (accepted among others: .PDF, .XML, .JPG, .PNG, .DOCX, .XLSX, .ODT, .ZIP).`,
          },
          change('attachmentFile'),
        ),
      });
    }
    return found;
  },
});

export const CHORUS_21 = chorusRule({
  id: 'CHORUS-21',
  bt: ['BT-125'],
  severities: ['fatal', 'info'],
  message: sentences(
    {
      fr: 'Chaque pièce jointe doit faire moins de 10 Mo (et pas 0).',
      en: 'Each attachment must be under 10 MB (and not empty).',
    },
    change('attachmentFile'),
  ),
  check(context) {
    const found: Violation[] = [];
    for (const attachment of attachmentsOf(context)) {
      const file = quote(nameOf(attachment));
      if (attachment.bytes === undefined) {
        if (context.rejected.has(attachment.at)) continue;
        found.push({
          at: attachment.at,
          severity: 'info',
          message: {
            fr: `Taille de la pièce jointe ${file.fr} non vérifiée : son contenu n'est pas disponible ici (moins de 10 Mo exigés). ${verify('attachmentFile').fr}`,
            en: `Size of attachment ${file.en} not checked: its content is not available here (under 10 MB required). ${verify('attachmentFile').en}`,
          },
        });
        continue;
      }
      if (attachment.bytes > 0 && attachment.bytes < ATTACHMENT_MAX_BYTES) continue;
      const size = megabytes(attachment.bytes);
      const problem =
        attachment.bytes === 0
          ? {
              fr: `La pièce jointe ${file.fr} est vide ; Chorus Pro refuse un fichier de 0 octet.`,
              en: `Attachment ${file.en} is empty; Chorus Pro refuses a 0-byte file.`,
            }
          : {
              fr: `La pièce jointe ${file.fr} pèse ${size.fr} Mo : chaque fichier doit faire moins de 10 Mo.`,
              en: `Attachment ${file.en} is ${size.en} MB: each file must be under 10 MB.`,
            };
      found.push({ at: attachment.at, message: sentences(problem, change('attachmentFile')) });
    }
    return found;
  },
});

export const CHORUS_22 = chorusRule({
  id: 'CHORUS-22',
  bt: ['BT-125'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: 'La facture et ses pièces jointes dépassent 120 Mo au total.',
      en: 'The invoice and its attachments exceed 120 MB in total.',
    },
    change('attachmentFile'),
  ),
  check(context) {
    // The invoice's own file is not in the model: the attachments alone are a lower bound of
    // the deposit, enough to say when it is certainly too large.
    let total = 0;
    for (const attachment of attachmentsOf(context)) total += attachment.bytes ?? 0;
    if (total <= DEPOSIT_MAX_BYTES) return NONE;
    const size = megabytes(total);
    return [
      {
        at: pointer('BG-24'),
        message: sentences(
          {
            fr: `Les pièces jointes pèsent ${size.fr} Mo à elles seules : avec la facture, le dépôt dépasse les 120 Mo que Chorus Pro accepte. Retirez ou compressez des pièces jointes.`,
            en: `The attachments alone weigh ${size.en} MB: with the invoice, the deposit exceeds the 120 MB Chorus Pro accepts. Remove or compress attachments.`,
          },
          change('attachmentFile'),
        ),
      },
    ];
  },
});

export const ATTACHMENT_RULES: readonly ChorusRule[] = [CHORUS_19, CHORUS_20, CHORUS_21, CHORUS_22];

/**
 * Checks on the whole input before any tree is built: its size, what it is when it is not XML,
 * and characters XML forbids anywhere.
 */
import type { LocalizedText } from '../i18n/text';
import { isXmlSpace } from './chars';
import { type TextPosition, type XmlError, xmlError } from './errors';
import { positionAt } from './positions';

const LT = 0x3c;

export function tooLarge(size: number, max: number): XmlError {
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  return xmlError('xml-too-large', {
    fr: `il pèse ${mb(size)} Mo, au-delà de la limite de ${mb(max)} Mo.`,
    en: `it weighs ${mb(size)} MB, beyond the limit of ${mb(max)} MB.`,
  });
}

/** An empty document, or one whose first character is not `<`, named as well as possible. */
export function foreignText(text: string): XmlError | undefined {
  let start = 0;
  while (start < text.length && isXmlSpace(text.charCodeAt(start))) start++;
  if (start === text.length)
    return xmlError('xml-empty', { fr: 'il est vide.', en: 'it is empty.' });
  if (text.charCodeAt(start) === LT) return undefined;
  return notXml(text.slice(start, start + 8), positionAt(text, start));
}

export function binaryFormat(bytes: Uint8Array): XmlError | undefined {
  let start = 0;
  while (start < bytes.length && isXmlSpace(bytes[start] as number)) start++;
  const head = String.fromCharCode(...bytes.subarray(start, start + 4));
  return head === '%PDF' || head === 'PK\x03\x04' ? notXml(head) : undefined;
}

function notXml(head: string, position?: TextPosition): XmlError {
  let what: LocalizedText;
  if (head.startsWith('%PDF')) {
    what = {
      fr: "c'est un fichier PDF, pas un fichier XML. Pour une facture Factur-X, c'est le XML contenu dans le PDF qui est vérifié : déposez le PDF à l'endroit prévu pour les PDF.",
      en: 'it is a PDF file, not an XML file. For a Factur-X invoice, the XML inside the PDF is what gets checked: submit the PDF where PDFs are expected.',
    };
  } else if (head.startsWith('PK\x03\x04')) {
    what = {
      fr: "c'est une archive ZIP (ou un document Office), pas un fichier XML.",
      en: 'it is a ZIP archive (or an Office document), not an XML file.',
    };
  } else if (head.startsWith('{') || head.startsWith('[')) {
    what = { fr: "c'est du JSON, pas du XML.", en: 'it is JSON, not XML.' };
  } else {
    const char = String.fromCodePoint(head.codePointAt(0) ?? 0);
    what = {
      fr: `il ne commence pas par une balise XML (premier caractère : « ${char} »).`,
      en: `it does not start with an XML tag (first character: "${char}").`,
    };
  }
  return xmlError('xml-not-xml', what, position);
}

export function forbiddenChar(text: string, offset: number): XmlError {
  const code = text.codePointAt(offset) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind: LocalizedText =
    code === 0
      ? { fr: 'le caractère nul', en: 'the null character' }
      : code >= 0xd800 && code <= 0xdfff
        ? { fr: 'une moitié isolée de caractère', en: 'an unpaired half of a character' }
        : { fr: 'un caractère de contrôle', en: 'a control character' };
  return xmlError(
    'xml-char',
    {
      fr: `il contient ${kind.fr} (${hex}), interdit en XML. Le fichier est peut-être abîmé ou n'est pas du texte.`,
      en: `it contains ${kind.en} (${hex}), which XML forbids. The file may be damaged or not be text.`,
    },
    positionAt(text, offset),
  );
}

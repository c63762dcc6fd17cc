import type { LocalizedText } from '../i18n/text';

/**
 * Why a document could not be read. Stable codes: the CLI, the API and the extension key their
 * behaviour and their tests on them, never on the wording.
 */
export type XmlErrorCode =
  /** Nothing but whitespace. */
  | 'xml-empty'
  /** Not XML at all: a PDF, JSON, a ZIP, plain text… */
  | 'xml-not-xml'
  /** Larger than `maxBytes`; refused before any decoding. */
  | 'xml-too-large'
  /** Unknown or unsupported encoding, bytes invalid in the encoding, byte order mark mismatch. */
  | 'xml-encoding'
  /** A DOCTYPE: refused outright, which rules out entity expansion and external entities. */
  | 'xml-doctype'
  /** A character XML forbids (NUL, control characters, unpaired surrogates). */
  | 'xml-char'
  /** Any other breach of XML 1.0 well-formedness. */
  | 'xml-malformed'
  /** An entity other than the five predefined ones, or a bad character reference. */
  | 'xml-entity'
  /** An undeclared prefix or an illegal namespace declaration. */
  | 'xml-namespace'
  | 'xml-too-deep'
  | 'xml-too-many-elements'
  | 'xml-too-many-attributes'
  | 'xml-text-too-long'
  /** An unexpected failure of the reader itself; reported rather than thrown. */
  | 'xml-internal';

export interface XmlError {
  readonly code: XmlErrorCode;
  readonly message: LocalizedText;
  /** 1-based position in the decoded text, when the error has one. */
  readonly line?: number;
  readonly column?: number;
}

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

type Lead = 'malformed' | 'refused' | 'unreadable';

const LEADS: Record<Lead, LocalizedText> = {
  malformed: { fr: 'Le fichier XML est mal formé', en: 'The XML file is malformed' },
  refused: { fr: 'Le fichier XML est refusé', en: 'The XML file is refused' },
  unreadable: { fr: 'Le fichier XML est illisible', en: 'The XML file cannot be read' },
};

const LEAD_OF: Record<XmlErrorCode, Lead> = {
  'xml-empty': 'unreadable',
  'xml-not-xml': 'unreadable',
  'xml-too-large': 'refused',
  'xml-encoding': 'unreadable',
  'xml-doctype': 'refused',
  'xml-char': 'malformed',
  'xml-malformed': 'malformed',
  'xml-entity': 'malformed',
  'xml-namespace': 'malformed',
  'xml-too-deep': 'refused',
  'xml-too-many-elements': 'refused',
  'xml-too-many-attributes': 'refused',
  'xml-text-too-long': 'refused',
  'xml-internal': 'unreadable',
};

/**
 * « Le fichier XML est mal formé ligne 12, colonne 5 : la balise <cbc:ID> n'est pas fermée. »
 * `detail` is the specific part, lower-case first, with its final full stop.
 */
export function xmlError(
  code: XmlErrorCode,
  detail: LocalizedText,
  position?: TextPosition,
): XmlError {
  const lead = LEADS[LEAD_OF[code]];
  const fr = position ? ` ligne ${position.line}, colonne ${position.column}` : '';
  const en = position ? ` at line ${position.line}, column ${position.column}` : '';
  return {
    code,
    message: { fr: `${lead.fr}${fr} : ${detail.fr}`, en: `${lead.en}${en}: ${detail.en}` },
    ...(position ? { line: position.line, column: position.column } : {}),
  };
}

const SHOWN_NAME_MAX = 60;

/** A name or value taken from the document, cut short so a hostile file cannot flood a message. */
export function shown(text: string, max = SHOWN_NAME_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

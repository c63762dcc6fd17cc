import type { LocalizedText } from '../i18n/text';

/**
 * Why a PDF could not give its invoice. Stable codes: the CLI, the API and the extension key
 * their behaviour and their tests on them, never on the wording.
 */
export type PdfReadErrorCode =
  /** No `%PDF-` header: not a PDF at all. */
  | 'pdf-not-pdf'
  /** Larger than `maxBytes`; refused before parsing. */
  | 'pdf-too-large'
  /** More objects, or more compressed object data, than the limits allow. */
  | 'pdf-too-complex'
  /** Truncated or broken beyond what the parser can repair. */
  | 'pdf-damaged'
  /** The document is encrypted; it is never decrypted here. */
  | 'pdf-encrypted'
  /** No embedded XML invoice: a plain PDF. */
  | 'pdf-no-invoice'
  /** More than one embedded file is an XML invoice. */
  | 'pdf-several-invoices'
  /** The invoice attachment is there but its data cannot be decoded. */
  | 'pdf-attachment-unreadable';

/** The failures of opening a PDF at all, shared by reading and writing. */
export type PdfOpenErrorCode = Extract<
  PdfReadErrorCode,
  'pdf-not-pdf' | 'pdf-too-large' | 'pdf-too-complex' | 'pdf-damaged' | 'pdf-encrypted'
>;

export interface PdfOpenError {
  readonly code: PdfOpenErrorCode;
  readonly message: LocalizedText;
}

export interface PdfReadError {
  readonly code: PdfReadErrorCode;
  readonly message: LocalizedText;
  /** For `pdf-several-invoices`: the names of the competing attachments. */
  readonly attachments?: readonly string[];
}

const MIB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MIB).toFixed(bytes % MIB === 0 ? 0 : 1);
}

export function notPdf(): PdfOpenError {
  return {
    code: 'pdf-not-pdf',
    message: {
      fr: "Ce fichier n'est pas un PDF : il ne commence pas par l'en-tête %PDF-.",
      en: 'This file is not a PDF: it does not start with the %PDF- header.',
    },
  };
}

export function tooLarge(size: number, limit: number): PdfOpenError {
  return {
    code: 'pdf-too-large',
    message: {
      fr: `Le PDF pèse ${megabytes(size)} Mo, au-delà de la limite de ${megabytes(limit)} Mo : il n'est pas lu.`,
      en: `The PDF is ${megabytes(size)} MB, over the ${megabytes(limit)} MB limit: it is not read.`,
    },
  };
}

export function tooComplex(what: LocalizedText): PdfOpenError {
  return {
    code: 'pdf-too-complex',
    message: {
      fr: `Le PDF est refusé : ${what.fr}. Un PDF de facture n'en a jamais autant ; le fichier est probablement piégé ou corrompu.`,
      en: `The PDF is refused: ${what.en}. An invoice PDF never has that many; the file is probably hostile or corrupt.`,
    },
  };
}

export function damaged(detail?: string): PdfOpenError {
  return {
    code: 'pdf-damaged',
    message: {
      fr: `Le PDF est endommagé ou tronqué et ne peut pas être lu${detail ? ` (détail technique : ${detail})` : ''}. Demandez un nouvel envoi du fichier.`,
      en: `The PDF is damaged or truncated and cannot be read${detail ? ` (technical detail: ${detail})` : ''}. Ask for the file to be sent again.`,
    },
  };
}

/** Refused before parsing: reading it would cost far more than its size (see structure.ts). */
export function disordered(): PdfOpenError {
  return {
    code: 'pdf-damaged',
    message: {
      fr: 'Le PDF est trop endommagé pour être lu sans risque : une grande partie de son contenu échappe à toute structure PDF (données parasites, chaînes ou flux jamais refermés). Demandez un nouvel envoi du fichier.',
      en: 'The PDF is too damaged to be read safely: much of its content lies outside any PDF structure (stray data, strings or streams never closed). Ask for the file to be sent again.',
    },
  };
}

export function encrypted(): PdfOpenError {
  return {
    code: 'pdf-encrypted',
    message: {
      fr: "Le PDF est chiffré (protégé par mot de passe ou restrictions) : la facture qu'il contient ne peut pas être lue. Une facture Factur-X ne doit pas être chiffrée (PDF/A-3 l'interdit) ; demandez une version sans protection.",
      en: 'The PDF is encrypted (password or restrictions): the invoice inside cannot be read. A Factur-X invoice must not be encrypted (PDF/A-3 forbids it); ask for an unprotected copy.',
    },
  };
}

export function noInvoice(attachmentNames: readonly string[]): PdfReadError {
  const listed =
    attachmentNames.length === 0
      ? { fr: 'il ne contient aucune pièce jointe', en: 'it has no attachment' }
      : {
          fr: `ses pièces jointes (${attachmentNames.join(', ')}) ne sont pas des factures XML`,
          en: `its attachments (${attachmentNames.join(', ')}) are not XML invoices`,
        };
  return {
    code: 'pdf-no-invoice',
    message: {
      fr: `PDF sans facture intégrée : c'est un PDF simple (${listed.fr}). Utilisez l'extraction du contenu du PDF pour en tirer les données.`,
      en: `PDF without embedded invoice: this is a plain PDF (${listed.en}). Use extraction to get the data from its content.`,
    },
  };
}

export function severalInvoices(names: readonly string[]): PdfReadError {
  const list = names.join(', ');
  return {
    code: 'pdf-several-invoices',
    message: {
      fr: `Le PDF contient plusieurs factures XML (${list}) : impossible de savoir laquelle fait foi. Un PDF Factur-X n'en porte qu'une, nommée factur-x.xml.`,
      en: `The PDF holds several XML invoices (${list}): there is no telling which one counts. A Factur-X PDF carries exactly one, named factur-x.xml.`,
    },
    attachments: names,
  };
}

export function attachmentUnreadable(name: string, reason: LocalizedText): PdfReadError {
  return {
    code: 'pdf-attachment-unreadable',
    message: {
      fr: `La pièce jointe « ${name} » ne peut pas être décodée : ${reason.fr}.`,
      en: `The attachment "${name}" cannot be decoded: ${reason.en}.`,
    },
  };
}

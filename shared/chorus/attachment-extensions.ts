/**
 * File extensions the Chorus Pro portal accepts for attachments (« Pièces jointes »), upper-cased
 * with their dot.
 *
 * Source: `portal_attachment_allowed_extensions` in the project's Chorus Pro code list
 * (`shared/data/chorus/chorus_pro_codes.json`, collected 2025/2026 from public client code, see
 * `docs/rules/chorus.md` CHORUS-20). Not an official AIFE file: keep this list and that one in step.
 */
export const ATTACHMENT_EXTENSIONS = [
  '.BMP',
  '.GIF',
  '.FAX',
  '.ODT',
  '.PPT',
  '.TIFF',
  '.XLS',
  '.BZ2',
  '.GZ',
  '.JPEG',
  '.P7S',
  '.RTF',
  '.TXT',
  '.XML',
  '.CSV',
  '.GZIP',
  '.JPG',
  '.PDF',
  '.SVG',
  '.XHTML',
  '.XLSX',
  '.DOC',
  '.HTM',
  '.ODP',
  '.PNG',
  '.TGZ',
  '.XLC',
  '.ZIP',
  '.DOCX',
  '.HTML',
  '.ODS',
  '.PPS',
  '.TIF',
  '.XLM',
  '.PPTX',
] as const;
export type AttachmentExtension = (typeof ATTACHMENT_EXTENSIONS)[number];

const ALLOWED: ReadonlySet<string> = new Set(ATTACHMENT_EXTENSIONS);

/**
 * The extension of a file name, upper-cased with its dot (`facture.Pdf` → `.PDF`), or undefined
 * when the name has none (no dot, or a dot only in first or last position).
 */
export function extensionOf(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.');
  if (dot <= 0 || dot === filename.length - 1) return undefined;
  return filename.slice(dot).toUpperCase();
}

export function isAllowedExtension(extension: string): extension is AttachmentExtension {
  return ALLOWED.has(extension.toUpperCase());
}

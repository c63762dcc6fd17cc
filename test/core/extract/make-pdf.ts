/**
 * Small PDFs drawn for the tests with @cantoo/pdf-lib: text at given places (y measured from the
 * top, as a reader sees the page), in Helvetica, A4.
 */
import { PDFDocument, type PDFFont, rgb, StandardFonts } from '@cantoo/pdf-lib';

export interface Text {
  readonly text: string;
  readonly x: number;
  /** Baseline, from the top of the page. */
  readonly y: number;
  readonly size?: number;
  readonly bold?: boolean;
}

/** One page's texts; a page given as `'blank'` has a drawn frame and no text (a scan, in effect). */
export type PageContent = readonly Text[] | 'blank';

export interface MakeOptions {
  readonly userPassword?: string;
}

const A4 = [595.28, 841.89] as const;

export async function makePdf(
  pages: readonly PageContent[],
  options: MakeOptions = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  for (const content of pages) {
    const page = document.addPage([A4[0], A4[1]]);
    if (content === 'blank') {
      page.drawRectangle({
        x: 40,
        y: 40,
        width: 500,
        height: 700,
        borderColor: rgb(0, 0, 0),
        borderWidth: 2,
      });
      page.drawRectangle({ x: 60, y: 600, width: 200, height: 80, color: rgb(0.6, 0.6, 0.6) });
      continue;
    }
    for (const item of content) {
      const font: PDFFont = item.bold ? bold : regular;
      page.drawText(item.text, { x: item.x, y: A4[1] - item.y, size: item.size ?? 10, font });
    }
  }
  if (options.userPassword) {
    // AES-128 keeps the test fast; the reader's answer does not depend on the cipher.
    document.encrypt({
      userPassword: options.userPassword,
      ownerPassword: `${options.userPassword}-owner`,
      algorithm: 'AES-128',
    });
  }
  return document.save();
}

/** Width of `text` in Helvetica at `size`, to place a run right after another. */
export async function textWidth(text: string, size: number): Promise<number> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  return font.widthOfTextAtSize(text, size);
}

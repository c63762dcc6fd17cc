/**
 * A cursor over A4 pages: writes text top to bottom and starts a new page when the next block
 * does not fit, calling back so that a table can repeat its header. Coordinates are PDF points
 * from the bottom-left corner; `y` is the baseline of the next line.
 */
import { type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { drawable, wrap } from './text';

export const PAGE = { width: 595.28, height: 841.89, margin: 42, footer: 36 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.75, 0.75, 0.75);

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly muted?: boolean;
  /** `right`: `x` is the right edge of the text. */
  readonly align?: 'left' | 'right';
}

export class PageWriter {
  readonly pages: PDFPage[] = [];
  y = 0;
  /** Called after a page break, before the block that caused it (table headers). */
  onNewPage: (() => void) | undefined;

  private constructor(
    private readonly document: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {}

  static async open(document: PDFDocument): Promise<PageWriter> {
    const regular = await document.embedFont(StandardFonts.Helvetica);
    const bold = await document.embedFont(StandardFonts.HelveticaBold);
    const writer = new PageWriter(document, regular, bold);
    writer.addPage();
    return writer;
  }

  get page(): PDFPage {
    return this.pages[this.pages.length - 1] as PDFPage;
  }

  private addPage(): void {
    this.pages.push(this.document.addPage([PAGE.width, PAGE.height]));
    this.y = PAGE.height - PAGE.margin;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): void {
    if (this.y - height >= PAGE.margin + PAGE.footer) return;
    this.addPage();
    this.onNewPage?.();
  }

  down(points: number): void {
    this.y -= points;
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.bold : this.regular;
  }

  /** One line of text at the cursor's baseline (not advancing it). */
  text(value: string, x: number, style: TextStyle = {}): void {
    const font = this.font(style);
    const size = style.size ?? 9;
    const shown = drawable(value, font).replace(/\n/g, ' ');
    const left = style.align === 'right' ? x - font.widthOfTextAtSize(shown, size) : x;
    this.page.drawText(shown, { x: left, y: this.y, size, font, color: style.muted ? MUTED : INK });
  }

  /** Lines of `value` wrapped to `width`; returns how many. */
  lines(value: string, width: number, style: TextStyle = {}): string[] {
    return wrap(value, this.font(style), style.size ?? 9, width);
  }

  /** A wrapped paragraph at `x`, advancing the cursor; breaks pages between lines. */
  paragraph(value: string, x: number, width: number, style: TextStyle = {}): void {
    const size = style.size ?? 9;
    for (const line of this.lines(value, width, style)) {
      this.ensure(size * 1.3);
      this.text(line, x, style);
      this.down(size * 1.3);
    }
  }

  /** A horizontal rule just under the cursor. */
  rule(from: number = PAGE.margin, to: number = PAGE.width - PAGE.margin): void {
    this.page.drawLine({
      start: { x: from, y: this.y + 3 },
      end: { x: to, y: this.y + 3 },
      thickness: 0.5,
      color: RULE,
    });
  }

  /** Writes `Page n / N` at the foot of every page, once all pages exist. */
  numberPages(label: (page: number, total: number) => string): void {
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      const text = label(index + 1, total);
      const width = this.regular.widthOfTextAtSize(text, 8);
      page.drawText(text, {
        x: PAGE.width - PAGE.margin - width,
        y: PAGE.margin / 2,
        size: 8,
        font: this.regular,
        color: MUTED,
      });
    });
  }
}

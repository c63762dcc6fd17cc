import type { Invoice, TermId } from '../model';
import type { Finding, SourceLocation } from '../rules/finding';

/**
 * Where each business term of a model came from: JSON pointer into the model (`/BG-25/1/BT-131`,
 * see shared/model/paths.ts) → position in the source document. Groups have entries too, so a
 * finding about a whole group (a missing term inside it) can point at the group's element.
 */
export type SourceMap = ReadonlyMap<string, SourceLocation>;

/**
 * What a syntax reader (UBL, CII) gives: the model, where every term came from, and what the
 * reader itself had to leave out (a malformed amount, an impossible date…) as findings, so that
 * nothing a document says is silently lost.
 */
export interface ReadResult {
  readonly invoice: Invoice;
  readonly sources: SourceMap;
  readonly findings: readonly Finding[];
  /**
   * Values present in the document that the model cannot hold (a date written `123`), by the JSON
   * pointer they would have had. Rules that only ask whether a term is *present* (as the official
   * schematron does with `exists()`) must see them, or they would report a term as missing when it
   * is only malformed.
   */
  readonly rejected?: ReadonlyMap<string, RejectedValue>;
  /**
   * Terms whose element (or attribute) is in the document but blank, by the pointer they would
   * have had (a repeatable term's without an index, as for `rejected`), and the blank scheme of
   * an identifier that has a value (`…/BT-34/scheme`). The model leaves them out like absent
   * terms; the schematron's `exists()` still sees them (`normalize-space(x) != ''` does not).
   */
  readonly blank?: ReadonlySet<string>;
}

/** A value found in the document that the model cannot hold (reported as VALUE-FORMAT). */
export interface RejectedValue {
  readonly term: TermId;
  /** The text as written. */
  readonly found: string;
  readonly location: SourceLocation;
}

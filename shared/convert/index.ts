/**
 * Conversion of invoices, once for every caller: `readSource` takes a file (UBL or CII XML, a
 * Factur-X PDF, a plain PDF through extraction, the model's JSON) into the EN 16931 model;
 * `convertInvoice` writes the model as CII, UBL, a Factur-X PDF or JSON. The CLI (`convert`) and
 * the edge (`POST /v1/convert`) only move bytes in and out and turn failures into their own words
 * (an exit status, a problem). Neither function throws on a document: failures are values with a
 * stable code and a bilingual message (failure.ts).
 *
 * The CLI and the edge each had their own copy of this; where they differed, the choice was:
 * - `from`: the edge's. Given, it must match the bytes (`from-mismatch`, a request failure);
 *   `from: 'pdf'` reads the text even of a Factur-X PDF; `from: 'facturx'` never falls back to
 *   the text. The CLI has no `--from` and sniffs, as the edge does without it.
 * - Sniffing: the edge's (sniff.ts: `%PDF-`, then `<` or `{` after white space and a UTF-8 byte
 *   order mark, UTF-16 byte order marks as XML). The CLI's skipped any byte of a byte order mark
 *   anywhere. Bytes that show nothing are read as XML, as both did.
 * - Failure codes: the readers' own codes (`xml-malformed`, `xml-doctype`, `pdf-encrypted`…),
 *   as the edge gave them in `reason`, instead of the CLI's `xml-unreadable` for all of XML;
 *   `not-an-invoice` with what the document is (`detected`); broken JSON is `json-syntax`, apart
 *   from `json-invalid` (the CLI had both as `json-invalid`); not UTF-8 is `json-encoding` (the
 *   CLI's `json-unreadable`); extraction failures keep the CLI's `extract-<code>` and
 *   `extract-nothing`; the Factur-X writer's codes as they are, at the `write` stage.
 * - Messages: the XML reader's message as it is (it already names line and column; the CLI added
 *   the line a second time), prefixed when the XML is the one inside a PDF (the edge's; now the
 *   CLI says so too). JSON gaps: the first three with their pointers (the CLI's) and all of them
 *   in `issues` (what the edge lists in `errors`).
 * - Notes: the edge's form `{ code, term?, message }`, so the CLI's notes carry the reader's rule
 *   id too. The extraction summary keeps the CLI's lowest confidence, and no longer says "PDF
 *   without an XML invoice" when the text was read because the caller asked.
 * - Limits, the PDF's date: the edge's options (`limits`, `date`, `pdfLimits`); absent, the
 *   domain defaults, which is what the CLI had.
 * - A profile for UBL or JSON: the edge refused it, the CLI refused it at its arguments; it is now
 *   a request failure here (`profile-not-applicable`), and `takesProfile` lets the CLI refuse it
 *   before reading any file.
 * - Output media type and file extension: the edge's table, which the CLI's output names follow.
 */
export {
  type ConversionSource,
  type Converted,
  type ConvertOptions,
  convertInvoice,
} from './convert-invoice';
export {
  type ConversionFailure,
  type Failed,
  inEmbeddedXml,
  type ReadFailureCode,
  type RequestFailureCode,
} from './failure';
export {
  CONTAINER_OF,
  type Container,
  SOURCE_FORMATS,
  type SourceFormat,
  TARGET_FORMATS,
  TARGET_OUTPUTS,
  type TargetFormat,
  type TargetOutput,
  takesProfile,
} from './formats';
export {
  type ReadLimits,
  type ReadSourceOptions,
  readSource,
  type SourceInvoice,
  type SourceNote,
  type SourceResult,
} from './read-source';
export { type SniffedFormat, sniffFormat } from './sniff';

/**
 * The part of libxml2-wasm this layer uses, described here so that `shared/` holds no platform
 * code: each platform loads libxml2-wasm its own way (Node and the browser as published, workerd
 * with its wasm imported as a module) and passes the module in.
 */
export interface LibxmlErrorDetail {
  readonly message: string;
  /** libxml2 error level: 1 warning, 2 error, 3 fatal. */
  readonly level: number;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  readonly col: number;
  readonly xpath?: string;
  readonly file?: string;
}

export interface LibxmlParseOptions {
  readonly url?: string;
  /** Bit set of libxml2 parser options (`xmlParserOption`). */
  readonly option?: number;
}

export interface LibxmlDocument {
  dispose(): void;
}

export interface LibxmlSchema {
  /** Throws an error carrying `details` when the document is invalid. */
  validate(document: LibxmlDocument): void;
  dispose(): void;
}

/** libxml2's virtual I/O: the only way schema imports are read. */
export interface LibxmlInputProvider {
  match(filename: string): boolean;
  open(filename: string): number | undefined;
  read(fd: number, buffer: Uint8Array): number;
  close(fd: number): boolean;
}

export interface LibxmlModule {
  readonly XmlDocument: {
    fromString(source: string, options?: LibxmlParseOptions): LibxmlDocument;
    fromBuffer(source: Uint8Array, options?: LibxmlParseOptions): LibxmlDocument;
  };
  readonly XsdValidator: {
    fromDoc(schema: LibxmlDocument): LibxmlSchema;
  };
  xmlRegisterInputProvider(provider: LibxmlInputProvider): boolean;
  openBuffer(buffer: Uint8Array): number;
  readBuffer(fd: number, buffer: Uint8Array): number;
  closeBuffer(fd: number): void;
}

/** libxml2 `xmlParserOption` bits (values of the libxml2 API). */
export const PARSE_NONET = 1 << 11;
export const PARSE_BIG_LINES = 1 << 22;
export const PARSE_NO_XXE = 1 << 23;

/**
 * Options for every document this layer parses: no network, no external entity or DTD, no entity
 * substitution (XML_PARSE_NOENT stays off), line numbers past 65535 kept.
 */
export const SAFE_PARSE_OPTIONS = PARSE_NONET | PARSE_NO_XXE | PARSE_BIG_LINES;

/** The libxml2 error details an exception carries, if it carries any. */
export function libxmlErrorDetails(error: unknown): readonly LibxmlErrorDetail[] {
  if (typeof error !== 'object' || error === null || !('details' in error)) return [];
  const { details } = error;
  return Array.isArray(details) ? details.filter(isErrorDetail) : [];
}

function isErrorDetail(value: unknown): value is LibxmlErrorDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'string' &&
    'line' in value &&
    typeof value.line === 'number'
  );
}

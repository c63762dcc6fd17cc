import type { LocalizedText } from '../i18n/text';
import type { Finding, Severity } from '../rules/finding';
import {
  type TranslatedMessage,
  translateParseMessage,
  translateSchemaMessage,
  XSD_RULES,
} from './libxml-messages';
import {
  type LibxmlDocument,
  type LibxmlErrorDetail,
  type LibxmlModule,
  type LibxmlSchema,
  libxmlErrorDetails,
  SAFE_PARSE_OPTIONS,
} from './libxml-module';
import { SCHEMA_FILES, SCHEMA_ROOTS } from './schema-bundle.generated';
import { SCHEMA_BASE_URL, schemaFileServerFor } from './schema-files';
import type { XsdSchemaSet } from './schema-sets';

/**
 * What the XSD layer reports: the findings when it could check the document, or why it could
 * not (libxml2 failed to load or crashed, a schema did not compile). An `error` must never be
 * read as "valid": the engine turns it into the verdict `error`.
 */
export type XsdLayerResult =
  | { readonly status: 'ran'; readonly set: XsdSchemaSet; readonly findings: readonly Finding[] }
  | {
      readonly status: 'error';
      readonly set: XsdSchemaSet;
      readonly message: LocalizedText;
      /** libxml2's or the runtime's own words, for logs. */
      readonly cause: string;
    };

export interface XsdValidator {
  /** Checks a document (text, or bytes in the encoding its XML declaration names). Never throws. */
  validate(document: string | Uint8Array, set: XsdSchemaSet): Promise<XsdLayerResult>;
  /** Loads libxml2 and compiles a set ahead of the first document (e.g. at start-up). */
  prepare(
    set: XsdSchemaSet,
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly cause: string }>;
}

export interface XsdValidatorOptions {
  /** Findings kept per document; past this an info finding says how many were left out. */
  readonly maxFindings?: number;
}

/**
 * An XSD validator over a libxml2 the caller loads (each platform has its own way). libxml2 loads
 * on first use; each schema set compiles once, on first use, and stays compiled for the life of the
 * process, isolate or page.
 */
export function createXsdValidator(
  loadLibxml: () => Promise<LibxmlModule>,
  options: XsdValidatorOptions = {},
): XsdValidator {
  const maxFindings = options.maxFindings ?? 200;
  let libxml: Promise<LibxmlModule> | undefined;
  const compiled = new Map<XsdSchemaSet, LibxmlSchema>();

  async function ready(): Promise<LibxmlModule> {
    libxml ??= loadLibxml().then((module) => {
      schemaFileServerFor(module, SCHEMA_FILES);
      return module;
    });
    try {
      return await libxml;
    } catch (error) {
      libxml = undefined; // a failed load may succeed later; a loaded libxml2 is kept
      throw error;
    }
  }

  async function schemaFor(set: XsdSchemaSet): Promise<LibxmlSchema> {
    const module = await ready();
    const known = compiled.get(set);
    if (known !== undefined) return known;
    const schema = compileSchema(module, set);
    compiled.set(set, schema);
    return schema;
  }

  return {
    async prepare(set) {
      try {
        await schemaFor(set);
        return { ok: true };
      } catch (error) {
        return { ok: false, cause: describe(error) };
      }
    },

    async validate(document, set) {
      let schema: LibxmlSchema;
      let module: LibxmlModule;
      try {
        module = await ready();
        schema = await schemaFor(set);
      } catch (error) {
        return layerError(set, error, {
          fr: `Le contrôle de structure (XSD) n'a pas pu être préparé pour le schéma ${set} : le document n'a pas été vérifié.`,
          en: `The structure (XSD) check could not be set up for schema ${set}: the document was not checked.`,
        });
      }
      try {
        return {
          status: 'ran',
          set,
          findings: checkDocument(module, schema, document, maxFindings),
        };
      } catch (error) {
        return layerError(set, error, {
          fr: 'Le contrôle de structure (XSD) a échoué sur ce document : il n’a pas pu être vérifié.',
          en: 'The structure (XSD) check failed on this document: it could not be checked.',
        });
      }
    },
  };
}

function compileSchema(libxml: LibxmlModule, set: XsdSchemaSet): LibxmlSchema {
  const rootPath = SCHEMA_ROOTS[set];
  const server = schemaFileServerFor(libxml, SCHEMA_FILES);
  const refusedBefore = server.refusedCount;
  const rootText = SCHEMA_FILES[rootPath];
  if (rootText === undefined) throw new Error(`schema ${rootPath} is missing from the bundle`);
  const schemaDocument = libxml.XmlDocument.fromString(rootText, {
    url: `${SCHEMA_BASE_URL}${rootPath}`,
    option: SAFE_PARSE_OPTIONS,
  });
  try {
    return libxml.XsdValidator.fromDoc(schemaDocument);
  } catch (error) {
    const newlyRefused = server.refusedCount - refusedBefore;
    const refused = newlyRefused > 0 ? server.refused.slice(-newlyRefused) : [];
    const suffix = refused.length > 0 ? ` (imports not in the bundle: ${refused.join(', ')})` : '';
    throw new Error(`schema set ${set} did not compile: ${describe(error)}${suffix}`);
  } finally {
    schemaDocument.dispose();
  }
}

/** Parses and validates one document; throws only when libxml2 itself fails. */
function checkDocument(
  libxml: LibxmlModule,
  schema: LibxmlSchema,
  document: string | Uint8Array,
  maxFindings: number,
): Finding[] {
  if (isEmpty(document)) {
    return [
      {
        rule: XSD_RULES.notWellFormed,
        severity: 'fatal',
        layer: 'xsd',
        message: { fr: 'Le document est vide.', en: 'The document is empty.' },
        bt: [],
      },
    ];
  }
  let parsed: LibxmlDocument;
  try {
    parsed =
      typeof document === 'string'
        ? libxml.XmlDocument.fromString(document, { option: SAFE_PARSE_OPTIONS })
        : libxml.XmlDocument.fromBuffer(document, { option: SAFE_PARSE_OPTIONS });
  } catch (error) {
    const details = libxmlErrorDetails(error);
    if (details.length === 0) throw error;
    return limit(findingsFrom(details, translateParseMessage), maxFindings);
  }
  try {
    schema.validate(parsed);
    return [];
  } catch (error) {
    const details = libxmlErrorDetails(error);
    // No details: libxml2 could not run the validation at all (e.g. an entity reference it
    // cannot resolve); reporting "no finding" would claim the document valid.
    if (details.length === 0) throw error;
    return limit(findingsFrom(details, translateSchemaMessage), maxFindings);
  } finally {
    parsed.dispose();
  }
}

function isEmpty(document: string | Uint8Array): boolean {
  return typeof document === 'string' ? document.trim() === '' : document.length === 0;
}

function findingsFrom(
  details: readonly LibxmlErrorDetail[],
  translate: (raw: string) => TranslatedMessage,
): Finding[] {
  return details.map((detail) => {
    const { rule, message } = translate(detail.message);
    return {
      rule,
      severity: severityOf(detail.level),
      layer: 'xsd',
      message,
      bt: [],
      location: {
        ...(detail.xpath === undefined ? {} : { xpath: detail.xpath }),
        ...(detail.line > 0 ? { line: detail.line } : {}),
        ...(detail.col > 0 ? { column: detail.col } : {}),
      },
    };
  });
}

function severityOf(level: number): Severity {
  return level <= 1 ? 'warning' : 'fatal';
}

function limit(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const left = findings.length - max;
  return [
    ...findings.slice(0, max),
    {
      rule: XSD_RULES.other,
      severity: 'info',
      layer: 'xsd',
      message: {
        fr: `${left} autre(s) écart(s) au schéma non affiché(s) : corrigez d'abord les premiers.`,
        en: `${left} more schema error(s) not shown: fix the first ones first.`,
      },
      bt: [],
    },
  ];
}

function layerError(set: XsdSchemaSet, error: unknown, message: LocalizedText): XsdLayerResult {
  return { status: 'error', set, message, cause: describe(error) };
}

function describe(error: unknown): string {
  const details = libxmlErrorDetails(error)
    .map((detail) => detail.message.trim())
    .join('; ');
  const base = error instanceof Error ? error.message.trim() : String(error);
  return details === '' || base.includes(details) ? base : `${base} (${details})`;
}

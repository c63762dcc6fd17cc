/**
 * Contract of `POST /v1/validate`: the query that chooses the checks, and the report it answers
 * (the domain core's `ValidationReport`, plus what was checked and how the recipient was known).
 * The type checks at the bottom keep the schemas and the domain types from drifting apart.
 */
import { z } from 'zod';
import type { RuleLayer } from '../rules/engine';
import type { Finding } from '../rules/finding';
import { LAYERS } from '../rules/finding';
import type { LayerReport, ValidationReport } from '../rules/report';
import type { DeepReadonly, Fits } from './fits';
import { LocalizedTextSchema } from './localized';

/**
 * The rule layers of the engine, spelled here so that the contract does not load the rules
 * themselves (the client is bundled into the extension's pages); the checks below fail the build
 * when the two lists differ.
 */
export const RULE_LAYERS = ['en16931', 'profile', 'fr', 'chorus'] as const;
type SameLayers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const RULE_LAYERS_MATCH_ENGINE: SameLayers<(typeof RULE_LAYERS)[number], RuleLayer> = true;

const BooleanFlagSchema = z.enum(['true', 'false']);

/** `en16931,profile` → the layers, or the names that are not layers. */
export function parseRuleLayers(
  value: string,
): { readonly ok: true; readonly layers: RuleLayer[] } | { readonly ok: false; unknown: string[] } {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(RULE_LAYERS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) return { ok: false, unknown };
  return { ok: true, layers: [...new Set(names)] as RuleLayer[] };
}

export const ValidateQuerySchema = z.object({
  rules: z
    .string()
    .optional()
    .superRefine((value, context) => {
      if (value === undefined) return;
      const parsed = parseRuleLayers(value);
      if (parsed.ok) return;
      context.addIssue({
        code: 'custom',
        message: `Couches de règles possibles : ${RULE_LAYERS.join(', ')} (refusé : ${parsed.unknown.join(', ') || 'liste vide'}). / Possible rule layers: ${RULE_LAYERS.join(', ')}.`,
      });
    })
    .meta({
      description: `Rule layers, comma-separated, among ${RULE_LAYERS.join(', ')}; default en16931,profile. The xml layer always runs, the xsd layer unless xsd=false, the pdf layer for PDFs.`,
      example: 'en16931,profile,fr,chorus',
    }),
  xsd: BooleanFlagSchema.optional().meta({
    description:
      'false skips the XSD layer: the first UBL request of an isolate then does not pay the ~150 ms schema compilation. Default true, unless the deployment sets XSD_DEFAULT=off.',
  }),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .meta({
      description:
        'Date of the checks about dates (YYYY-MM-DD); default: the date in Europe/Paris on the Worker clock.',
      example: '2026-11-20',
    }),
  lookupRecipient: BooleanFlagSchema.optional().meta({
    description:
      "true: look the recipient's SIRET (BT-47) up in the Chorus Pro directory and check its obligations (chorus layer). Not with the recipient.* flags.",
  }),
  frSeverity: z.enum(['fatal', 'warning']).optional().meta({
    description:
      'Severity of the BR-FR findings (fr layer, which must be in rules): fatal (default, the official V1.4.0 files) or warning, the transition mode of their _WARNING twins.',
    example: 'warning',
  }),
  lang: z.enum(['fr', 'en']).optional().meta({
    description: 'Language of the HTML report (Accept: text/html); default fr.',
  }),
  'recipient.serviceCodeRequired': BooleanFlagSchema.optional().meta({
    description: 'The recipient requires a service code (BT-10), as you know it.',
  }),
  'recipient.engagementRequired': BooleanFlagSchema.optional().meta({
    description: 'The recipient requires an engagement number (BT-13).',
  }),
  'recipient.engagementOrService': BooleanFlagSchema.optional().meta({
    description: 'The recipient requires a service code or an engagement number.',
  }),
});

export type ValidateQuery = z.infer<typeof ValidateQuerySchema>;

export const SourceLocationSchema = z
  .object({
    xpath: z.string().optional().meta({ example: '/Invoice/cac:InvoiceLine[2]/cbc:ID' }),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .meta({ id: 'SourceLocation' });

export const FindingSchema = z
  .object({
    rule: z.string().meta({ description: 'Rule id of its artefact', example: 'BR-CO-10' }),
    assert: z.string().optional().meta({
      description:
        "The artefact's id of the failed test when the rule groups several, in the document's syntax (BR-FR: rule BR-FR-05, assert BR-FR-05_BT-22_PMT in CII, BR-FR-05_BT-22-1 in UBL)",
      example: 'BR-FR-05_BT-22_PMT',
    }),
    severity: z.enum(['fatal', 'warning', 'info']),
    layer: z.enum(LAYERS),
    message: LocalizedTextSchema,
    bt: z
      .array(z.string())
      .readonly()
      .meta({ description: 'Business terms concerned', example: ['BT-106'] }),
    location: SourceLocationSchema.optional(),
  })
  .meta({ id: 'Finding' });

export const LayerReportSchema = z
  .object({
    layer: z.enum(LAYERS),
    status: z.enum(['ran', 'skipped', 'error']),
    artefact: z.object({ name: z.string(), version: z.string() }),
    reason: LocalizedTextSchema.optional().meta({
      description: 'Why the layer was skipped or could not run',
    }),
    counts: z.object({
      fatal: z.number().int().nonnegative(),
      warning: z.number().int().nonnegative(),
      info: z.number().int().nonnegative(),
    }),
    rules: z.number().int().nonnegative().meta({ description: 'Rules the layer evaluated' }),
  })
  .meta({ id: 'LayerReport' });

export const ProfileSchema = z
  .object({
    id: z.string().meta({ example: 'en16931' }),
    specificationId: z.string().meta({ description: 'BT-24 as written' }),
    exact: z.boolean(),
    name: z.string(),
    description: LocalizedTextSchema,
    legacy: z.boolean(),
    coverage: z.enum(['full', 'partial', 'none', 'unknown']),
    relation: z.enum(['core', 'cius', 'extension', 'other']),
    version: z.string().optional(),
  })
  .meta({ id: 'Profile' });

/** How the recipient's obligations given to the chorus layer were known. */
export const RECIPIENT_STATUSES = [
  /** From the recipient.* flags of the request. */
  'given',
  /** Found in the Chorus Pro directory (lookupRecipient=true). */
  'found',
  /** The invoice's SIRET is not a known Chorus Pro structure. */
  'not-found',
  /** The invoice names no valid recipient SIRET to look up. */
  'no-siret',
  /** The directory could not answer (Chorus Pro unavailable): the checks did not run. */
  'unavailable',
] as const;

export const RecipientCheckSchema = z
  .object({
    status: z.enum(RECIPIENT_STATUSES),
    siret: z.string().optional().meta({ description: 'The SIRET that was looked up' }),
    name: z.string().optional(),
    source: z.enum(['directory', 'piste', 'seed']).optional(),
  })
  .meta({ id: 'RecipientCheck' });

export type RecipientCheck = z.infer<typeof RecipientCheckSchema>;

export const ValidationResultSchema = z
  .object({
    verdict: z.enum(['valid', 'invalid', 'error']).meta({
      description:
        'valid: every layer asked for ran, nothing fatal. invalid: at least one fatal finding. error: a layer could not run, so the document is NOT known to be valid.',
    }),
    format: z.enum(['xml', 'pdf']),
    document: z
      .object({
        kind: z.string().meta({ example: 'ubl-invoice' }),
        syntax: z.enum(['ubl', 'cii']).optional(),
        profile: ProfileSchema.optional(),
        description: LocalizedTextSchema,
      })
      .optional()
      .meta({ description: 'What the document is; absent when it could not be read' }),
    layers: z.array(LayerReportSchema).readonly(),
    findings: z.array(FindingSchema).readonly(),
    checked: z.object({
      rules: z.array(z.enum(RULE_LAYERS)).readonly(),
      xsd: z.boolean(),
      today: z.string().meta({ description: 'Date used by the date rules' }),
      frSeverity: z
        .enum(['fatal', 'warning'])
        .optional()
        .meta({ description: 'The frSeverity asked for, when the query gave one' }),
    }),
    recipient: RecipientCheckSchema.optional().meta({
      description: 'Only when recipient flags or lookupRecipient were sent',
    }),
  })
  .meta({ id: 'ValidationResult' });

export type ValidationResult = z.infer<typeof ValidationResultSchema>;

// Compile-time guards: a report of the domain core fits the published schemas.
export type FindingFitsSchema = Fits<Finding, DeepReadonly<z.input<typeof FindingSchema>>>;
export type LayerFitsSchema = Fits<LayerReport, DeepReadonly<z.input<typeof LayerReportSchema>>>;
export type ReportFitsSchema = Fits<
  ValidationReport & { format: 'xml' | 'pdf' },
  DeepReadonly<Omit<z.input<typeof ValidationResultSchema>, 'checked' | 'recipient'>>
>;

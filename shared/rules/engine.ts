import type { Invoice } from '../model';
import { type DetectedDocument, detectDocument } from '../syntax/detect';
import type { Profile, ProfileSyntax } from '../syntax/profiles';
import { readInvoice } from '../syntax/read';
import type { RejectedValue, SourceMap } from '../syntax/read-result';
import { parseXml, type XmlDocument, type XmlLimits } from '../xml';
import { schemaSetForDocument, type XsdValidator } from '../xsd';
import { ARTEFACTS } from './artefacts';
import { CHORUS_RULES } from './chorus';
import { EN16931_RULES } from './en16931';
import { CODE_LIST_RULES } from './en16931/codes';
import { type Finding, LAYERS, type Layer } from './finding';
import { FR_RULES } from './fr';
import { frLayerNote, frNotApplicable } from './fr/applicability';
import { PROFILE_RULES } from './profile';
import { countFindings, type LayerReport, type ValidationReport, verdictOf } from './report';
import type { Rule, RuleContext, RuleOptions } from './rule';
import { runRules } from './run-rules';

/** Rule layers a caller can ask for; `xml` always runs, `xsd` runs when a validator is given. */
export const RULE_LAYERS = ['en16931', 'profile', 'fr', 'chorus'] as const;
export type RuleLayer = (typeof RULE_LAYERS)[number];
export const DEFAULT_RULE_LAYERS: readonly RuleLayer[] = ['en16931', 'profile'];

export interface ValidateOptions {
  readonly rules?: readonly RuleLayer[];
  /**
   * The XSD validator of the platform. Without one the `xsd` layer is reported as skipped, with
   * the reason, and the other layers still run.
   */
  readonly xsd?: XsdValidator;
  readonly ruleOptions?: RuleOptions;
  readonly xmlLimits?: Partial<XmlLimits>;
  /**
   * Rule options that depend on the invoice itself (the recipient's obligations, looked up from
   * its BT-47): asked once the model is read, before the rule layers run, and laid over
   * `ruleOptions`. So that the caller never reads the document a second time to find them.
   */
  readonly ruleOptionsFor?: (invoice: Invoice) => Promise<RuleOptions>;
}

/** The report, and the model the validation read when it could read one. */
export interface ValidationRun {
  readonly report: ValidationReport;
  readonly invoice?: Invoice;
}

type LayerOutcome = Omit<LayerReport, 'counts' | 'artefact'>;

/** Validates an XML invoice (UBL or CII) through every requested layer. Never throws. */
export async function validateXml(
  input: string | Uint8Array,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  return (await validateXmlRun(input, options)).report;
}

/**
 * validateXml, with the model it read for callers that need it too (a summary, a lookup): the
 * report stays plain JSON. Throws only what `ruleOptionsFor` throws.
 */
export async function validateXmlRun(
  input: string | Uint8Array,
  options: ValidateOptions = {},
): Promise<ValidationRun> {
  const findings: Finding[] = [];
  const outcomes: LayerOutcome[] = [];
  const requested = new Set<RuleLayer>(options.rules ?? DEFAULT_RULE_LAYERS);

  const parsed = parseXml(input, options.xmlLimits);
  if (!parsed.ok) {
    const { error } = parsed;
    findings.push({
      rule: error.code,
      severity: 'fatal',
      layer: 'xml',
      message: error.message,
      bt: [],
      ...(error.line !== undefined
        ? {
            location: {
              line: error.line,
              ...(error.column !== undefined ? { column: error.column } : {}),
            },
          }
        : {}),
    });
    outcomes.push({ layer: 'xml', status: 'ran', rules: 1 });
    return { report: finish(outcomes, findings, undefined, requested, options, notReached) };
  }
  outcomes.push({ layer: 'xml', status: 'ran', rules: 1 });

  const detected = detectDocument(parsed.document.root);
  if (detected.syntax === undefined) {
    // Recognised but not an EN 16931 invoice (ZUGFeRD 1.0, an order, other XML): say what it is
    // and refuse to call it valid.
    return {
      report: finish(
        outcomes,
        findings,
        detected,
        requested,
        options,
        {
          fr: `Ce document n'est pas une facture EN 16931 : ${detected.description.fr}.`,
          en: `This document is not an EN 16931 invoice: ${detected.description.en}.`,
        },
        'error',
      ),
    };
  }

  if (options.xsd) {
    const set = schemaSetForDocument(detected.kind, detected.profile?.id);
    const result = set
      ? await options.xsd.validate(input, set)
      : ({
          status: 'error',
          message: {
            fr: 'Aucun schéma XSD pour ce document.',
            en: 'No XSD schema for this document.',
          },
        } as const);
    if (result.status === 'ran') {
      findings.push(...result.findings);
      outcomes.push({ layer: 'xsd', status: 'ran', rules: 1 });
    } else {
      outcomes.push({ layer: 'xsd', status: 'error', reason: result.message, rules: 0 });
    }
  } else {
    outcomes.push({
      layer: 'xsd',
      status: 'skipped',
      reason: { fr: 'Contrôle XSD non demandé.', en: 'XSD check not requested.' },
      rules: 0,
    });
  }

  const read = readInvoice(parsed.document);
  if ('error' in read) {
    return {
      report: finish(outcomes, findings, detected, requested, options, read.error, 'error'),
    };
  }
  // Values the reader could not put in the model: filed under the en16931 layer (the norm's
  // value formats) when it runs, else under xml, so that they never sit in a layer not run.
  findings.push(
    ...(requested.has('en16931')
      ? read.findings
      : read.findings.map((f) => (f.layer === 'en16931' ? { ...f, layer: 'xml' as const } : f))),
  );

  const settings = options.ruleOptionsFor
    ? { ruleOptions: { ...options.ruleOptions, ...(await options.ruleOptionsFor(read.invoice)) } }
    : options;
  const context: RuleContext = {
    ...makeContext(read.invoice, read.sources, read.rejected, detected.profile, settings, {
      document: parsed.document,
      syntax: detected.syntax,
      detected,
    }),
    ...(read.blank ? { blank: read.blank } : {}),
  };
  runRuleLayers(context, requested, outcomes, findings);
  return { report: report(outcomes, findings, detected), invoice: read.invoice };
}

/**
 * Validates a model that did not come from XML (JSON, the portal form, a PDF extraction): rule
 * layers only; syntax-binding rules do not apply.
 */
export function validateModel(
  invoice: Invoice,
  options: Omit<ValidateOptions, 'xsd' | 'xmlLimits'> & {
    readonly sources?: SourceMap;
    readonly profile?: Profile;
  } = {},
): ValidationReport {
  const findings: Finding[] = [];
  const outcomes: LayerOutcome[] = [];
  const requested = new Set<RuleLayer>(options.rules ?? DEFAULT_RULE_LAYERS);
  const context = makeContext(
    invoice,
    options.sources ?? new Map(),
    undefined,
    options.profile,
    options,
    undefined,
  );
  runRuleLayers(context, requested, outcomes, findings);
  return report(outcomes, findings, undefined);
}

function makeContext(
  invoice: Invoice,
  sources: SourceMap,
  rejected: ReadonlyMap<string, RejectedValue> | undefined,
  profile: Profile | undefined,
  options: { readonly ruleOptions?: RuleOptions },
  xml: RuleContext['xml'],
): RuleContext {
  return {
    invoice,
    sources,
    rejected: rejected ?? new Map(),
    profile,
    options: options.ruleOptions ?? {},
    memo: new Map(),
    ...(xml ? { xml } : {}),
  };
}

/**
 * The rules of a list that apply to a syntax, by list and syntax: the lists are module constants,
 * so each selection is filtered once per process instead of once per document (the EN 16931 list
 * alone holds over 1,500 rules).
 */
const RULES_BY_SYNTAX = new WeakMap<
  readonly Rule[],
  Map<ProfileSyntax | undefined, readonly Rule[]>
>();

function rulesOfSyntax(rules: readonly Rule[], syntax: ProfileSyntax | undefined): readonly Rule[] {
  let bySyntax = RULES_BY_SYNTAX.get(rules);
  if (bySyntax === undefined) {
    bySyntax = new Map();
    RULES_BY_SYNTAX.set(rules, bySyntax);
  }
  let selected = bySyntax.get(syntax);
  if (selected === undefined) {
    selected = rules.filter((r) => r.syntax === undefined || r.syntax === syntax);
    bySyntax.set(syntax, selected);
  }
  return selected;
}

/**
 * Which rules of a layer apply to this document, or why the layer does not apply; `options` may
 * change how a layer runs (BR-FR transition mode), which its note then says.
 */
export function rulesFor(
  layer: RuleLayer,
  syntax: ProfileSyntax | undefined,
  profile: Profile | undefined,
  options: RuleOptions = {},
):
  | { readonly rules: readonly Rule[]; readonly note?: LayerOutcome['reason'] }
  | { readonly skip: LayerOutcome['reason'] } {
  const bySyntax = (rules: readonly Rule[]) => rulesOfSyntax(rules, syntax);
  switch (layer) {
    case 'en16931':
      if (profile?.coverage === 'partial') {
        // The profile's own rules replace EN 16931, but its stylesheets check code values as
        // structure checks with no rule id: the EN 16931 code lists (BR-CL) still apply.
        return {
          rules: bySyntax(CODE_LIST_RULES),
          note: {
            fr: `Profil ${profile.name} : ce n'est pas une facture EN 16931 complète ; seules les listes de codes (BR-CL) s'appliquent ici, les règles du profil remplacent les autres.`,
            en: `Profile ${profile.name}: not a complete EN 16931 invoice; only the code lists (BR-CL) apply here, the profile's own rules replace the others.`,
          },
        };
      }
      return { rules: bySyntax(EN16931_RULES) };
    case 'profile': {
      const rules = profile ? PROFILE_RULES[profile.id] : undefined;
      if (!rules) {
        return {
          skip: {
            fr: 'Pas de règles de profil Factur-X pour ce document (profil non Factur-X ou inconnu).',
            en: 'No Factur-X profile rules for this document (not a Factur-X profile, or unknown).',
          },
        };
      }
      return { rules: bySyntax(rules) };
    }
    case 'fr': {
      const notApplicable = frNotApplicable(profile);
      if (notApplicable) return { skip: notApplicable };
      const note = frLayerNote(options);
      return { rules: bySyntax(FR_RULES), ...(note ? { note } : {}) };
    }
    case 'chorus':
      return { rules: bySyntax(CHORUS_RULES) };
  }
}

function runRuleLayers(
  context: RuleContext,
  requested: ReadonlySet<RuleLayer>,
  outcomes: LayerOutcome[],
  findings: Finding[],
): void {
  for (const layer of RULE_LAYERS) {
    if (!requested.has(layer)) continue;
    const selection = rulesFor(layer, context.xml?.syntax, context.profile, context.options);
    if ('skip' in selection) {
      outcomes.push({ layer, status: 'skipped', reason: selection.skip, rules: 0 });
      continue;
    }
    const run = runRules(layer, selection.rules, context);
    findings.push(...run.findings);
    if (run.failures.length > 0) {
      const ids = run.failures.map((f) => f.rule).join(', ');
      outcomes.push({
        layer,
        status: 'error',
        rules: selection.rules.length,
        reason: {
          fr: `Des règles n'ont pas pu être évaluées (${ids}) : le document n'est pas déclaré valide.`,
          en: `Some rules could not be evaluated (${ids}): the document is not declared valid.`,
        },
      });
    } else {
      outcomes.push({
        layer,
        status: 'ran',
        rules: selection.rules.length,
        ...(selection.note ? { reason: selection.note } : {}),
      });
    }
  }
}

const notReached = {
  fr: "Le XML n'a pas pu être lu : les contrôles suivants n'ont pas été faits.",
  en: 'The XML could not be read: the following checks were not made.',
};

/** Ends a run early: every requested layer not reached is listed as skipped (or error). */
function finish(
  outcomes: LayerOutcome[],
  findings: Finding[],
  detected: DetectedDocument | undefined,
  requested: ReadonlySet<RuleLayer>,
  options: ValidateOptions,
  reason: NonNullable<LayerOutcome['reason']>,
  status: 'skipped' | 'error' = 'skipped',
): ValidationReport {
  const later: Layer[] = [
    ...(options.xsd ? (['xsd'] as const) : []),
    ...RULE_LAYERS.filter((l) => requested.has(l)),
  ];
  for (const layer of later) {
    if (outcomes.some((o) => o.layer === layer)) continue;
    outcomes.push({ layer, status, reason, rules: 0 });
  }
  return report(outcomes, findings, detected);
}

function report(
  outcomes: readonly LayerOutcome[],
  findings: Finding[],
  detected: DetectedDocument | undefined,
): ValidationReport {
  const layers: LayerReport[] = [...outcomes]
    .sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer))
    .map((o) => ({ ...o, artefact: ARTEFACTS[o.layer], counts: countFindings(findings, o.layer) }));
  findings.sort(
    (a, b) =>
      LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
  return {
    verdict: verdictOf(layers, findings),
    ...(detected
      ? {
          document: {
            kind: detected.kind,
            syntax: detected.syntax,
            profile: detected.profile,
            description: detected.description,
          },
        }
      : {}),
    layers,
    findings,
  };
}

export type { XmlDocument };

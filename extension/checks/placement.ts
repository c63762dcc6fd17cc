/**
 * Findings of the rule engine → issues of the portal form: each finding goes to the field its
 * model pointer came from (the converter's map), else to the one header field that holds one of
 * its business terms, else to the summary only. Findings the form cannot judge are left out (see
 * `isJudgeable`): rules about terms the portal adds itself, about values the form could not read,
 * or whose advice contradicts the form. Pure.
 */
import {
  mappingEntries,
  PORTAL_FORM_BLOCKS,
  PORTAL_FORM_FIELDS,
  type PortalFieldEntry,
  type PortalFormFieldKey,
  type PortalMappingKey,
} from '../../shared/chorus/portal-form';
import {
  FORM_TERMS,
  type PortalFieldRef,
  type PortalModel,
} from '../../shared/chorus/portal-model';
import type { LocalizedText } from '../../shared/i18n/text';
import { getAt } from '../../shared/model/paths';
import type { Finding, Severity } from '../../shared/rules/finding';
import type { FormIssue } from './report';

/** Rule id of a value the form holds but cannot read (a date, a number). */
const UNREADABLE_VALUE_RULE = 'SAISIE-VALEUR';

/**
 * Rules whose advice does not fit the form: CHORUS-13 asks to leave the payment mode empty on a
 * credit note (and flags direct-debit data the form cannot hold), but « Mode de paiement » is a
 * mandatory list of the form.
 */
const NOT_FOR_THE_FORM: ReadonlySet<string> = new Set(['CHORUS-13']);
/** BT-115 = BT-112 − BT-113 + BT-114 cannot hold when the clerk gives a « Remise globale TTC ». */
const AMOUNT_DUE_RULE = 'BR-CO-16';

const ENTRIES = new Map<PortalMappingKey, PortalFieldEntry>(
  mappingEntries().flatMap((ref) =>
    ref.scope === 'actions' ? [] : [[ref.mappingKey, ref.entry] as const],
  ),
);
const BLOCK_ORDER = Object.keys(PORTAL_FORM_BLOCKS);
const KEY_ORDER = [...ENTRIES.keys()];

export function fieldEntry(key: PortalMappingKey): PortalFieldEntry | undefined {
  return ENTRIES.get(key);
}

/** The one header field holding a term, by the terms in the finding's order. */
function headerFieldOf(terms: readonly string[]): PortalFieldRef | undefined {
  for (const term of terms) {
    const holders = (Object.keys(PORTAL_FORM_FIELDS) as PortalFormFieldKey[]).filter((key) =>
      (PORTAL_FORM_FIELDS[key].bt as readonly string[]).includes(term),
    );
    if (holders.length === 1 && holders[0] !== undefined) return { key: holders[0] };
  }
  return undefined;
}

/** « Numéro de facture », « Quantité de la ligne 3 », « Base HT au taux (récapitulatif, ligne 2) ». */
export function fieldLabel(field: PortalFieldRef): LocalizedText {
  const label = ENTRIES.get(field.key)?.label ?? field.key;
  if (field.row === undefined) return { fr: label, en: label };
  const n = field.row + 1;
  if (field.key.startsWith('lines.')) return { fr: `${label} ${n}`, en: `${label} ${n}` };
  return { fr: `${label} (récapitulatif, ligne ${n})`, en: `${label} (recap, row ${n})` };
}

export function sameField(a: PortalFieldRef | undefined, b: PortalFieldRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.key === b.key && a.row === b.row;
}

/** Where a finding points: its model pointer (the form is its source document), else its terms. */
export function fieldOfFinding(finding: Finding, model: PortalModel): PortalFieldRef | undefined {
  const at = finding.location?.xpath;
  if (at !== undefined) {
    const field = model.fields[at];
    if (field !== undefined) return field;
  }
  return headerFieldOf(finding.bt);
}

function pointerOfField(model: PortalModel, field: PortalFieldRef): string | undefined {
  return Object.keys(model.fields).find((at) => sameField(model.fields[at], field));
}

function isJudgeable(finding: Finding, field: PortalFieldRef | undefined, model: PortalModel) {
  if (NOT_FOR_THE_FORM.has(finding.rule)) return false;
  if (finding.rule === AMOUNT_DUE_RULE && model.globalDiscount) return false;
  if (finding.bt.some((term) => !FORM_TERMS.has(term) || model.undetermined.includes(term)))
    return false;
  if (field === undefined) return true;
  // The clerk's unreadable value is said once, by its own message.
  if (
    model.notes.some((note) => note.rule === UNREADABLE_VALUE_RULE && sameField(note.field, field))
  )
    return false;
  // A field the page computes is empty only while what it is computed from is missing, and that
  // is reported on the fields the clerk types.
  if (ENTRIES.get(field.key)?.computed) {
    const at = finding.location?.xpath ?? pointerOfField(model, field);
    if (at !== undefined && getAt(model.invoice, at) === undefined) return false;
  }
  return true;
}

const SEVERITY_ORDER: Record<Severity, number> = { fatal: 0, warning: 1, info: 2 };

function pageOrder(field: PortalFieldRef | undefined): number {
  if (field === undefined) return Number.MAX_SAFE_INTEGER;
  const entry = ENTRIES.get(field.key);
  const block = entry === undefined ? BLOCK_ORDER.length : BLOCK_ORDER.indexOf(entry.block);
  return (block * 1000 + (field.row ?? 0)) * 100 + KEY_ORDER.indexOf(field.key);
}

/**
 * Fatal first, then in the order of the page; one issue per rule, field and message; each with its
 * field's label.
 */
export function sortIssues(issues: readonly FormIssue[]): FormIssue[] {
  const seen = new Set<string>();
  return [...issues]
    .map((issue) =>
      issue.field === undefined ? issue : { ...issue, label: fieldLabel(issue.field) },
    )
    .filter((issue) => {
      const key = `${issue.rule}|${issue.field?.key}|${issue.field?.row}|${issue.message.fr}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        pageOrder(a.field) - pageOrder(b.field),
    );
}

/** The issues of the form: its own notes (unreadable values, recap), and the findings it can judge. */
export function placeFindings(findings: readonly Finding[], model: PortalModel): FormIssue[] {
  const issues: FormIssue[] = model.notes.map((note) => ({
    rule: note.rule,
    severity: note.severity,
    message: note.message,
    bt: [...(ENTRIES.get(note.field.key)?.bt ?? [])],
    field: note.field,
  }));
  for (const finding of findings) {
    const field = fieldOfFinding(finding, model);
    if (!isJudgeable(finding, field, model)) continue;
    issues.push({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      bt: finding.bt,
      ...(field === undefined ? {} : { field }),
    });
  }
  return sortIssues(issues);
}

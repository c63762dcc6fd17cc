/**
 * The live check of the portal form, in the service worker: form values → model
 * (shared/chorus/portal-model.ts) → rule engine (layers `en16931` and `chorus`, with today's date
 * and the recipient's obligations when the directory answered) → issues placed on the form's
 * fields. Pure: the lookup and the clock are the caller's.
 */
import { type PortalFormValues, portalFormToModel } from '../../shared/chorus/portal-model';
import type { LocalizedText } from '../../shared/i18n/text';
import { type RuleLayer, validateModel } from '../../shared/rules/engine';
import type { SourceLocation } from '../../shared/rules/finding';
import type { RecipientObligations, RuleOptions } from '../../shared/rules/rule';
import { placeFindings, sortIssues } from './placement';
import type { FormCheckReport, FormIssue, RecipientCheck } from './report';

/**
 * EN 16931 (business rules, VAT categories, code lists on the model) and Chorus Pro (which holds
 * the identifier checks: SIRET, IBAN). The French CIUS is about flows, and the portal writes the
 * flow itself.
 */
export const FORM_CHECK_LAYERS: readonly RuleLayer[] = ['en16931', 'chorus'];

/** The rule that says the recipient's obligations could not be checked. */
const OBLIGATIONS_NOT_RUN = 'CHORUS-28';

export interface FormCheckInputs {
  /** `YYYY-MM-DD` in Europe/Paris. */
  readonly today: string;
  readonly recipient: RecipientCheck;
  /** What the directory says about the recipient, when it answered. */
  readonly obligations?: RecipientObligations;
}

function notRunReason(recipient: RecipientCheck): LocalizedText | undefined {
  switch (recipient.status) {
    case 'off':
      return {
        fr: 'Obligations du destinataire (code service, numéro d’engagement) non vérifiées : les vérifications en ligne sont désactivées dans les Réglages.',
        en: 'Recipient obligations (service code, commitment number) not checked: online checks are off in Settings.',
      };
    case 'failed':
      return {
        fr: `Obligations du destinataire (code service, numéro d’engagement) non vérifiées. ${recipient.message.fr}`,
        en: `Recipient obligations (service code, commitment number) not checked. ${recipient.message.en}`,
      };
    default:
      return undefined;
  }
}

export function checkPortalForm(form: PortalFormValues, inputs: FormCheckInputs): FormCheckReport {
  const started = Date.now();
  const model = portalFormToModel(form);
  // The form is the source document: each place's « path » is the model pointer of its field.
  const sources = new Map<string, SourceLocation>(
    Object.keys(model.fields).map((at) => [at, { xpath: at }]),
  );
  const ruleOptions: RuleOptions = {
    today: inputs.today,
    ...(inputs.obligations ? { recipient: inputs.obligations } : {}),
    ...(model.cadre ? { cadre: model.cadre } : {}),
  };
  const report = validateModel(model.invoice, {
    rules: FORM_CHECK_LAYERS,
    ruleOptions,
    sources,
  });
  const reason = notRunReason(inputs.recipient);
  const issues: FormIssue[] = placeFindings(report.findings, model).flatMap((issue) => {
    if (issue.rule !== OBLIGATIONS_NOT_RUN) return [issue];
    // Without a valid SIRET there is no one to look up: CHORUS-05 says what to fix.
    if (inputs.recipient.status === 'no-siret') return [];
    return [reason === undefined ? issue : { ...issue, message: reason }];
  });
  const sorted = sortIssues(issues);
  const counts = { fatal: 0, warning: 0, info: 0 };
  for (const issue of sorted) counts[issue.severity] += 1;
  return {
    issues: sorted,
    counts,
    recipient: inputs.recipient,
    durationMs: Date.now() - started,
  };
}

/**
 * The « Contrôle » of the chosen invoice: the rule engine (shared/rules/engine.ts) run in the
 * panel, never in the content script. The XML as read, when kept, goes through every layer (XSD
 * and syntax-binding rules included); otherwise the model goes through the rule layers only.
 */

import { frameOfInvoice } from '../../shared/chorus/frame-of-invoice';
import type { SupplierProfile } from '../../shared/chorus/portal-profile';
import type { Invoice } from '../../shared/model';
import { type RuleLayer, validateModel, validateXml } from '../../shared/rules/engine';
import type { ValidationReport } from '../../shared/rules/report';
import type {
  BillingFrameOptions,
  RecipientObligations,
  RuleOptions,
} from '../../shared/rules/rule';
import type { XsdValidator } from '../../shared/xsd';
import type { PendingInvoice } from '../storage/pending-invoice';
import { base64ToBytes } from './base64';

/** EN 16931, the Factur-X profile (when the document has one), the French CIUS, Chorus Pro. */
export const CHECK_LAYERS: readonly RuleLayer[] = ['en16931', 'profile', 'fr', 'chorus'];

/**
 * The billing frame as the filler will enter it: the invoice's own when it states one, else the
 * profile's default; and the profile's validator for frames A9 and A12.
 */
export function frameOptions(
  invoice: Invoice,
  profile: SupplierProfile | undefined,
): BillingFrameOptions | undefined {
  const defaults = profile?.defaults;
  if (defaults === undefined) return undefined;
  const statesFrame = frameOfInvoice(invoice).source !== 'default';
  const options: BillingFrameOptions = {
    ...(!statesFrame && defaults.cadre ? { code: defaults.cadre } : {}),
    ...(defaults.validator ? { validatorSiret: defaults.validator.siret } : {}),
    ...(defaults.validator?.serviceCode
      ? { validatorServiceCode: defaults.validator.serviceCode }
      : {}),
  };
  return Object.keys(options).length === 0 ? undefined : options;
}

export interface CheckInputs {
  readonly pending: PendingInvoice;
  readonly profile?: SupplierProfile;
  /** From the edge's directory, when online checks are on and the recipient was found. */
  readonly recipient?: RecipientObligations;
  /** The XSD layer; without it the layer is reported as skipped. */
  readonly xsd?: XsdValidator;
  /** `YYYY-MM-DD`, the clerk's day. */
  readonly today: string;
}

export async function checkPending(inputs: CheckInputs): Promise<ValidationReport> {
  const { pending } = inputs;
  const cadre = frameOptions(pending.invoice, inputs.profile);
  const ruleOptions: RuleOptions = {
    today: inputs.today,
    ...(inputs.recipient ? { recipient: inputs.recipient } : {}),
    ...(cadre ? { cadre } : {}),
  };
  if (pending.xml !== undefined) {
    return validateXml(base64ToBytes(pending.xml), {
      rules: CHECK_LAYERS,
      ruleOptions,
      ...(inputs.xsd ? { xsd: inputs.xsd } : {}),
    });
  }
  return validateModel(pending.invoice, { rules: CHECK_LAYERS, ruleOptions });
}

/** Today in the clerk's time zone, as rules compare dates. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

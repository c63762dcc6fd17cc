/**
 * The typed message contract between the side panel (or the service worker) and the content
 * script on a portal page (`@webext-core/messaging`). Every answer is a result — `{ ok: true, … }`
 * or `{ ok: false, error }` with a code and a French / English message — never a thrown error:
 * the content script catches everything so the portal page is never disturbed.
 *
 * Send to the tab of the portal page:
 *   `await sendFormMessage('fillForm', { invoice, profile }, tabId)`
 *
 * | message         | data                      | answer (when ok)                      |
 * |-----------------|---------------------------|---------------------------------------|
 * | getFormStatus   | —                         | `{ status: FormStatus }`              |
 * | fillForm        | `FillRequest`             | `{ report: FillReport }`              |
 * | undoFill        | —                         | `{ report: UndoReport }`              |
 * | captureForm     | —                         | `{ capture: FormCapture, diff: CaptureDiff }` |
 * | readForm        | —                         | `{ form: FormReadback }`              |
 * | pickField       | `{ key: PortalMappingKey }` | `{ outcome: PickOutcome }` (after the click or Escape) |
 * | cancelPick      | —                         | `{}`                                  |
 *
 * docs/extension-fill.md § Message contract describes each one.
 *
 * The live checks add one message the other way, from the content script to the service worker
 * (`sendFormMessage('checkForm', { form })`, docs/extension-checks.md):
 *
 * | checkForm       | `CheckFormRequest`        | `{ report: FormCheckReport }`         |
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PortalMappingKey } from '../../shared/chorus/portal-form';
import type { PortalFormValues } from '../../shared/chorus/portal-model';
import type { FillOptions } from '../../shared/chorus/portal-plan';
import type { SupplierProfile } from '../../shared/chorus/portal-profile';
import type { LocalizedText } from '../../shared/i18n/text';
import type { Invoice } from '../../shared/model';
import type { FormCapture } from '../capture/capture';
import type { CaptureDiff } from '../capture/diff';
import type { FormCheckReport } from '../checks/report';
import type { UndoReport } from '../fill/journal';
import type { FormReadback } from '../fill/read';
import type { FillReport } from '../fill/report';
import type { PickOutcome } from '../picker/picker';

/** What to fill the form with: an invoice in the model's JSON form, and the supplier's profile. */
export interface FillRequest {
  readonly invoice: Invoice;
  readonly profile?: SupplierProfile;
  readonly options?: FillOptions;
}

/** The portal form's values to check, as the read-back gives them (extension/checks/read-slices.ts). */
export interface CheckFormRequest {
  readonly form: PortalFormValues;
}

export type FailureCode =
  /** The page is not the invoice entry form (« Saisir une facture »). */
  | 'not-invoice-form'
  /** Another fill, undo or pick is running on the page. */
  | 'busy'
  /** The request does not hold an invoice object. */
  | 'invalid-request'
  /** The profile does not follow SupplierProfileSchema (issues in the message). */
  | 'invalid-profile'
  | 'nothing-to-undo'
  /** An error inside the content script; the page was left as is. */
  | 'unexpected';

export interface Failure {
  readonly ok: false;
  readonly error: { readonly code: FailureCode; readonly message: LocalizedText };
}

export type Result<T extends object> = ({ readonly ok: true } & T) | Failure;

export interface FormStatus {
  /** The page is the invoice entry form: filling is possible. */
  readonly isInvoiceForm: boolean;
  /** Page address without its query. */
  readonly url: string;
  /** A fill can be undone. */
  readonly canUndo: boolean;
  readonly busy: boolean;
}

export interface ChorusFormProtocol {
  getFormStatus(): Result<{ status: FormStatus }>;
  fillForm(request: FillRequest): Result<{ report: FillReport }>;
  undoFill(): Result<{ report: UndoReport }>;
  captureForm(): Result<{ capture: FormCapture; diff: CaptureDiff }>;
  readForm(): Result<{ form: FormReadback }>;
  pickField(request: { key: PortalMappingKey }): Result<{ outcome: PickOutcome }>;
  cancelPick(): Result<object>;
  /** To the service worker: the issues of the form (docs/extension-checks.md). */
  checkForm(request: CheckFormRequest): Result<{ report: FormCheckReport }>;
}

export const formMessaging = defineExtensionMessaging<ChorusFormProtocol>();
export const sendFormMessage = formMessaging.sendMessage;
export const onFormMessage = formMessaging.onMessage;

export function failure(code: FailureCode, fr: string, en: string): Failure {
  return { ok: false, error: { code, message: { fr, en } } };
}

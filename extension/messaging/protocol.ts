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
 * Two messages go the other way, from the content script to the service worker: the plan of a
 * fill (`sendFormMessage('planFill', request)`, docs/extension-fill.md) and the live checks
 * (`sendFormMessage('checkForm', { form })`, docs/extension-checks.md):
 *
 * | planFill        | the `fillForm` request, unchecked | `{ plan: FillPlan }`          |
 * | checkForm       | `CheckFormRequest`        | `{ report: FormCheckReport }`         |
 */
import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { PortalMappingKey } from '../../shared/chorus/portal-form';
import type { PortalFormValues } from '../../shared/chorus/portal-model';
import type { FillOptions, FillPlan } from '../../shared/chorus/portal-plan';
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
  /**
   * To the service worker: the plan of a fill request as the content script received it (checked
   * there: `invalid-request`, `invalid-profile`).
   */
  planFill(request: unknown): Result<{ plan: FillPlan }>;
  /** To the service worker: the issues of the form (docs/extension-checks.md). */
  checkForm(request: CheckFormRequest): Result<{ report: FormCheckReport }>;
}

export const formMessaging = defineExtensionMessaging<ChorusFormProtocol>();

let nextTabMessageId = Math.floor(Math.random() * 1e4) + 1e6;

/**
 * Sends to a tab's content script in @webext-core/messaging's wire format (`{ id, type, data,
 * timestamp }`, answered `{ res }` or `{ err }`). The library's own tab path passes a callback to
 * `chrome.tabs.sendMessage` without reading `runtime.lastError`: a tab whose content script is not
 * there yet (a portal page still loading) then logs « Unchecked runtime.lastError » and answers
 * `undefined`. The polyfill's promise rejects instead, which the callers already handle.
 */
async function sendToTab<K extends keyof ChorusFormProtocol>(
  type: K,
  data: GetDataType<ChorusFormProtocol[K]>,
  tabId: number,
): Promise<GetReturnType<ChorusFormProtocol[K]>> {
  const message = { id: nextTabMessageId++, type, data, timestamp: Date.now() };
  const answer = (await browser.tabs.sendMessage(tabId, message)) as
    | { res?: GetReturnType<ChorusFormProtocol[K]>; err?: { message?: string } }
    | undefined;
  if (answer == null) throw new Error('No response');
  if (answer.err != null) throw new Error(answer.err.message ?? 'Error in the content script');
  return answer.res as GetReturnType<ChorusFormProtocol[K]>;
}

/** To the service worker (no tab) or to the content script of a tab. */
export function sendFormMessage<K extends keyof ChorusFormProtocol>(
  type: K,
  data: GetDataType<ChorusFormProtocol[K]>,
  tabId?: number,
): Promise<GetReturnType<ChorusFormProtocol[K]>> {
  return tabId === undefined ? formMessaging.sendMessage(type, data) : sendToTab(type, data, tabId);
}
export const onFormMessage = formMessaging.onMessage;

export function failure(code: FailureCode, fr: string, en: string): Failure {
  return { ok: false, error: { code, message: { fr, en } } };
}

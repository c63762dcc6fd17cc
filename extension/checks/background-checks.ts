/**
 * The service worker's side of the live checks: answers `checkForm` (the portal form's values, sent
 * by the content script) with the issues of the form. The rule engine stays here, out of the
 * content script (docs/extension-checks.md § Where the work is done). Registered by one line in
 * entrypoints/background.ts.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PortalFormValues } from '../../shared/chorus/portal-model';
import * as siret from '../../shared/identifiers/siret';
import { createEdgeClient } from '../edge-client/client';
import { builtInEdgeUrl, effectiveEdgeUrl } from '../edge-client/edge-url';
import { failure, onFormMessage, type Result } from '../messaging/protocol';
import { type Settings, settingsItem } from '../storage/settings';
import { checkPortalForm } from './form-checks';
import {
  createRecipientLookup,
  LIVE_LOOKUP_TIMEOUT_MS,
  type RecipientLookup,
  type RecipientLookupResult,
  type StructureCache,
} from './recipient-lookup';
import type { FormCheckReport } from './report';

export interface FormCheckDeps {
  readonly settings: () => Promise<Settings>;
  readonly lookup: RecipientLookup;
  readonly now: () => Date;
}

/** Today in Europe/Paris, `YYYY-MM-DD`: Chorus Pro compares invoice dates with the French day. */
export function parisToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape the converter reads; values it does not know are ignored by it. */
function formOf(request: unknown): PortalFormValues | undefined {
  const form = isRecord(request) ? request.form : undefined;
  if (!isRecord(form) || !isRecord(form.fields)) return undefined;
  if (!Array.isArray(form.lines) || !Array.isArray(form.vatRecap)) return undefined;
  const rows = [...form.lines, ...form.vatRecap];
  const cells = [form.fields, ...rows].flatMap((row) => (isRecord(row) ? Object.values(row) : [0]));
  if (!cells.every((cell) => isRecord(cell) && typeof cell.value === 'string')) return undefined;
  return form as unknown as PortalFormValues;
}

async function recipientOf(
  form: PortalFormValues,
  settings: Settings,
  lookup: RecipientLookup,
): Promise<RecipientLookupResult> {
  const typed = form.fields.recipientSiret?.value ?? '';
  const compact = siret.compact(typed);
  if (!siret.isValid(compact)) return { check: { status: 'no-siret' } };
  if (!settings.liveChecks) return { check: { status: 'off' } };
  return lookup.lookUp(compact);
}

export async function handleCheckForm(
  request: unknown,
  deps: FormCheckDeps,
): Promise<Result<{ report: FormCheckReport }>> {
  try {
    const form = formOf(request);
    if (form === undefined) {
      return failure(
        'invalid-request',
        'La demande ne contient pas les valeurs du formulaire.',
        'The request holds no form values.',
      );
    }
    const settings = await deps.settings();
    const recipient = await recipientOf(form, settings, deps.lookup);
    const report = checkPortalForm(form, {
      today: parisToday(deps.now()),
      recipient: recipient.check,
      ...(recipient.obligations ? { obligations: recipient.obligations } : {}),
    });
    return { ok: true, report };
  } catch {
    return failure(
      'unexpected',
      "Erreur interne de l'assistant : les contrôles n'ont pas pu être faits.",
      'Internal error of the assistant: the checks could not be made.',
    );
  }
}

/** `fetch` that gives up after `ms` (and when the caller gives up). */
export function fetchWithin(ms: number, doFetch: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    init?.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    return doFetch(input, { ...init, signal: controller.signal }).finally(() =>
      clearTimeout(timer),
    );
  };
}

type CachedStructures = Record<string, Parameters<StructureCache['set']>[1]>;

const structuresItem = storage.defineItem<CachedStructures>('session:liveCheckStructures', {
  fallback: {},
});

const sessionCache: StructureCache = {
  async get(key) {
    return (await structuresItem.getValue())[key];
  },
  async set(key, value) {
    await structuresItem.setValue({ ...(await structuresItem.getValue()), [key]: value });
  },
};

function manifestHostPermissions(): string[] | undefined {
  try {
    return browser.runtime.getManifest().host_permissions;
  } catch {
    return undefined;
  }
}

export function browserFormCheckDeps(): FormCheckDeps {
  const settings = async () => (await settingsItem.read()).value;
  const lookup = createRecipientLookup({
    now: () => Date.now(),
    cache: sessionCache,
    client: async () => {
      const current = await settings();
      return createEdgeClient({
        baseUrl: effectiveEdgeUrl(current, builtInEdgeUrl(manifestHostPermissions())),
        ...(current.apiKey ? { apiKey: current.apiKey } : {}),
        fetch: fetchWithin(LIVE_LOOKUP_TIMEOUT_MS),
      });
    },
  });
  return { settings, lookup, now: () => new Date() };
}

/** Answers `checkForm` in the service worker. */
export function registerFormChecks(deps: FormCheckDeps = browserFormCheckDeps()): void {
  onFormMessage('checkForm', ({ data }) => handleCheckForm(data, deps));
}

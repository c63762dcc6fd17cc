/**
 * Shared by the fill end-to-end tests: the replica's test hooks, the extension's service worker,
 * invoices read from fixtures with the project's readers, and the raw wire format of the
 * extension's messages (what `@webext-core/messaging` sends: `{ id, type, data, timestamp }`,
 * answered `{ res }` or `{ err }`).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from 'playwright-core';
import type { Invoice } from '../../shared/model';
import { modelOfXml } from '../support/model-of-xml';

export interface ReplicaEvent {
  type: 'focus' | 'input' | 'change' | 'blur';
  id: string;
  name: string;
  value: string;
  isTrusted: boolean;
}

export interface ReplicaApi {
  events: ReplicaEvent[];
  lastPost: [string, string][] | null;
  lastEventId: string | null;
  errors: string[];
  serialize(): [string, string][];
}

/** The few page globals the tests touch (test/e2e is type-checked without the DOM library). */
export interface PageScope {
  __replica: ReplicaApi;
  __submitClicks: number;
  document: {
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ addEventListener(type: string, listener: () => void): void }>;
    getElementById(id: string): { textContent: string | null } | null;
  };
}

export const P = 'GDP_SaisieFacture_';

/**
 * What the page helpers below need of a page: Playwright's (Chromium) and Puppeteer's (Firefox)
 * both have it, so one set of helpers reads the replica in either browser.
 */
export interface EvaluatingPage {
  evaluate<R>(pageFunction: () => R | Promise<R>): Promise<Awaited<R>>;
}

export function scope(): PageScope {
  return globalThis as unknown as PageScope;
}

export function serializeForm(page: EvaluatingPage): Promise<[string, string][]> {
  return page.evaluate(() => (globalThis as unknown as PageScope).__replica.serialize());
}

export function replicaState(
  page: EvaluatingPage,
): Promise<Pick<ReplicaApi, 'events' | 'lastPost' | 'lastEventId' | 'errors'>> {
  return page.evaluate(() => {
    const { events, lastPost, lastEventId, errors } = (globalThis as unknown as PageScope)
      .__replica;
    return { events, lastPost, lastEventId, errors };
  });
}

/** Counts clicks on the form's submit buttons, in the page's own world. */
export async function countSubmitClicks(page: EvaluatingPage): Promise<void> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageScope;
    page.__submitClicks = 0;
    for (const button of Array.from(
      page.document.querySelectorAll('button[type=submit], input[type=submit]'),
    )) {
      button.addEventListener('click', () => {
        page.__submitClicks += 1;
      });
    }
  });
}

export function submitClicks(page: EvaluatingPage): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageScope).__submitClicks);
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const [running] = context.serviceWorkers();
  return running ?? (await context.waitForEvent('serviceworker'));
}

export function invoiceFromFixture(path: string): Invoice {
  return modelOfXml(readFileSync(`test/fixtures/${path}`), path);
}

/** The supplier of the replica's simulated data (ACME CONSEIL, its Lyon service, its main account). */
export const ACME_PROFILE = {
  version: 1,
  id: 'acme-lyon',
  label: 'ACME Conseil – agence de Lyon',
  siret: '81234567600017',
  serviceCode: 'LYON',
  iban: 'FR7630004000010001234567830',
} as const;

/** What the helpers below hand to the code they run in the extension: a message's tab and kind, and its data (a stored item uses only `data`). */
interface ExtensionCall {
  readonly url: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * Where extension code runs with the extension's APIs: Chromium's service worker (Playwright), or
 * one of the add-on's own pages in Firefox (Puppeteer), whose background is an event page.
 */
export interface ExtensionScope {
  evaluate<R>(
    pageFunction: (call: ExtensionCall) => R | Promise<R>,
    call: ExtensionCall,
  ): Promise<Awaited<R>>;
}

interface ChromeGlobal {
  chrome: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    tabs: {
      query(info: { url?: string }): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

/** Stores the invoice to fill where the toolbar's « Remplir » reads it (storage key `fillRequest`). */
export async function storeFillRequest(worker: ExtensionScope, request: unknown): Promise<void> {
  await worker.evaluate(
    async ({ data }) => {
      await (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ fillRequest: data });
    },
    { url: '', type: 'store', data: request },
  );
}

/** Sends one message of the contract to the tab showing `url`, as the side panel would. */
export async function sendToPage<T>(
  worker: ExtensionScope,
  url: string,
  type: string,
  data?: unknown,
): Promise<T> {
  const answer = await worker.evaluate(
    async ({ url, type, data }) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((candidate) => candidate.url?.startsWith(url));
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, { id: 1, type, data, timestamp: Date.now() });
    },
    { url, type, data },
  );
  const { res, err } = answer as { res?: T; err?: unknown };
  if (err !== undefined || res === undefined)
    throw new Error(`message ${type} failed: ${JSON.stringify(err)}`);
  return res;
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

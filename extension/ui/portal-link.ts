/**
 * The panel's and the popup's way to the content script of a Chorus Pro page
 * (extension/messaging/protocol.ts). Which page: the active tab when it is a portal page, else
 * the portal tab used last (the panel may have been opened in its own tab). A tab whose content
 * script does not answer (opened before the extension was installed or updated) is told apart
 * from the absence of any portal tab, since the cure differs: reload the page.
 */
import { browser } from 'wxt/browser';
import { portalMatches } from '../../shared/chorus/portal-hosts';
import type { UndoReport } from '../fill/journal';
import type { FillReport } from '../fill/report';
import type { FillRequest, FormStatus, Result } from '../messaging/protocol';
import { sendFormMessage } from '../messaging/protocol';

export type PortalState =
  | { readonly kind: 'no-tab' }
  | { readonly kind: 'no-answer'; readonly tabId: number }
  | { readonly kind: 'page'; readonly tabId: number; readonly status: FormStatus };

export interface PortalLink {
  /** The portal page to work with; with `activeTabOnly`, only the active tab counts (popup). */
  state(options?: { readonly activeTabOnly?: boolean }): Promise<PortalState>;
  fill(tabId: number, request: FillRequest): Promise<Result<{ report: FillReport }>>;
  undo(tabId: number): Promise<Result<{ report: UndoReport }>>;
  /** Calls back when tabs change, so the state can be asked again. Returns the unsubscriber. */
  onChange(listener: () => void): () => void;
}

type FailureResult = Extract<Result<object>, { ok: false }>;

const NO_ANSWER: FailureResult = {
  ok: false,
  error: {
    code: 'unexpected',
    message: {
      fr: 'La page Chorus Pro ne répond pas : rechargez-la puis réessayez.',
      en: 'The Chorus Pro page does not answer: reload it and try again.',
    },
  },
};

async function portalTabId(
  patterns: string[],
  activeTabOnly: boolean,
): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true, url: patterns });
  if (active?.id !== undefined || activeTabOnly) return active?.id;
  const tabs = await browser.tabs.query({ url: patterns });
  const latest = tabs
    .filter((tab) => tab.id !== undefined)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return latest?.id;
}

/** The link to the real portal tabs, for the build's portal hosts. */
export function browserPortalLink(mode: string | undefined = import.meta.env.MODE): PortalLink {
  const patterns = portalMatches(mode);
  return {
    async state(options) {
      let tabId: number | undefined;
      try {
        tabId = await portalTabId(patterns, options?.activeTabOnly === true);
      } catch {
        return { kind: 'no-tab' };
      }
      if (tabId === undefined) return { kind: 'no-tab' };
      try {
        const answer = await sendFormMessage('getFormStatus', undefined, tabId);
        return answer.ok
          ? { kind: 'page', tabId, status: answer.status }
          : { kind: 'no-answer', tabId };
      } catch {
        return { kind: 'no-answer', tabId };
      }
    },
    async fill(tabId, request) {
      try {
        return await sendFormMessage('fillForm', request, tabId);
      } catch {
        return NO_ANSWER;
      }
    },
    async undo(tabId) {
      try {
        return await sendFormMessage('undoFill', undefined, tabId);
      } catch {
        return NO_ANSWER;
      }
    },
    onChange(listener) {
      const onUpdated = (_id: number, change: { status?: string }) => {
        if (change.status === 'complete') listener();
      };
      const onOther = () => listener();
      browser.tabs.onActivated.addListener(onOther);
      browser.tabs.onRemoved.addListener(onOther);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onOther);
        browser.tabs.onRemoved.removeListener(onOther);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
  };
}

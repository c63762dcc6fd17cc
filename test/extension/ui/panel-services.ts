/**
 * Panel services for the UI tests: the real edge client over a fetch the test answers, and a
 * portal tab that records what it was asked to fill (the content script has its own tests).
 */

import { createEdgeClient } from '../../../extension/edge-client/client';
import { effectiveEdgeUrl } from '../../../extension/edge-client/edge-url';
import type { PanelServices } from '../../../extension/entrypoints/sidepanel/services';
import type { FillReport } from '../../../extension/fill/report';
import type { FillRequest } from '../../../extension/messaging/protocol';
import type { PortalLink, PortalState } from '../../../extension/ui/portal-link';

export const BUILT_IN_EDGE = 'http://127.0.0.1:8787';

export const FILL_REPORT: FillReport = {
  fields: [
    { key: 'invoiceNumber', outcome: 'filled' },
    { key: 'invoiceDate', outcome: 'filled' },
    { key: 'totalWithVat', outcome: 'computed-differs', pageValue: '0,00' },
  ],
  counts: { filled: 2, 'computed-differs': 1 },
  rowsAdded: 0,
  extraRows: 0,
  recapRatesWithoutRow: [],
  submitBlocked: false,
  notes: [
    { code: 'attachments-not-carried', message: { fr: 'Pièce à joindre.', en: 'Attach it.' } },
  ],
  durationMs: 12,
};

export interface TestPanel extends PanelServices {
  readonly fills: FillRequest[];
  readonly fetches: { url: string; init: RequestInit }[];
  undos: number;
}

export function testServices(
  options: {
    portal?: PortalState;
    /** Answers the edge gives, by path; anything else is a network failure. */
    edge?: Record<string, { status: number; body: unknown }>;
    confirm?: boolean;
  } = {},
): TestPanel {
  const fills: FillRequest[] = [];
  const fetches: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    fetches.push({ url, init });
    const answer = options.edge?.[new URL(url).pathname];
    if (answer === undefined) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  const state: PortalState = options.portal ?? {
    kind: 'page',
    tabId: 7,
    status: {
      isInvoiceForm: true,
      url: 'https://chorus-pro.gouv.fr/cpp/facture',
      canUndo: false,
      busy: false,
    },
  };
  const services: TestPanel = {
    fills,
    fetches,
    undos: 0,
    now: () => new Date('2026-02-03T10:00:00.000Z'),
    builtInEdgeUrl: BUILT_IN_EDGE,
    edge: (settings) =>
      createEdgeClient({
        baseUrl: effectiveEdgeUrl(settings, BUILT_IN_EDGE),
        ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
        fetch,
      }),
    xsd: async () => undefined,
    portal: portalOf(state, fills, () => {
      services.undos++;
    }),
    requestOriginAccess: async () => true,
    confirm: () => options.confirm ?? true,
  };
  return services;
}

function portalOf(state: PortalState, fills: FillRequest[], onUndo: () => void): PortalLink {
  return {
    state: async () =>
      state.kind === 'page'
        ? { ...state, status: { ...state.status, canUndo: fills.length > 0 } }
        : state,
    fill: async (_tabId, request) => {
      fills.push(request);
      return { ok: true, report: FILL_REPORT };
    },
    undo: async () => {
      onUndo();
      return { ok: true, report: { restored: 2, rowsRemoved: 0, gone: 0 } };
    },
    onChange: () => () => {},
  };
}

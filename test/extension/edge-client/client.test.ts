import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEdgeClient,
  EXTRACT_TIMEOUT_MS,
  LOOKUP_TIMEOUT_MS,
} from '../../../extension/edge-client/client';
import { buildProblem } from '../../../shared/api/problem';
import { type ChorusStructure, recipientObligationsOf } from '../../../shared/api/structure';
import { FNFE_UBL, fixtureInvoice } from '../ui/fixtures';

const BASE = 'https://edge.example.org';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch answering one JSON body, recording what it was asked. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A fetch that only ends when its signal aborts, as a silent server does. */
const silent = (async (_url: string, init: RequestInit) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  })) as unknown as typeof globalThis.fetch;

const structure: ChorusStructure = {
  identifier: '18007003900110',
  identifierType: 'SIRET',
  name: 'MAIRIE DE TEST',
  active: true,
  flags: { serviceCodeRequired: true, engagementRequired: false, engagementOrService: true },
  services: [{ code: 'FACT', label: 'Factures', engagementRequired: null }],
  source: 'seed',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('edge client', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the health answer and sends the API key as a bearer token', async () => {
    const { fetch, calls } = answering(200, {
      status: 'ok',
      service: 'chorus-assist',
      version: '1.2.0',
    });
    const client = createEdgeClient({ baseUrl: `${BASE}/`, apiKey: 'k1', fetch });
    expect(await client.health()).toEqual({
      ok: true,
      data: { status: 'ok', service: 'chorus-assist', version: '1.2.0' },
    });
    expect(calls[0]?.url).toBe(`${BASE}/health`);
    expect(calls[0]?.init.headers).toMatchObject({ authorization: 'Bearer k1' });
  });

  it('looks up a structure and turns it into the chorus layer’s recipient obligations', async () => {
    const { fetch, calls } = answering(200, structure);
    const answer = await createEdgeClient({ baseUrl: BASE, fetch }).structure('18007003900110');
    expect(calls[0]?.url).toBe(`${BASE}/v1/structures/18007003900110`);
    if (!answer.ok) throw new Error('refused');
    expect(recipientObligationsOf(answer.data)).toEqual({
      name: 'MAIRIE DE TEST',
      siret: '18007003900110',
      serviceCodeRequired: true,
      engagementRequired: false,
      engagementOrServiceRequired: true,
      services: [{ code: 'FACT', engagementRequired: null }],
    });
  });

  it('gives the problem of a refused lookup in both languages, with its request id', async () => {
    const problem = buildProblem({
      code: 'structure-not-found',
      detail: { fr: 'Aucune structure 123.', en: 'No structure 123.' },
      instance: 'req-9',
    });
    const { fetch } = answering(404, problem, { 'x-request-id': 'req-9' });
    const answer = await createEdgeClient({ baseUrl: BASE, fetch }).structure('123');
    expect(answer).toEqual({
      ok: false,
      failure: {
        kind: 'problem',
        status: 404,
        code: 'structure-not-found',
        requestId: 'req-9',
        message: {
          fr: `${problem.title} : Aucune structure 123.`,
          en: `${problem.title_en}: No structure 123.`,
        },
      },
    });
  });

  it('says the edge is unreachable when the network fails, without throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const answer = await createEdgeClient({ baseUrl: BASE, fetch }).health();
    expect(answer.ok === false && answer.failure.kind).toBe('unreachable');
    expect(answer.ok === false && answer.failure.message.fr).toContain(BASE);
  });

  it('gives up on a silent edge after the lookup timeout', async () => {
    vi.useFakeTimers();
    const pending = createEdgeClient({ baseUrl: BASE, fetch: silent }).health();
    await vi.advanceTimersByTimeAsync(LOOKUP_TIMEOUT_MS);
    const answer = await pending;
    expect(answer.ok === false && answer.failure.kind).toBe('timeout');
  });

  it('calls an answer that fits no contract a contract failure (another server at that address)', async () => {
    const { fetch } = answering(200, '<html>Bienvenue</html>');
    const answer = await createEdgeClient({ baseUrl: BASE, fetch }).health();
    expect(answer.ok === false && answer.failure.kind).toBe('contract');
  });
});

describe('edge client: extraction', () => {
  afterEach(() => vi.useRealTimers());
  const pdf = new TextEncoder().encode('%PDF-1.4 test');

  it('posts the PDF itself and reads the invoice with its confidences', async () => {
    const invoice = fixtureInvoice(FNFE_UBL);
    const body = {
      invoice,
      fields: {
        'BT-1': {
          value: 'F20260023',
          confidence: 0.97,
          page: 1,
          box: [1, 2, 3, 4],
          source: 'Facture F20260023',
        },
      },
      lines: [{ 'BT-131': '60.00', confidence: 0.8, page: 1, box: [0, 0, 1, 1], source: '…' }],
      vatBreakdown: [],
      warnings: [],
      pages: [{ number: 1, width: 595, height: 842, characters: 1200 }],
      pageCount: 1,
      textLayer: true,
    };
    const { fetch, calls } = answering(200, body);
    const answer = await createEdgeClient({ baseUrl: BASE, apiKey: 'k', fetch }).extract(
      pdf,
      'facture été.pdf',
    );
    if (!answer.ok) throw new Error('refused');
    expect(answer.data.invoice).toEqual(invoice);
    expect(answer.data.fields['BT-1']?.confidence).toBe(0.97);
    expect(answer.data.lines).toHaveLength(1);
    const call = calls[0];
    expect(call?.url).toBe(`${BASE}/v1/extract`);
    expect(call?.init.method).toBe('POST');
    expect(call?.init.body).toBe(pdf);
    expect(call?.init.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-file-name': 'facture%20%C3%A9t%C3%A9.pdf',
      authorization: 'Bearer k',
    });
  });

  it('refuses an extraction whose invoice is not a valid model', async () => {
    const { fetch } = answering(200, { invoice: { 'BT-1': 5 }, fields: {}, lines: [] });
    const answer = await createEdgeClient({ baseUrl: BASE, fetch }).extract(pdf, 'a.pdf');
    expect(answer.ok === false && answer.failure.kind).toBe('contract');
  });

  it('reports a problem answer (file too large) and a silent extractor', async () => {
    const problem = buildProblem({
      code: 'payload-too-large',
      detail: { fr: 'Trop gros.', en: 'Too big.' },
      instance: 'r',
    });
    const refused = await createEdgeClient({
      baseUrl: BASE,
      fetch: answering(413, problem).fetch,
    }).extract(pdf, 'a.pdf');
    expect(refused.ok === false && refused.failure.code).toBe('payload-too-large');

    vi.useFakeTimers();
    const waiting = createEdgeClient({ baseUrl: BASE, fetch: silent }).extract(pdf, 'a.pdf');
    await vi.advanceTimersByTimeAsync(EXTRACT_TIMEOUT_MS);
    const answer = await waiting;
    expect(answer.ok === false && answer.failure.kind).toBe('timeout');
  });
});

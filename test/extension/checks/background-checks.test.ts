import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type FormCheckDeps,
  fetchWithin,
  handleCheckForm,
  parisToday,
  registerFormChecks,
} from '../../../extension/checks/background-checks';
import {
  createRecipientLookup,
  FAILED_TTL_MS,
  FOUND_TTL_MS,
  type StructureCache,
} from '../../../extension/checks/recipient-lookup';
import type { FormCheckReport } from '../../../extension/checks/report';
import { createEdgeClient } from '../../../extension/edge-client/client';
import { formMessaging, sendFormMessage } from '../../../extension/messaging/protocol';
import { type Settings, settingsItem } from '../../../extension/storage/settings';
import { buildProblem } from '../../../shared/api/problem';
import type { ChorusStructure } from '../../../shared/api/structure';
import { simpleForm, v, withFields } from './form-values';

const EDGE = 'https://edge.example.org';
const HOSPITAL = '26990002300012';

const hospital: ChorusStructure = {
  identifier: HOSPITAL,
  identifierType: 'SIRET',
  name: 'CENTRE HOSPITALIER DES TROIS RIVIERES',
  active: true,
  flags: { serviceCodeRequired: false, engagementRequired: true, engagementOrService: false },
  services: [],
  source: 'seed',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** An edge that knows one structure, recording what it was asked; `down` makes it unreachable. */
function fakeEdge() {
  const asked: string[] = [];
  const edge = {
    asked,
    down: false,
    fetch: (async (url: string) => {
      asked.push(url);
      if (edge.down) throw new TypeError('Failed to fetch');
      const known = url.endsWith(`/v1/structures/${HOSPITAL}`);
      const body = known
        ? hospital
        : buildProblem({
            code: 'structure-not-found',
            detail: { fr: 'Inconnue.', en: 'Unknown.' },
            instance: 'req-1',
          });
      return new Response(JSON.stringify(body), {
        status: known ? 200 : 404,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch,
  };
  return edge;
}

function deps(
  edge: ReturnType<typeof fakeEdge>,
  settings: Settings = { language: 'fr', liveChecks: true },
  clock = { now: Date.parse('2026-02-10T10:00:00Z') },
  cache?: StructureCache,
): FormCheckDeps {
  return {
    settings: async () => settings,
    now: () => new Date(clock.now),
    lookup: createRecipientLookup({
      now: () => clock.now,
      client: async () => createEdgeClient({ baseUrl: EDGE, fetch: edge.fetch }),
      ...(cache ? { cache } : {}),
    }),
  };
}

const toHospital = () =>
  withFields(simpleForm(), {
    recipientSiret: v('269 900 023 00012'),
    recipientName: v(hospital.name),
    engagement: v(''),
  });

async function report(request: unknown, use: FormCheckDeps): Promise<FormCheckReport> {
  const answer = await handleCheckForm(request, use);
  if (!answer.ok) throw new Error(answer.error.message.en);
  return answer.report;
}

describe('checkForm in the service worker', () => {
  afterEach(() => vi.useRealTimers());

  it('asks the edge for the recipient and puts its required EJ on the engagement field, fatal', async () => {
    const edge = fakeEdge();
    const result = await report({ form: toHospital() }, deps(edge));
    expect(edge.asked).toEqual([`${EDGE}/v1/structures/${HOSPITAL}`]);
    expect(result.recipient).toEqual({ status: 'found', name: hospital.name, siret: HOSPITAL });
    const ej = result.issues.find((issue) => issue.rule === 'CHORUS-24');
    expect(ej?.field).toEqual({ key: 'engagement' });
    expect(ej?.severity).toBe('fatal');
    expect(ej?.message.fr).toContain(`Le destinataire ${hospital.name} (SIRET 269 900 023 00012)`);

    const filled = await report(
      { form: withFields(toHospital(), { engagement: v('EJ-42') }) },
      deps(edge),
    );
    expect(filled.issues.some((issue) => issue.rule === 'CHORUS-24')).toBe(false);
  });

  it('says the obligations were not checked when the edge is down, without any error', async () => {
    const edge = fakeEdge();
    edge.down = true;
    const result = await report({ form: toHospital() }, deps(edge));
    expect(result.recipient.status).toBe('failed');
    expect(result.counts.fatal).toBe(0);
    const notRun = result.issues.filter((issue) => issue.rule === 'CHORUS-28');
    expect(notRun.map((issue) => issue.severity)).toEqual(['info']);
    expect(notRun[0]?.message.fr).toContain('non vérifiées');
    expect(notRun[0]?.message.fr).toContain('ne répond pas');
  });

  it('says so when the directory does not know the recipient', async () => {
    const edge = fakeEdge();
    const result = await report(
      { form: withFields(simpleForm(), { recipientSiret: v('19990003600013') }) },
      deps(edge),
    );
    expect(result.recipient.status).toBe('failed');
    expect(result.issues.find((issue) => issue.rule === 'CHORUS-28')?.message.fr).toContain(
      'Structure absente de l’annuaire Chorus Pro',
    );
  });

  it('sends nothing when online checks are off, nor for an invalid SIRET', async () => {
    const edge = fakeEdge();
    const off = await report(
      { form: toHospital() },
      deps(edge, { language: 'fr', liveChecks: false }),
    );
    expect(off.recipient).toEqual({ status: 'off' });
    const invalid = await report(
      { form: withFields(simpleForm(), { recipientSiret: v('26990002300013') }) },
      deps(edge),
    );
    expect(invalid.recipient).toEqual({ status: 'no-siret' });
    expect(edge.asked).toEqual([]);
  });

  it('asks once per SIRET for a while, and again after an edge failure has aged', async () => {
    const edge = fakeEdge();
    const clock = { now: 0 };
    const use = deps(edge, undefined, clock);
    await report({ form: toHospital() }, use);
    await report({ form: toHospital() }, use);
    expect(edge.asked).toHaveLength(1);
    clock.now += FOUND_TTL_MS + 1;
    await report({ form: toHospital() }, use);
    expect(edge.asked).toHaveLength(2);

    edge.down = true;
    const down = deps(edge, undefined, clock);
    await report({ form: toHospital() }, down);
    await report({ form: toHospital() }, down);
    expect(edge.asked).toHaveLength(3);
    edge.down = false;
    clock.now += FAILED_TTL_MS + 1;
    expect((await report({ form: toHospital() }, down)).recipient.status).toBe('found');
    expect(edge.asked).toHaveLength(4);
  });

  it('keeps found structures where a restarted service worker finds them', async () => {
    const edge = fakeEdge();
    const stored = new Map<string, Parameters<StructureCache['set']>[1]>();
    const cache: StructureCache = {
      get: async (key) => stored.get(key),
      set: async (key, value) => void stored.set(key, value),
    };
    const clock = { now: 1_000 };
    await report({ form: toHospital() }, deps(edge, undefined, clock, cache));
    const restarted = await report({ form: toHospital() }, deps(edge, undefined, clock, cache));
    expect(edge.asked).toHaveLength(1);
    expect(restarted.recipient.status).toBe('found');
    expect([...stored.keys()]).toEqual([`${EDGE}|${HOSPITAL}`]);
  });

  it('refuses a request without form values', async () => {
    const edge = fakeEdge();
    for (const request of [
      undefined,
      {},
      { form: { fields: {}, lines: 'x', vatRecap: [] } },
      { form: { fields: { invoiceNumber: { value: 3 } }, lines: [], vatRecap: [] } },
    ]) {
      const answer = await handleCheckForm(request, deps(edge));
      expect(answer.ok ? 'ok' : answer.error.code).toBe('invalid-request');
    }
  });

  it('compares invoice dates with the day in Paris', () => {
    // 23:30 UTC on 28 March is already the 29th in Paris (UTC+1), and 22:30 UTC on 29 March too (UTC+2).
    expect(parisToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(parisToday(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(parisToday(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-29');
  });

  it('gives up on a silent edge after its time', async () => {
    vi.useFakeTimers();
    const silent = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )) as unknown as typeof fetch;
    const pending = fetchWithin(4_000, silent)('https://edge.example.org/x', {});
    const settled = pending.then(
      () => 'answered',
      (error: unknown) => (error instanceof DOMException ? error.name : 'other'),
    );
    await vi.advanceTimersByTimeAsync(3_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled).toBe('AbortError');
  });
});

describe('checkForm through the message channel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => formMessaging.removeAllListeners());

  it('answers the content script with the stored settings', async () => {
    await settingsItem.write({ language: 'fr', liveChecks: false });
    registerFormChecks();
    const answer = await sendFormMessage('checkForm', { form: toHospital() });
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      expect(answer.report.recipient).toEqual({ status: 'off' });
      expect(
        answer.report.issues.find((issue) => issue.rule === 'CHORUS-28')?.message.fr,
      ).toContain('désactivées dans les Réglages');
    }
  });
});

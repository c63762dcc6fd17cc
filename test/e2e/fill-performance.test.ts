import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/model';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { largeUblInvoice } from '../support/large-invoice';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  invoiceFromXml,
  replicaState,
  sendToPage,
  serializeForm,
  serviceWorkerOf,
} from './fill-support';

const LINES = 50;
const BUDGET_MS = 2000;

interface FillAnswer {
  ok: boolean;
  report: {
    durationMs: number;
    pageMs: number;
    rowsAdded: number;
    counts: Record<string, number>;
    fields: { key: string; outcome: string }[];
  };
}

/** The generated 50-line UBL invoice, sent to a recipient the replica knows. */
function fiftyLines(): Invoice {
  const invoice = invoiceFromXml(largeUblInvoice(LINES));
  return {
    ...invoice,
    'BT-10': 'ECOLES',
    'BG-7': { ...invoice['BG-7'], 'BT-47': { id: '21990001600011', scheme: '0009' } },
  };
}

describe(`a ${LINES}-line invoice`, () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it(`fills in under ${BUDGET_MS} ms through the message contract`, async () => {
    const worker = await serviceWorkerOf(browser.context);
    const page = await browser.context.newPage();
    const url = `${site.origin}/cpp/facture/saisie.html`;
    await page.goto(`${url}?execution=e1s1`);
    await page
      .locator('chorus-assist-toolbar button[data-action=fill]')
      .waitFor({ timeout: 10_000 });

    const started = Date.now();
    const answer = await sendToPage<FillAnswer>(worker, url, 'fillForm', {
      invoice: fiftyLines(),
      profile: ACME_PROFILE,
    });
    const wallMs = Date.now() - started;
    const { durationMs, pageMs } = answer.report;
    console.info(
      `fill of ${LINES} lines: ${durationMs} ms in the page (page's own handlers ${pageMs} ms, filler ${durationMs - pageMs} ms), ${wallMs} ms end to end`,
    );

    expect(answer.ok).toBe(true);
    expect(answer.report.rowsAdded).toBe(LINES);
    expect(
      answer.report.fields.filter(
        (field) => !['filled', 'unchanged', 'computed-same'].includes(field.outcome),
      ),
    ).toEqual([]);
    expect(answer.report.durationMs).toBeLessThan(BUDGET_MS);
    expect(wallMs).toBeLessThan(BUDGET_MS + 500);

    const posted = new Map(await serializeForm(page));
    expect(posted.get(`lignes[${LINES - 1}].designation`)).toBe(`Article ${LINES}`);
    expect(posted.get(`lignes[${LINES - 1}].prixUnitaireHT`)).toBe('12,50');
    expect(posted.get('montantTotal.montantHtTotal')).toBe('1\u00a0250,00');
    expect(posted.get('montantTotal.montantAPayer')).toBe('1\u00a0500,00');
    expect((await replicaState(page)).lastPost).toBeNull();
  });
});

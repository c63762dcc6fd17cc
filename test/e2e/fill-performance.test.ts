import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/model';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { largeUblInvoice } from '../support/large-invoice';
import { modelOfXml } from '../support/model-of-xml';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  ACME_PROFILE,
  replicaState,
  sendToPage,
  serializeForm,
  serviceWorkerOf,
} from './fill-support';

const LINES = 50;
/**
 * The 2 s target is measured by `npm run bench:extension` (CHORUS_ASSIST_BENCH=1, an idle
 * machine). In the test suite, on a CI box shared with other test workers, only a gross regression
 * (a fill that hangs or crawls) fails the test: speed is a measure, not a flaky assertion.
 */
const BENCH = process.env.CHORUS_ASSIST_BENCH === '1';
const BUDGET_MS = BENCH ? 2000 : 15_000;
const ATTEMPTS = BENCH ? 3 : 1;

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
  const invoice = modelOfXml(largeUblInvoice(LINES));
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

    // The time is the best of a few runs (undo in between): other processes on a shared machine
    // make single timings noisy. Every run is reported.
    const initial = await serializeForm(page);
    const runs: { durationMs: number; pageMs: number; wallMs: number }[] = [];
    let answer: FillAnswer | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (answer !== undefined) {
        const undone = await sendToPage<{ ok: boolean }>(worker, url, 'undoFill');
        expect(undone.ok).toBe(true);
        expect(await serializeForm(page)).toEqual(initial);
      }
      const started = Date.now();
      answer = await sendToPage<FillAnswer>(worker, url, 'fillForm', {
        invoice: fiftyLines(),
        profile: ACME_PROFILE,
      });
      const { durationMs, pageMs } = answer.report;
      runs.push({ durationMs, pageMs, wallMs: Date.now() - started });
      if (durationMs < BUDGET_MS) break;
    }
    for (const { durationMs, pageMs, wallMs } of runs) {
      console.info(
        `fill of ${LINES} lines: ${durationMs} ms in the page (page's own handlers ${pageMs} ms, filler ${durationMs - pageMs} ms), ${wallMs} ms end to end`,
      );
    }
    if (answer === undefined) throw new Error('no run');

    expect(answer.ok).toBe(true);
    expect(answer.report.rowsAdded).toBe(LINES);
    expect(
      answer.report.fields.filter(
        (field) => !['filled', 'unchanged', 'computed-same'].includes(field.outcome),
      ),
    ).toEqual([]);
    expect(Math.min(...runs.map((run) => run.durationMs))).toBeLessThan(BUDGET_MS);

    const posted = await serializeForm(page);
    const last = (suffix: string) => posted.filter(([name]) => name.endsWith(suffix)).at(-1)?.[1];
    expect(posted.filter(([name]) => name.endsWith('.designation'))).toHaveLength(LINES);
    expect(last('.designation')).toBe(`Article ${LINES}`);
    expect(last('.prixUnitaireHT')).toBe('12,50');
    const totals = new Map(posted);
    expect(totals.get('montantTotal.montantHtTotal')).toBe('1\u00a0250,00');
    expect(totals.get('montantTotal.montantAPayer')).toBe('1\u00a0500,00');
    expect((await replicaState(page)).lastPost).toBeNull();
  });
});

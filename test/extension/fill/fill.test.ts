import { describe, expect, it } from 'vitest';
import { createFormController } from '../../../extension/entrypoints/chorus.content/controller';
import { applyPlan } from '../../../extension/fill/fill';
import { FillJournal } from '../../../extension/fill/journal';
import { fillOptionsOf, planFillRequest } from '../../../extension/fill/plan-request';
import type { FillPlan } from '../../../shared/chorus/portal-plan';
import { byId, linesBlock, mountForm, recordEvents, wireLines } from './forms';

/** A portal-like form: references, a recipient whose services load late, amounts, lines, submit. */
function mountPortal(addButtonType = 'button'): { submits: () => number; clicks: () => number } {
  const form = mountForm(`
    <section id="X_ReferencesPanneau"><h2>Références</h2>
      <label for="num">Numéro de facture *</label><input id="num" name="references.numeroFacture">
      <label for="date">Date de facture</label><input id="date" name="references.dateFacture">
      <label for="mode">Mode de paiement</label>
      <select id="mode" name="references.modePaiement"><option value=""></option><option value="1">Chèque</option><option value="3">Virement</option></select>
      <label for="marche">Numéro de marché</label><input id="marche" disabled>
      <label for="bc">Numéro de bon de commande</label><input id="bc" readonly>
    </section>
    <section id="X_DestinatairePanneau"><h2>Destinataire</h2>
      <label for="siret">Identifiant (SIRET) du destinataire</label><input id="siret">
      <label for="svc">Code service</label><select id="svc" disabled><option value=""></option></select>
    </section>
    ${linesBlock(0, addButtonType)}
    <section id="X_MontantsPanneau"><h2>Montants</h2>
      <label for="ttc">Montant total TTC</label><input id="ttc" readonly value="99,00">
      <label for="apayer">Montant à payer</label><input id="apayer" value="0,00">
    </section>
    <button type="submit" id="send">Valider et envoyer</button>`);
  wireLines();
  // The recipient's services arrive a moment after its SIRET, as a lookup would bring them.
  byId('siret').addEventListener('change', () => {
    setTimeout(() => {
      const select = byId<HTMLSelectElement>('svc');
      const option = document.createElement('option');
      option.value = 'DIRFIN';
      option.textContent = 'DIRFIN - Direction des finances';
      select.append(option);
      select.disabled = false;
    }, 30);
  });
  let submits = 0;
  let clicks = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits += 1;
  });
  byId<HTMLButtonElement>('send').addEventListener('click', () => {
    clicks += 1;
  });
  return { submits: () => submits, clicks: () => clicks };
}

const PLAN: FillPlan = {
  header: [
    { field: 'invoiceNumber', value: { kind: 'text', text: 'F-1' }, from: ['/BT-1'] },
    { field: 'invoiceDate', value: { kind: 'date', value: '2026-01-31' }, from: ['/BT-2'] },
    {
      field: 'paymentMode',
      value: {
        kind: 'option',
        wanted: [
          { by: 'value', value: 'VIREMENT' },
          { by: 'label', label: 'Virement' },
        ],
      },
      from: ['/BG-16/BT-81'],
    },
    { field: 'market', value: { kind: 'text', text: 'M-1' }, from: ['/BT-12'] },
    { field: 'engagement', value: { kind: 'text', text: 'EJ-1' }, from: ['/BT-13'] },
    {
      field: 'recipientSiret',
      value: { kind: 'text', text: '21990001600011' },
      from: ['/BG-7/BT-47'],
    },
  ],
  lines: [
    {
      line: 0,
      steps: [
        { field: 'designation', value: { kind: 'text', text: 'Maintenance' }, from: [] },
        { field: 'quantity', value: { kind: 'decimal', value: '2.5000' }, from: [] },
        { field: 'vatRate', value: { kind: 'vat-rate', rate: '20.00' }, from: [] },
      ],
    },
    {
      line: 1,
      steps: [
        { field: 'designation', value: { kind: 'text', text: 'Fournitures' }, from: [] },
        { field: 'quantity', value: { kind: 'decimal', value: '1234' }, from: [] },
        { field: 'vatRate', value: { kind: 'vat-rate', rate: '8.5' }, from: [] },
      ],
    },
  ],
  vatRecap: [],
  trailer: [
    {
      field: 'serviceCode',
      value: { kind: 'option', wanted: [{ by: 'code', code: 'DIRFIN' }] },
      from: ['/BT-10'],
    },
    { field: 'totalWithVat', value: { kind: 'decimal', value: '120.00' }, from: ['/BG-22/BT-112'] },
    { field: 'amountDue', value: { kind: 'decimal', value: '120.00' }, from: ['/BG-22/BT-115'] },
  ],
  notes: [],
};

const QUICK = { dependentWaitMs: 1000, lateWaitMs: 200 };

describe('applyPlan', () => {
  it('fills header fields, lists by label, waits for late options, adds and fills rows, never submits', async () => {
    const page = mountPortal();
    const events = recordEvents();
    const report = await applyPlan(document, PLAN, new FillJournal(), QUICK);
    const outcome = (key: string, row?: number) =>
      report.fields.find((field) => field.key === key && field.row === row)?.outcome;

    expect([byId('num').value, byId('date').value, byId<HTMLSelectElement>('mode').value]).toEqual([
      'F-1',
      '31/01/2026',
      '3',
    ]);
    expect(byId<HTMLSelectElement>('svc').value).toBe('DIRFIN');
    expect(outcome('serviceCode')).toBe('filled');
    expect([outcome('market'), outcome('engagement')]).toEqual([
      'skipped-disabled',
      'skipped-readonly',
    ]);
    expect([byId('marche').value, byId('bc').value]).toEqual(['', '']);

    expect(report.rowsAdded).toBe(2);
    expect([
      byId('L_Designation_0').value,
      byId('L_Quantite_0').value,
      byId<HTMLSelectElement>('L_Taux_0').value,
    ]).toEqual(['Maintenance', '2,5', 'T20']);
    expect([
      byId('L_Quantite_2').value,
      byId<HTMLSelectElement>('L_Taux_2').value,
      byId('L_Manuel_2').value,
    ]).toEqual(['1\u00a0234', 'AUTRE', '8,5']);
    expect(outcome('lines.manualVatRate', 1)).toBe('filled');

    // The page computed 99,00 in a read-only total: reported, left alone; the editable amount is set.
    expect(report.fields.find((field) => field.key === 'totalWithVat')).toMatchObject({
      outcome: 'computed-differs',
      pageValue: '99,00',
    });
    expect(byId('apayer').value).toBe('120,00');

    expect(events.filter((e) => e.id === 'num').map((e) => e.type)).toEqual([
      'focus',
      'input',
      'change',
      'blur',
      'focusout',
    ]);
    expect(page.submits()).toBe(0);
    expect(page.clicks()).toBe(0);
    expect(report.submitBlocked).toBe(false);
  });

  it('undoes everything in one action: previous values back, added rows removed with the page control', async () => {
    mountPortal();
    const journal = new FillJournal();
    await applyPlan(document, PLAN, journal, QUICK);
    const undo = journal.undo();
    expect(undo.rowsRemoved).toBe(2);
    expect([
      byId('num').value,
      byId('date').value,
      byId<HTMLSelectElement>('mode').value,
      byId('siret').value,
    ]).toEqual(['', '', '', '']);
    expect(byId<HTMLSelectElement>('svc').value).toBe('');
    expect(byId('apayer').value).toBe('0,00');
    expect(document.querySelectorAll('tr.ligne')).toHaveLength(0);
    expect(journal.isEmpty).toBe(true);
  });

  it('refuses to click an « Ajouter une ligne » that would submit the form, and reports it', async () => {
    const page = mountPortal('submit');
    const report = await applyPlan(document, PLAN, new FillJournal(), QUICK);
    expect(report.fields.find((field) => field.key === 'actions.addLine')?.outcome).toBe('failed');
    expect(
      report.fields.filter((field) => field.key.startsWith('lines.')).map((f) => f.outcome),
    ).toEqual(Array(6).fill('not-found'));
    expect(page.submits()).toBe(0);
    expect(document.querySelectorAll('tr.ligne')).toHaveLength(0);
  });

  it('stops a submission the page attempts while it is being filled', async () => {
    const page = mountPortal();
    byId('num').addEventListener('change', () => {
      byId<HTMLFormElement>('f').dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    const report = await applyPlan(document, PLAN, new FillJournal(), QUICK);
    expect(report.submitBlocked).toBe(true);
    expect(page.submits()).toBe(0);
  });
});

describe('the content script controller', () => {
  const deps = {
    // What the service worker answers to `planFill`, without the message.
    planFill: async (request: unknown) => planFillRequest(request),
    loadCorrections: async () => ({}),
    saveCorrection: async () => {},
    settings: QUICK,
  };

  it('answers every request with a result, and fills only the invoice entry form', async () => {
    document.body.innerHTML = '<p>Accueil</p>';
    const elsewhere = createFormController(document, deps);
    expect(elsewhere.status().isInvoiceForm).toBe(false);
    expect(await elsewhere.fill({ invoice: { 'BT-1': 'F-1' } })).toMatchObject({
      ok: false,
      error: { code: 'not-invoice-form' },
    });
    // An invoice the plan cannot read: the page is still checked first.
    const unreadable = { invoice: { 'BG-25': 'Audit' } };
    expect(await elsewhere.fill(unreadable)).toMatchObject({
      ok: false,
      error: { code: 'not-invoice-form' },
    });

    mountPortal();
    const controller = createFormController(document, deps);
    expect(controller.status()).toMatchObject({ isInvoiceForm: true, canUndo: false, busy: false });
    expect(await controller.fill(null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await controller.fill({ invoice: {}, profile: { version: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-profile' },
    });
    expect(await controller.fill(unreadable)).toMatchObject({
      ok: false,
      error: { code: 'unexpected' },
    });
    expect(await controller.undo()).toMatchObject({
      ok: false,
      error: { code: 'nothing-to-undo' },
    });

    const filled = await controller.fill({
      invoice: {
        'BT-1': 'F-9',
        'BT-2': '2026-02-01',
        'BG-25': [{ 'BG-31': { 'BT-153': 'Audit' } }],
      },
    });
    expect(filled.ok).toBe(true);
    expect([byId('num').value, byId('date').value, byId('L_Designation_0').value]).toEqual([
      'F-9',
      '01/02/2026',
      'Audit',
    ]);
    expect(controller.status().canUndo).toBe(true);
    const read = await controller.read();
    expect(read.ok && read.form.fields.invoiceNumber?.value).toBe('F-9');
    expect(read.ok && read.form.lines[0]?.designation?.value).toBe('Audit');
    expect(await controller.undo()).toMatchObject({ ok: true, report: { rowsRemoved: 1 } });
    expect(byId('num').value).toBe('');
  });
});

describe('fillOptionsOf', () => {
  it('keeps only the options that have their shape', () => {
    expect(fillOptionsOf('A9')).toEqual({});
    expect(
      fillOptionsOf({
        frame: 'A9',
        mainDocument: { filename: 'F-1.pdf', mimeCode: 'application/pdf' },
        validator: { siret: '21990001600011', serviceCode: 3 },
        extra: true,
      }),
    ).toEqual({ frame: 'A9', validator: { siret: '21990001600011' } });
  });
});

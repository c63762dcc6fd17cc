/**
 * The sections of the rendered invoice, top to bottom: heading, parties, references, lines,
 * document allowances and charges, VAT breakdown, totals, payment, notes, supporting documents.
 * Each draws only what the invoice has; nothing is computed (totals are the invoice's own).
 */
import type { Invoice, InvoiceLine } from '../../model';
import { formatAmount, formatDate, formatNumber, formatPercent } from './format';
import {
  documentTitle,
  noteSubjectLabel,
  paymentMeansLabel,
  unitLabel,
  vatCategoryLabel,
} from './labels';
import { CONTENT_WIDTH, PAGE, type PageWriter } from './page-writer';
import { type BlockLine, buyerBlock, sellerBlock } from './parties';

const LEFT = PAGE.margin;
const RIGHT = PAGE.width - PAGE.margin;
const LINE = 11.5;

/** `-x` for an amount that is subtracted; a zero or an already negative amount reads right. */
function minus(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.startsWith('-')) return value.slice(1);
  return /^0*(\.0*)?$/.test(value) ? value : `-${value}`;
}

function sectionTitle(w: PageWriter, title: string): void {
  w.ensure(40);
  w.down(10);
  w.text(title, LEFT, { size: 10.5, bold: true });
  w.down(5);
  w.rule();
  w.down(LINE);
}

export function heading(w: PageWriter, invoice: Invoice): void {
  const title = documentTitle(invoice['BT-3']).toUpperCase();
  w.down(8);
  w.text(title, LEFT, { size: 20, bold: true });
  w.text(`N° ${invoice['BT-1'] ?? '(sans numéro)'}`, RIGHT, {
    size: 12,
    bold: true,
    align: 'right',
  });
  w.down(18);
  const facts: string[] = [];
  if (invoice['BT-2']) facts.push(`Date : ${formatDate(invoice['BT-2'])}`);
  if (invoice['BT-9']) facts.push(`Échéance : ${formatDate(invoice['BT-9'])}`);
  if (invoice['BT-5']) facts.push(`Devise : ${invoice['BT-5']}`);
  for (const fact of facts) {
    w.text(fact, RIGHT, { align: 'right' });
    w.down(LINE);
  }
  w.down(6);
}

export function parties(w: PageWriter, invoice: Invoice): void {
  const gap = 24;
  const width = (CONTENT_WIDTH - gap) / 2;
  const columns = [sellerBlock(invoice), buyerBlock(invoice)].map((block) =>
    block.flatMap((line: BlockLine) =>
      w.lines(line.text, width, line).map((text) => ({ ...line, text })),
    ),
  );
  const rows = Math.max(...columns.map((c) => c.length));
  for (let row = 0; row < rows; row++) {
    w.ensure(LINE);
    columns.forEach((column, index) => {
      const line = column[row];
      if (line) w.text(line.text, LEFT + index * (width + gap), line);
    });
    w.down(LINE);
  }
}

function referenceList(invoice: Invoice): Array<[string, string]> {
  const refs: Array<[string, string]> = [];
  const add = (label: string, value: string | undefined) => {
    if (value) refs.push([label, value]);
  };
  add('Code service / référence acheteur', invoice['BT-10']);
  add("N° d'engagement / bon de commande", invoice['BT-13']);
  add('N° de marché / contrat', invoice['BT-12']);
  add('Projet', invoice['BT-11']);
  add('Commande client', invoice['BT-14']);
  add('Avis de réception', invoice['BT-15']);
  add("Avis d'expédition", invoice['BT-16']);
  add("Appel d'offres / lot", invoice['BT-17']);
  add('Objet facturé', invoice['BT-18']?.id);
  add('Référence comptable acheteur', invoice['BT-19']);
  for (const previous of invoice['BG-3'] ?? []) {
    const date = previous['BT-26'] ? ` du ${formatDate(previous['BT-26'])}` : '';
    add('Facture antérieure', previous['BT-25'] && `${previous['BT-25']}${date}`);
  }
  add('Cadre de facturation', invoice['BG-2']?.['BT-23']);
  add("Date d'exigibilité de la TVA", invoice['BT-7'] && formatDate(invoice['BT-7']));
  add('Exigibilité de la TVA', vatPointLabel(invoice['BT-8']));
  const delivery = invoice['BG-13'];
  const period = delivery?.['BG-14'];
  if (period?.['BT-73'] || period?.['BT-74']) {
    add('Période facturée', periodText(period['BT-73'], period['BT-74']));
  }
  add('Date de livraison', delivery?.['BT-72'] && formatDate(delivery['BT-72']));
  const place = delivery?.['BG-15'];
  const placeText = [
    delivery?.['BT-70'],
    place?.['BT-75'],
    place?.['BT-76'],
    place?.['BT-165'],
    [place?.['BT-78'], place?.['BT-77']].filter(Boolean).join(' '),
    place?.['BT-80'] !== 'FR' ? place?.['BT-80'] : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  add('Livraison à', placeText);
  const payee = invoice['BG-10'];
  add('Bénéficiaire du paiement', payee?.['BT-59']);
  const representative = invoice['BG-11'];
  add(
    'Représentant fiscal',
    representative?.['BT-62'] &&
      `${representative['BT-62']}${representative['BT-63'] ? `, TVA ${representative['BT-63']}` : ''}`,
  );
  return refs;
}

function periodText(start: string | undefined, end: string | undefined): string {
  if (start && end) return `du ${formatDate(start)} au ${formatDate(end)}`;
  return start ? `à partir du ${formatDate(start)}` : `jusqu'au ${formatDate(end)}`;
}

/** BT-8 as CII codes it (UNTDID 2475); UBL's UNTDID 2005 codes are shown as they are. */
function vatPointLabel(code: string | undefined): string | undefined {
  switch (code) {
    case undefined:
      return undefined;
    case '5':
      return 'à la date de facture (option pour les débits)';
    case '29':
      return 'à la date de livraison';
    case '72':
      return 'au paiement (encaissements)';
    default:
      return `code ${code}`;
  }
}

export function references(w: PageWriter, invoice: Invoice): void {
  const refs = referenceList(invoice);
  if (refs.length === 0) return;
  sectionTitle(w, 'Références');
  const labelWidth = 190;
  for (const [label, value] of refs) {
    const lines = w.lines(value, CONTENT_WIDTH - labelWidth);
    w.ensure(lines.length * LINE);
    w.text(label, LEFT, { muted: true });
    for (const line of lines) {
      w.text(line, LEFT + labelWidth);
      w.down(LINE);
    }
  }
}

/** Column right edges (numbers) and the description column of the lines table. */
const COLUMNS = {
  number: { x: LEFT, width: 26 },
  item: { x: LEFT + 26, width: CONTENT_WIDTH - 26 - 72 - 74 - 44 - 92 },
  quantity: { right: RIGHT - 92 - 44 - 74 },
  price: { right: RIGHT - 92 - 44 },
  vat: { right: RIGHT - 92 },
  amount: { right: RIGHT },
} as const;

function linesHeader(w: PageWriter): void {
  const style = { bold: true, size: 8.5 } as const;
  w.text('N°', COLUMNS.number.x, style);
  w.text('Désignation', COLUMNS.item.x, style);
  w.text('Quantité', COLUMNS.quantity.right, { ...style, align: 'right' });
  w.text('PU HT', COLUMNS.price.right, { ...style, align: 'right' });
  w.text('TVA', COLUMNS.vat.right, { ...style, align: 'right' });
  w.text('Montant HT', COLUMNS.amount.right, { ...style, align: 'right' });
  w.down(4);
  w.rule();
  w.down(LINE);
}

function lineDetails(line: InvoiceLine, currency: string | undefined): string[] {
  const item = line['BG-31'];
  const details: string[] = [];
  if (item?.['BT-154']) details.push(item['BT-154']);
  if (item?.['BT-155']) details.push(`Réf. vendeur : ${item['BT-155']}`);
  if (item?.['BT-156']) details.push(`Réf. acheteur : ${item['BT-156']}`);
  const period = line['BG-26'];
  if (period?.['BT-134'] || period?.['BT-135']) {
    details.push(`Période ${periodText(period['BT-134'], period['BT-135'])}`);
  }
  for (const allowance of line['BG-27'] ?? []) {
    const reason = allowance['BT-139'] ?? 'Remise';
    details.push(`${reason} : ${formatAmount(minus(allowance['BT-136']), currency)}`);
  }
  for (const charge of line['BG-28'] ?? []) {
    const reason = charge['BT-144'] ?? 'Frais';
    details.push(`${reason} : ${formatAmount(charge['BT-141'], currency)}`);
  }
  const base = line['BG-29']?.['BT-149'];
  if (base !== undefined && !/^0*1(\.0*)?$/.test(base)) {
    const unit = unitLabel(line['BG-29']?.['BT-150'] ?? line['BT-130']);
    details.push(`Prix unitaire pour ${formatNumber(base)} ${unit}`.trim());
  }
  if (line['BT-127']) details.push(line['BT-127']);
  return details;
}

export function invoiceLines(w: PageWriter, invoice: Invoice): void {
  const lines = invoice['BG-25'] ?? [];
  if (lines.length === 0) return;
  const currency = invoice['BT-5'];
  sectionTitle(w, 'Détail');
  linesHeader(w);
  w.onNewPage = () => linesHeader(w);
  lines.forEach((line, index) => {
    const name = line['BG-31']?.['BT-153'] ?? '(sans désignation)';
    const nameLines = w.lines(name, COLUMNS.item.width);
    const detailLines = lineDetails(line, currency).flatMap((d) =>
      w.lines(d, COLUMNS.item.width, { size: 8, muted: true }),
    );
    // A line's first row carries the numbers; keep it with at least its name.
    w.ensure(Math.min(nameLines.length, 3) * LINE);
    const price = line['BG-29'];
    const vat = line['BG-30'];
    w.text(line['BT-126'] ?? String(index + 1), COLUMNS.number.x);
    w.text(
      line['BT-129'] === undefined
        ? ''
        : `${formatNumber(line['BT-129'])} ${unitLabel(line['BT-130'])}`.trim(),
      COLUMNS.quantity.right,
      { align: 'right' },
    );
    w.text(formatAmount(price?.['BT-146'], currency), COLUMNS.price.right, { align: 'right' });
    w.text(
      vat?.['BT-152'] !== undefined ? formatPercent(vat['BT-152']) : (vat?.['BT-151'] ?? ''),
      COLUMNS.vat.right,
      {
        align: 'right',
      },
    );
    w.text(formatAmount(line['BT-131'], currency), COLUMNS.amount.right, { align: 'right' });
    for (const text of nameLines) {
      w.ensure(LINE);
      w.text(text, COLUMNS.item.x);
      w.down(LINE);
    }
    for (const text of detailLines) {
      w.ensure(10);
      w.text(text, COLUMNS.item.x, { size: 8, muted: true });
      w.down(10);
    }
    w.down(3);
  });
  w.onNewPage = undefined;
}

export function documentAllowancesAndCharges(w: PageWriter, invoice: Invoice): void {
  const currency = invoice['BT-5'];
  const rows: Array<[string, string, string]> = [];
  for (const a of invoice['BG-20'] ?? []) {
    rows.push([
      a['BT-97'] ?? 'Remise',
      vatText(a['BT-95'], a['BT-96']),
      formatAmount(minus(a['BT-92']), currency),
    ]);
  }
  for (const c of invoice['BG-21'] ?? []) {
    rows.push([
      c['BT-104'] ?? 'Frais',
      vatText(c['BT-102'], c['BT-103']),
      formatAmount(c['BT-99'], currency),
    ]);
  }
  if (rows.length === 0) return;
  sectionTitle(w, 'Remises et frais sur le total');
  for (const [reason, vat, amount] of rows) {
    const lines = w.lines(reason, CONTENT_WIDTH - 220);
    w.ensure(lines.length * LINE);
    w.text(vat, RIGHT - 110, { align: 'right', muted: true });
    w.text(amount, RIGHT, { align: 'right' });
    for (const line of lines) {
      w.text(line, LEFT);
      w.down(LINE);
    }
  }
}

function vatText(category: string | undefined, rate: string | undefined): string {
  return rate !== undefined ? `TVA ${formatPercent(rate)}` : vatCategoryLabel(category);
}

export function vatBreakdown(w: PageWriter, invoice: Invoice): void {
  const rows = invoice['BG-23'] ?? [];
  if (rows.length === 0) return;
  const currency = invoice['BT-5'];
  sectionTitle(w, 'Récapitulatif de la TVA');
  const header = { bold: true, size: 8.5 } as const;
  w.text('Catégorie', LEFT, header);
  w.text('Taux', RIGHT - 230, { ...header, align: 'right' });
  w.text('Base HT', RIGHT - 115, { ...header, align: 'right' });
  w.text('Montant TVA', RIGHT, { ...header, align: 'right' });
  w.down(LINE);
  for (const row of rows) {
    const reason = row['BT-120'] ?? (row['BT-121'] ? `Motif ${row['BT-121']}` : undefined);
    const label = `${vatCategoryLabel(row['BT-118'])}${reason ? ` — ${reason}` : ''}`;
    const lines = w.lines(label, CONTENT_WIDTH - 280);
    w.ensure(lines.length * LINE);
    w.text(formatPercent(row['BT-119']), RIGHT - 230, { align: 'right' });
    w.text(formatAmount(row['BT-116'], currency), RIGHT - 115, { align: 'right' });
    w.text(formatAmount(row['BT-117'], currency), RIGHT, { align: 'right' });
    for (const line of lines) {
      w.text(line, LEFT);
      w.down(LINE);
    }
  }
}

export function totals(w: PageWriter, invoice: Invoice): void {
  const t = invoice['BG-22'];
  if (!t) return;
  const currency = invoice['BT-5'];
  const rows: Array<[string, string | undefined, boolean]> = [
    ['Total HT des lignes', t['BT-106'], false],
    ['Remises', minus(t['BT-107']), false],
    ['Frais', t['BT-108'], false],
    ['Total HT', t['BT-109'], true],
    ['Total TVA', t['BT-110'], false],
    ['Total TTC', t['BT-112'], true],
    ['Déjà payé', minus(t['BT-113']), false],
    ['Arrondi', t['BT-114'], false],
  ];
  const shown = rows.filter(([, value]) => value !== undefined);
  w.ensure((shown.length + 3) * LINE);
  w.down(8);
  for (const [label, value, bold] of shown) {
    w.text(label, RIGHT - 220, { bold });
    w.text(formatAmount(value, currency), RIGHT, { align: 'right', bold });
    w.down(LINE);
  }
  if (t['BT-111']) {
    w.text(`Total TVA en ${invoice['BT-6'] ?? 'devise comptable'}`, RIGHT - 220, { muted: true });
    w.text(formatAmount(t['BT-111'], invoice['BT-6']), RIGHT, { align: 'right', muted: true });
    w.down(LINE);
  }
  if (t['BT-115'] !== undefined) {
    w.down(3);
    w.rule(RIGHT - 220, RIGHT);
    w.down(LINE);
    w.text('Net à payer', RIGHT - 220, { bold: true, size: 11 });
    w.text(formatAmount(t['BT-115'], currency), RIGHT, { align: 'right', bold: true, size: 11 });
    w.down(LINE + 2);
  }
}

export function payment(w: PageWriter, invoice: Invoice): void {
  const instructions = invoice['BG-16'];
  if (!instructions && !invoice['BT-20']) return;
  sectionTitle(w, 'Paiement');
  const field = (label: string, value: string | undefined) => {
    if (!value) return;
    const lines = w.lines(value, CONTENT_WIDTH - 150);
    w.ensure(lines.length * LINE);
    w.text(label, LEFT, { muted: true });
    for (const line of lines) {
      w.text(line, LEFT + 150);
      w.down(LINE);
    }
  };
  field('Conditions', invoice['BT-20']);
  field('Moyen de paiement', paymentMeansLabel(instructions?.['BT-81']));
  field('Précision', instructions?.['BT-82']);
  field('Référence à rappeler', instructions?.['BT-83']);
  for (const account of instructions?.['BG-17'] ?? []) {
    field('IBAN', account['BT-84']);
    field('BIC', account['BT-86']);
    field('Titulaire du compte', account['BT-85']);
  }
  const card = instructions?.['BG-18'];
  field('Carte', card?.['BT-87']);
  field('Titulaire de la carte', card?.['BT-88']);
  const debit = instructions?.['BG-19'];
  field('Mandat de prélèvement', debit?.['BT-89']);
  field('Identifiant créancier', debit?.['BT-90']);
  field('Compte débité', debit?.['BT-91']);
}

export function notes(w: PageWriter, invoice: Invoice): void {
  const list = invoice['BG-1'] ?? [];
  if (list.length === 0) return;
  sectionTitle(w, 'Mentions');
  for (const note of list) {
    const subject = noteSubjectLabel(note['BT-21']);
    w.paragraph(
      subject ? `${subject} : ${note['BT-22'] ?? ''}` : (note['BT-22'] ?? ''),
      LEFT,
      CONTENT_WIDTH,
      {
        size: 8.5,
      },
    );
  }
}

export function supportingDocuments(w: PageWriter, invoice: Invoice): void {
  const documents = invoice['BG-24'] ?? [];
  if (documents.length === 0) return;
  sectionTitle(w, 'Pièces justificatives');
  for (const doc of documents) {
    const parts = [doc['BT-122'], doc['BT-123'], doc['BT-125']?.filename, doc['BT-124']].filter(
      Boolean,
    );
    w.paragraph(parts.join(' — '), LEFT, CONTENT_WIDTH, { size: 8.5 });
  }
}

/**
 * Document-level terms read from labels: number and type (BT-1, BT-3), dates (BT-2, BT-9),
 * currency (BT-5), Chorus Pro references (BT-10 service code, BT-12 market, BT-13 engagement or
 * purchase order) and payment terms (BT-20).
 */
import { type Candidate, fromHit } from './candidate';
import { type DateOrder, findDates, parseDateAt } from './dates';
import { findLabeled, type Hit, label, modeConfidence, type PageIndex, type Parsed } from './find';
import type { Segment } from './layout';
import { currencyCode, findAmounts, type NumberStyle } from './numbers';

export type HeaderTerm =
  | 'BT-1'
  | 'BT-2'
  | 'BT-3'
  | 'BT-5'
  | 'BT-9'
  | 'BT-10'
  | 'BT-12'
  | 'BT-13'
  | 'BT-20';

export interface HeaderContext {
  readonly index: PageIndex;
  readonly style: NumberStyle;
  readonly order: DateOrder;
}

export function readHeader(context: HeaderContext): Partial<Record<HeaderTerm, Candidate>> {
  const fields: Partial<Record<HeaderTerm, Candidate>> = {};
  const numberAndType = readNumberAndType(context.index);
  if (numberAndType.number) fields['BT-1'] = numberAndType.number;
  if (numberAndType.type) fields['BT-3'] = numberAndType.type;
  const dates = readDates(context);
  if (dates.issue) fields['BT-2'] = dates.issue;
  if (dates.due) fields['BT-9'] = dates.due;
  const currency = readCurrency(context);
  if (currency) fields['BT-5'] = currency;
  const references = readReferences(context.index);
  Object.assign(fields, references);
  const terms = readPaymentTerms(context.index);
  if (terms) fields['BT-20'] = terms;
  return fields;
}

// ——— BT-1 and BT-3 ———

const DOCUMENT_WORD =
  "facture(?:\\s+d'acompte|\\s+rectificative)?|avoir|note\\s+de\\s+cr[ée]dit|invoice|credit\\s+note|tax\\s+invoice";
const NUMBER_WORD = '(?:n[°º]|no\\.?|num[ée]ro|number|#)';

const NUMBER_LABELS = [
  label(`${NUMBER_WORD}\\s*(?:de\\s+(?:la\\s+)?)?(?:facture|l'avoir|avoir)`),
  label(`(?:${DOCUMENT_WORD})\\s*${NUMBER_WORD}`),
  label(`(?:${DOCUMENT_WORD})`),
];

/** An invoice number: one token with a digit, not a date, at most 35 characters. */
function invoiceNumber(text: string): Parsed<string> | undefined {
  const match =
    /^[\s:#]*(?:(?:n[°º]|no\.?|num[ée]ro)\s*:?\s*)?([A-Z0-9](?:[A-Z0-9\-/._]*[A-Z0-9])?)(?![\p{L}\d])/iu.exec(
      text,
    );
  const token = match?.[1];
  if (!match || !token || !/\d/.test(token) || token.length > 35) return undefined;
  if (parseDateAt(token, 'dmy') || /^\d{1,3}(?:[.,]\d{1,2})?$/.test(token)) return undefined;
  return { value: token, length: match[0].length };
}

function documentType(labelText: string): string {
  if (/avoir|cr[ée]dit/iu.test(labelText)) return '381';
  if (/acompte/iu.test(labelText)) return '386';
  if (/rectificative/iu.test(labelText)) return '384';
  return '380';
}

function medianSize(index: PageIndex): number {
  const sizes = index.layout.segments.map((segment) => segment.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 10;
}

function readNumberAndType(index: PageIndex): { number?: Candidate; type?: Candidate } {
  const median = medianSize(index);
  const scored = findLabeled(index, NUMBER_LABELS, invoiceNumber)
    .filter((hit) => hit.rank < 2 || isTitle(hit.label, index, median))
    .map((hit) => ({ hit, score: numberScore(hit, median) }))
    .sort((a, b) => b.score - a.score);
  const winner = scored[0]?.hit;
  if (!winner) {
    const title = titleType(index, median);
    return title ? { type: title } : {};
  }
  const confidence = modeConfidence(winner.mode) + (winner.rank < 2 ? 0.05 : 0);
  const number = fromHit(winner, confidence);
  const typeLabel = winner.rank === 0 ? winner.label.text : winner.labelText;
  const type: Candidate = {
    value: documentType(typeLabel),
    confidence: confidence - 0.05,
    segments: [winner.label],
    source: winner.labelText,
  };
  return { number, type };
}

/** A bare « Facture » counts as a title when printed large or high on the first page. */
function isTitle(segment: Segment, index: PageIndex, median: number): boolean {
  const { height } = index.pageSize(segment.page);
  return segment.page === 1 && (segment.size >= median * 1.3 || segment.baseline < height * 0.3);
}

function numberScore(hit: Hit<string>, median: number): number {
  return (
    modeConfidence(hit.mode) +
    (hit.rank < 2 ? 0.1 : 0) +
    Math.min(hit.label.size / median, 3) * 0.05 -
    (hit.label.page - 1) * 0.2
  );
}

function titleType(index: PageIndex, median: number): Candidate | undefined {
  const titles = index.layout.segments
    .filter((segment) => new RegExp(`^(?:${DOCUMENT_WORD})\\b`, 'iu').test(segment.text))
    .filter((segment) => isTitle(segment, index, median))
    .sort((a, b) => b.size - a.size);
  const title = titles[0];
  if (!title) return undefined;
  return {
    value: documentType(title.text),
    confidence: 0.6,
    segments: [title],
    source: title.text,
  };
}

// ——— BT-2 and BT-9 ———

const ISSUE_LABELS = [
  label(
    "date\\s+(?:de\\s+(?:la\\s+)?)?(?:facture|facturation|l'avoir|[ée]mission)|date\\s+d'[ée]mission|invoice\\s+date|date\\s+of\\s+(?:issue|invoice)|issue\\s+date|[ée]mise?\\s+le|factur[ée]e?\\s+le",
  ),
  label('date'),
];
const DUE_LABELS = [
  label(
    "date\\s+d'[ée]ch[ée]ance|date\\s+limite\\s+de\\s+(?:r[èe]glement|paiement)|due\\s+date|payment\\s+due(?:\\s+date)?|[àa]\\s+(?:payer|r[ée]gler)\\s+avant\\s+le|payable\\s+(?:avant\\s+)?le",
  ),
  label('[ée]ch[ée]ance|[ée]ch[ée]ance\\s+le|due\\s+on'),
];

function readDates(context: HeaderContext): { issue?: Candidate; due?: Candidate } {
  const parse = (text: string) => parseDateAt(text, context.order);
  const byPlace = (a: Hit<string>, b: Hit<string>) =>
    a.rank - b.rank ||
    a.label.page - b.label.page ||
    a.label.baseline - b.label.baseline ||
    modeRank(a) - modeRank(b);
  const issueHits = findLabeled(context.index, ISSUE_LABELS, parse).sort(byPlace);
  const dueHits = findLabeled(context.index, DUE_LABELS, parse).sort(byPlace);
  const result: { issue?: Candidate; due?: Candidate } = {};
  const issue = issueHits[0];
  if (issue) result.issue = fromHit(issue, modeConfidence(issue.mode) - 0.1 * issue.rank);
  else {
    const claimed = new Set([...dueHits].map((hit) => hit.valueSegment.id));
    const unlabelled = firstUnlabelledDate(context, claimed);
    if (unlabelled) result.issue = unlabelled;
  }
  const due = dueHits[0];
  if (due) result.due = fromHit(due, modeConfidence(due.mode) - 0.1 * due.rank);
  return result;
}

function modeRank(hit: Hit<string>): number {
  return hit.mode === 'inline' ? 0 : hit.mode === 'right' ? 1 : 2;
}

/**
 * No issue-date label: the first date standing alone in the upper part of the first page (next to
 * the title, as in « FACTURE / 20/09/2023 / nº 2023-6013 »). Dates inside a sentence or after
 * another label are not taken.
 */
function firstUnlabelledDate(
  context: HeaderContext,
  claimed: ReadonlySet<number>,
): Candidate | undefined {
  const { height } = context.index.pageSize(1);
  for (const segment of context.index.segmentsOf(1)) {
    if (segment.baseline > height * 0.4 || claimed.has(segment.id)) continue;
    if (segment.text.length > 60) continue;
    const [date] = findDates(segment.text, context.order);
    if (date?.index !== 0 || segment.text.slice(date.length).trim() !== '') continue;
    return { value: date.value, confidence: 0.5, segments: [segment], source: segment.text };
  }
  return undefined;
}

// ——— BT-5 ———

const CURRENCY_LABEL = label('devise|monnaie|currency');

function currencyValue(text: string): Parsed<string> | undefined {
  const head = text.slice(0, 24);
  const code = /\(([A-Z]{3})\)/.exec(head) ?? /^[\s:]*([A-Z]{3})(?![A-Za-z])/.exec(head);
  if (code?.[1]) return { value: code[1], length: (code.index ?? 0) + code[0].length };
  const word = /^[\s:]*(euros?|€|\$|£)/iu.exec(head);
  const fromWord = currencyCode(word?.[1]);
  if (word && fromWord) return { value: fromWord, length: word[0].length };
  return undefined;
}

/** A currency label wins; otherwise the currency printed with most amounts. */
function readCurrency(context: HeaderContext): Candidate | undefined {
  const labelled = findLabeled(context.index, [CURRENCY_LABEL], currencyValue)[0];
  if (labelled) return fromHit(labelled, 0.95);
  const counts = new Map<string, { count: number; segment: Segment; raw: string }>();
  for (const segment of context.index.layout.segments) {
    const codes = findAmounts(segment.text, context.style)
      .map((amount) => ({ code: amount.currency, raw: amount.raw }))
      .filter((entry): entry is { code: string; raw: string } => entry.code !== undefined);
    const header = /\((€|EUR|USD|GBP|CHF)\)/.exec(segment.text);
    const headerCode = currencyCode(header?.[1]);
    if (headerCode) codes.push({ code: headerCode, raw: header?.[0] ?? headerCode });
    for (const { code, raw } of codes) {
      const entry = counts.get(code);
      if (entry) entry.count++;
      else counts.set(code, { count: 1, segment, raw });
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  const top = ranked[0];
  if (!top) return undefined;
  const [code, { count, segment, raw }] = top;
  const rivals = ranked.slice(1).reduce((total, [, entry]) => total + entry.count, 0);
  const confidence = Math.min(0.95, 0.65 + 0.05 * count) - (rivals > 0 ? 0.2 : 0);
  return { value: code, confidence, segments: [segment], source: `${raw} (×${count})` };
}

// ——— BT-10, BT-12, BT-13 ———

/** One reference token; `needsDigit` for weak labels (« commande », « votre référence »). */
function reference(needsDigit: boolean): (text: string) => Parsed<string> | undefined {
  return (text) => {
    const match =
      /^[\s:#]*(?:n[°º]\s*:?\s*)?([A-Z0-9](?:[A-Z0-9\-/._]*[A-Z0-9])?)(?![\p{L}\d])/iu.exec(text);
    const token = match?.[1];
    if (!match || !token || token.length > 50) return undefined;
    if (needsDigit && !/\d/.test(token)) return undefined;
    if (parseDateAt(token, 'dmy')) return undefined;
    return { value: token, length: match[0].length };
  };
}

interface ReferenceSpec {
  readonly term: 'BT-10' | 'BT-12' | 'BT-13';
  readonly strong: RegExp;
  readonly weak?: RegExp;
}

const REFERENCE_SPECS: readonly ReferenceSpec[] = [
  {
    term: 'BT-10',
    strong: label(
      'code\\s+service(?:\\s+ex[ée]cutant)?|service\\s+ex[ée]cutant|r[ée]f[ée]rence\\s+acheteur(?:\\s*/\\s*service\\s+ex[ée]cutant)?|buyer\\s+reference',
    ),
  },
  {
    term: 'BT-12',
    strong: label(
      "(?:n[°º]|num[ée]ro)\\s*(?:de\\s+|du\\s+|d')?(?:march[ée]|contrat)|r[ée]f[ée]rence\\s+(?:du\\s+)?(?:march[ée]|contrat)|contract\\s+(?:number|no\\.?|reference)",
    ),
    weak: label('march[ée](?:\\s+public)?|contrat|contract'),
  },
  {
    term: 'BT-13',
    strong: label(
      "(?:n[°º]|num[ée]ro)\\s*(?:de\\s+|du\\s+|d')?(?:bon\\s+de\\s+commande|commande|engagement(?:\\s+juridique)?|EJ)|bon\\s+de\\s+commande|engagement\\s+juridique|(?:n[°º]\\s*)?EJ|purchase\\s+order(?:\\s+(?:number|no\\.?))?|PO\\s+(?:number|no\\.?)|order\\s+(?:number|no\\.?|reference)",
    ),
    weak: label(
      'engagement|commande|votre\\s+r[ée]f[ée]rence|vos\\s+r[ée]f[ée]rences?|your\\s+reference|r[ée]f(?:[ée]rence)?\\s+client',
    ),
  },
];

function readReferences(index: PageIndex): Partial<Record<'BT-10' | 'BT-12' | 'BT-13', Candidate>> {
  const fields: Partial<Record<'BT-10' | 'BT-12' | 'BT-13', Candidate>> = {};
  for (const spec of REFERENCE_SPECS) {
    const strong = findLabeled(index, [spec.strong], reference(false), { below: false });
    const weak = spec.weak
      ? findLabeled(index, [spec.weak], reference(true), { below: false })
      : [];
    const hit = strong[0] ?? weak[0];
    if (hit) fields[spec.term] = fromHit(hit, modeConfidence(hit.mode) - (strong[0] ? 0 : 0.15));
  }
  return fields;
}

// ——— BT-20 ———

const TERMS_LABEL = label(
  'conditions\\s+de\\s+(?:paiement|r[èe]glement)|modalit[ée]s\\s+de\\s+(?:paiement|r[èe]glement)|payment\\s+terms|terms\\s+of\\s+payment',
);

function termsText(text: string): Parsed<string> | undefined {
  const value = text.replace(/^[\s:]+/, '').trim();
  if ((value.match(/\p{L}|\d/gu) ?? []).length < 2) return undefined;
  return { value, length: text.length };
}

/**
 * Payment terms are free text; a value that runs on to the next line (`30% advance payment,` /
 * `balance at 30 days`) is joined when nothing sits in the label's column on that line.
 */
function readPaymentTerms(index: PageIndex): Candidate | undefined {
  const hit = findLabeled(index, [TERMS_LABEL], termsText, { below: false, atStart: true })[0];
  if (!hit) return undefined;
  const candidate = fromHit(hit, modeConfidence(hit.mode) - 0.05);
  if (hit.mode !== 'right') return candidate;
  const next = index
    .below(hit.valueSegment, 1, 1.8)
    .find((segment) => Math.abs(segment.x - hit.valueSegment.x) <= 2);
  if (!next) return candidate;
  const labelColumnTaken = index
    .segmentsOf(next.page)
    .some(
      (other) =>
        Math.abs(other.baseline - next.baseline) < next.size * 0.5 &&
        other.x < next.x &&
        other.right > hit.label.x,
    );
  if (labelColumnTaken || /:/.test(next.text)) return candidate;
  return {
    ...candidate,
    value: `${candidate.value} ${next.text}`,
    segments: [...candidate.segments, next],
    source: `${candidate.source} ${next.text}`,
  };
}

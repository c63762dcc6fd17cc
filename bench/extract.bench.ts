/**
 * `node scripts/bench.mjs extract`: accuracy of the PDF text reader (shared/extract) on the FNFE
 * Factur-X samples. Each PDF is read from its visible text only; the XML embedded in the same file
 * (copied beside the fixtures, test/fixtures/facturx/<Profile>/<name>.xml) is the truth.
 *
 * Reads ../shared/data/facturx-samples when present (all samples), else the fixture subset in
 * test/fixtures/facturx-pdf (or always with `--fixtures`). Prints a Markdown table per term, then
 * time per page. `--details` also prints every difference.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { basename, join } from 'node:path';
import { extractInvoice } from '../shared/extract';
import { buildLayout } from '../shared/extract/layout';
import { readPdfText } from '../shared/extract/pdf-text';
import {
  COMPARED,
  type Compared,
  compare,
  rate,
  type TermOutcome,
  tally,
  WHEN_PRINTED,
} from '../test/core/extract/accuracy';
import { modelOfXml } from '../test/support/model-of-xml';

const FULL_SET = '../shared/data/facturx-samples';
const FIXTURE_SET = 'test/fixtures/facturx-pdf';
const TRUTH = 'test/fixtures/facturx';
const TARGETS: readonly Compared[] = [
  'BT-1',
  'BT-2',
  'BT-5',
  'BT-27',
  'BT-44',
  'BT-30',
  'BT-47',
  'BT-31',
  'BT-109',
  'BT-110',
  'BT-112',
  'BT-115',
  'BG-23',
];

interface Sample {
  readonly name: string;
  readonly pdf: string;
  readonly xml: string;
}

function samples(): { root: string; list: Sample[] } {
  const root =
    existsSync(FULL_SET) && !process.argv.includes('--fixtures') ? FULL_SET : FIXTURE_SET;
  const list: Sample[] = [];
  for (const profile of readdirSync(root).sort()) {
    const folder = join(root, profile);
    if (!statSync(folder).isDirectory() || !existsSync(join(TRUTH, profile))) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.pdf')) continue;
      const xml = join(TRUTH, profile, `${basename(file, '.pdf')}.xml`);
      // Plain PDFs (no embedded XML) have no truth to compare with.
      if (existsSync(xml)) list.push({ name: `${profile}/${file}`, pdf: join(folder, file), xml });
    }
  }
  return { root, list };
}

async function visibleText(bytes: Uint8Array): Promise<string> {
  const text = await readPdfText(bytes, { maxPages: 50, maxItems: 100_000 });
  if (!text.ok) return '';
  return buildLayout(text.text.pages)
    .segments.map((segment) => segment.text)
    .join('\n');
}

const details = process.argv.includes('--details');
const { root, list } = samples();
const comparisons: Record<Compared, TermOutcome>[] = [];
const prints: string[] = [];
/** Confidences of document-level readings, by how they compare with the XML. */
const confidences: Record<'exact' | 'wrong' | 'extra', number[]> = {
  exact: [],
  wrong: [],
  extra: [],
};
let pages = 0;
let elapsed = 0;
for (const sample of list) {
  const bytes = new Uint8Array(readFileSync(sample.pdf));
  const start = performance.now();
  const result = await extractInvoice(bytes);
  elapsed += performance.now() - start;
  pages += result.pages.length;
  const visible = await visibleText(bytes);
  const comparison = compare(result, modelOfXml(readFileSync(sample.xml), sample.xml), visible);
  comparisons.push(comparison);
  prints.push(visible);
  for (const term of COMPARED) {
    const { outcome } = comparison[term];
    const field = term.startsWith('BT-')
      ? result.fields[term as keyof typeof result.fields]
      : undefined;
    if (field && (outcome === 'exact' || outcome === 'wrong' || outcome === 'extra')) {
      confidences[outcome].push(field.confidence);
    }
  }
  if (details) {
    for (const term of COMPARED) {
      const { outcome, expected, found, printed } = comparison[term];
      if (outcome === 'exact' || outcome === 'absent') continue;
      const note = printed === false ? ' (not printed)' : '';
      console.log(
        `${sample.name} ${term} ${outcome}${note}: expected ${expected ?? '—'} | found ${found ?? '—'}`,
      );
    }
    if (result.error) console.log(`${sample.name} ERROR ${result.error.code}`);
  }
}

/**
 * Samples that print exactly the same page but whose XML says different things (the FNFE credit
 * note printed once, embedded once as type 380 with negative amounts and once as 381 with positive
 * ones): no reading of the page can match both, so these terms are also counted without them.
 */
function contradictions(): Set<string> {
  const found = new Set<string>();
  for (const [first, print] of prints.entries()) {
    for (const [second, other] of prints.entries()) {
      if (second <= first || other !== print) continue;
      for (const term of COMPARED) {
        const a = comparisons[first]?.[term].expected;
        const b = comparisons[second]?.[term].expected;
        if (a !== undefined && b !== undefined && a !== b) {
          found.add(`${first}:${term}`);
          found.add(`${second}:${term}`);
        }
      }
    }
  }
  return found;
}

const contradicted = contradictions();
const stats = tally(comparisons);
const consistent = tally(comparisons, (document, term) => contradicted.has(`${document}:${term}`));
const percent = (value: number) => (Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)} %`);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpus().length} × ${cpu}, ${platform()} ${arch()}, Node ${process.version}`);
console.log(`Samples: ${list.length} PDFs with embedded XML from ${root}\n`);
console.log(
  '| term | in XML | printed | found | exact | wrong | extra | exact rate | without contradicted samples | target |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
let exact = 0;
let expected = 0;
for (const term of COMPARED) {
  const entry = stats[term];
  exact += entry.exact;
  expected += entry.expected;
  const printed = WHEN_PRINTED.includes(term) ? ' (printed)' : '';
  const target = TARGETS.includes(term) ? '≥ 95 %' : '';
  console.log(
    `| ${term}${printed} | ${entry.expected} | ${Number.isNaN(entry.printed) ? '' : entry.printed} | ${entry.found} | ${entry.exact} | ${entry.wrong} | ${entry.extra} | ${percent(rate(entry))} | ${percent(rate(consistent[term]))} (${consistent[term].expected}) | ${target} |`,
  );
}
const consistentExact = COMPARED.reduce((total, term) => total + consistent[term].exact, 0);
const consistentExpected = COMPARED.reduce((total, term) => total + consistent[term].expected, 0);
console.log(
  `| **all terms** | ${expected} | | | ${exact} | | | ${percent(exact / expected)} | ${percent(consistentExact / consistentExpected)} (${consistentExpected}) | |`,
);
console.log(
  `\nContradicted: ${contradicted.size} (sample, term) pairs where two samples print the same page but embed different values.`,
);
const mean = (list: number[]) =>
  list.length === 0
    ? '—'
    : (list.reduce((total, value) => total + value, 0) / list.length).toFixed(2);
console.log(
  `\nConfidence of document-level readings: exact ${mean(confidences.exact)} (${confidences.exact.length}), wrong ${mean(confidences.wrong)} (${confidences.wrong.length}), not in the XML ${mean(confidences.extra)} (${confidences.extra.length}).`,
);
console.log(
  `\nTime: ${(elapsed / pages).toFixed(1)} ms per page (${pages} pages, ${(elapsed / list.length).toFixed(1)} ms per PDF, pdf.js parsing included)`,
);

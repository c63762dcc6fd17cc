/**
 * `npm run bench`: validation speed of the official EN 16931 examples and of a generated
 * 1,000-line invoice, parsing included, with and without the XSD layer. Prints a Markdown table
 * for the README. Run on an idle machine; figures are per document, single-threaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join } from 'node:path';
import { type ValidateOptions, validateXml } from '../shared/rules/engine';
import { createXsdValidator } from '../shared/xsd';
import { largeCiiInvoice, largeUblInvoice } from '../test/support/large-invoice';

const EXAMPLES = 'test/fixtures/en16931/examples';

function load(): { name: string; bytes: Uint8Array }[] {
  return ['ubl', 'cii'].flatMap((syntax) =>
    readdirSync(join(EXAMPLES, syntax))
      .sort()
      .map((file) => ({
        name: `${syntax}/${file}`,
        bytes: readFileSync(join(EXAMPLES, syntax, file)),
      })),
  );
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const WARM_UP_PASSES = 5;

async function measure(
  docs: readonly Uint8Array[],
  options: ValidateOptions,
  rounds: number,
): Promise<{ median: number; p95: number; perSecond: number }> {
  // Warm-up: schema compilation, and enough passes for V8 to finish optimising the hot code (one
  // pass left the first measured row still partly in the baseline tiers).
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const doc of docs) await validateXml(doc, options);
  }
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const doc of docs) {
      const t = performance.now();
      await validateXml(doc, options);
      times.push(performance.now() - t);
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    perSecond: (times.length / total) * 1000,
  };
}

const examples = load();
const large = new TextEncoder().encode(largeUblInvoice(1000));
const largeCii = new TextEncoder().encode(largeCiiInvoice(1000));
const xsd = createXsdValidator(() => import('libxml2-wasm'));
const rules: ValidateOptions['rules'] = ['en16931', 'profile', 'fr', 'chorus'];

const rows: string[] = [];
const row = (what: string, r: { median: number; p95: number; perSecond: number }) =>
  rows.push(
    `| ${what} | ${r.median.toFixed(2)} ms | ${r.p95.toFixed(2)} ms | ${r.perSecond.toFixed(0)} |`,
  );

const exampleDocs = examples.map((e) => e.bytes);

// Before any warm-up: what a fresh process (or a fresh Worker isolate) pays while the engine's
// tables are built and its code still runs unoptimised.
const coldStart = performance.now();
await validateXml(exampleDocs[0] as Uint8Array, { rules });
const firstValidation = performance.now() - coldStart;
const firstPassStart = performance.now();
for (const doc of exampleDocs.slice(1)) await validateXml(doc, { rules });
const firstPass = (performance.now() - firstPassStart) / (exampleDocs.length - 1);

row('34 official examples, rules only (all layers)', await measure(exampleDocs, { rules }, 20));
row('34 official examples, XSD + rules', await measure(exampleDocs, { rules, xsd }, 10));
// A single document per round: more rounds than for the 34 examples, so that the median of a
// noisy shared machine rests on more than a handful of measurements.
row('1,000-line UBL invoice, rules only', await measure([large], { rules }, 60));
row('1,000-line UBL invoice, XSD + rules', await measure([large], { rules, xsd }, 40));
row('1,000-line CII invoice, rules only', await measure([largeCii], { rules }, 60));
row('1,000-line CII invoice, XSD + rules', await measure([largeCii], { rules, xsd }, 40));

const memory = process.memoryUsage();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpus().length} × ${cpu}, ${platform()} ${arch()}, Node ${process.version}`);
console.log(`Date: ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| document set | median | p95 | documents/s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
  `\nCold: first validation of the process ${firstValidation.toFixed(1)} ms (${examples[0]?.name}, rules only), then ${firstPass.toFixed(2)} ms on average for the other examples, before any warm-up.`,
);
console.log(
  `\nPeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (heap used now ${(memory.heapUsed / 1048576).toFixed(0)} MB)`,
);

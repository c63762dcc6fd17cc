/**
 * `node scripts/bench.mjs profile [lines] [ubl|cii]`: where validation time goes, stage by stage
 * (parse, read, each EN 16931 rule family, then the profile, fr and chorus layers), on a generated
 * invoice. For finding hot spots; `npm run bench` gives the figures reported in the README.
 */
import { readFileSync } from 'node:fs';
import { type RuleLayer, rulesFor } from '../shared/rules/engine';
import type { Rule, RuleContext } from '../shared/rules/rule';
import { runRules } from '../shared/rules/run-rules';
import { detectDocument } from '../shared/syntax/detect';
import { readInvoice } from '../shared/syntax/read';
import { parseXml } from '../shared/xml';
import { largeUblInvoice } from '../test/support/large-invoice';

const lines = Number(process.argv[3] ?? 1000);
const syntax = process.argv[4] === 'cii' ? 'cii' : 'ubl';
const text = syntax === 'cii' ? largeCiiInvoice(lines) : largeUblInvoice(lines);

/** Official CII example 1 with its first line repeated: no generator writes CII lines yet. */
function largeCiiInvoice(count: number): string {
  const example = readFileSync('test/fixtures/en16931/examples/cii/CII_example1.xml', 'utf8');
  const open = '<ram:IncludedSupplyChainTradeLineItem>';
  const close = '</ram:IncludedSupplyChainTradeLineItem>';
  const line = example.slice(example.indexOf(open), example.indexOf(close) + close.length);
  return example.replace(line, Array.from({ length: count }, () => line).join('\n'));
}
const bytes = new TextEncoder().encode(text);
const ROUNDS = 30;
const WARM_UP = 5;

const stages = new Map<string, number[]>();
function time<T>(name: string, f: () => T): T {
  const start = performance.now();
  const result = f();
  const list = stages.get(name) ?? [];
  list.push(performance.now() - start);
  stages.set(name, list);
  return result;
}

/** EN 16931 rules by family (BR-CO, BR-S, UBL-CR…); the other layers as a whole. */
function stagesOf(layer: RuleLayer, rules: readonly Rule[]): Map<string, Rule[]> {
  const families = new Map<string, Rule[]>();
  for (const rule of rules) {
    const family =
      layer === 'en16931'
        ? rule.id.replace(/-\d+$/, '').replace(/^(UBL|CII)-(CR|SR|DT).*/, '$1-$2')
        : layer;
    families.set(family, [...(families.get(family) ?? []), rule]);
  }
  return families;
}

const LAYERS: readonly RuleLayer[] = ['en16931', 'profile', 'fr', 'chorus'];
for (let round = 0; round < ROUNDS; round++) {
  const parsed = time('parse', () => parseXml(bytes));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const detected = detectDocument(parsed.document.root);
  const read = time('read', () => readInvoice(parsed.document));
  if ('error' in read) throw new Error(read.error.en);
  if (detected.syntax === undefined) throw new Error('not an invoice');
  const context: RuleContext = {
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    profile: detected.profile,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: detected.syntax, detected },
  };
  for (const layer of LAYERS) {
    const selection = rulesFor(layer, detected.syntax, detected.profile);
    if ('skip' in selection) continue;
    for (const [family, rules] of stagesOf(layer, selection.rules)) {
      time(family, () => runRules(layer === 'en16931' ? 'en16931' : layer, rules, context));
    }
  }
}

const median = (list: number[]) => {
  const sorted = list.slice(WARM_UP).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
console.log(`${lines} ${syntax} lines; median over ${ROUNDS - WARM_UP} rounds`);
let total = 0;
for (const [name, list] of stages) {
  total += median(list);
  console.log(`${name.padEnd(12)} ${median(list).toFixed(2)} ms`);
}
console.log(`${'sum'.padEnd(12)} ${total.toFixed(2)} ms`);

// Writes the list of groups and terms of docs/model.md from the term catalogue
// (shared/model/terms.ts), between the two "generated" markers; the rest of the file is written
// by hand. `--check` changes nothing and exits 1 when the file is out of date (a test runs it).
// terms.ts has no runtime import, so Node reads it directly by stripping its types.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MODEL_ELEMENTS, QUALIFIERS, ROOT } from '../shared/model/terms.ts';

const root = resolve(import.meta.dirname, '..');
const docPath = resolve(root, 'docs/model.md');
const START = '<!-- generated:terms:start (scripts/generate-model-doc.mjs) -->';
const END = '<!-- generated:terms:end -->';

const CURRENCY = new Set(['BT-5', 'BT-6']);
const COUNTRY = new Set(['BT-40', 'BT-55', 'BT-69', 'BT-80', 'BT-159']);

function jsonValue(term) {
  const keys = QUALIFIERS.filter((qualifier) => qualifier.term === term.id).map((q) => q.key);
  let value;
  if (term.type === 'BinaryObject') value = '`{ mimeCode, filename, content }`';
  else if (keys.length > 0) value = `\`{ id, ${keys.map((key) => `${key}?`).join(', ')} }\``;
  else if (CURRENCY.has(term.id)) value = 'ISO 4217 code';
  else if (COUNTRY.has(term.id)) value = 'ISO 3166-1 code';
  else if (term.type === 'Date') value = '`"YYYY-MM-DD"`';
  else if (['Amount', 'UnitPriceAmount', 'Quantity', 'Percentage'].includes(term.type)) {
    value = 'decimal string';
  } else if (term.type === 'Code') value = 'code';
  else value = 'string';
  return term.cardinality.endsWith('n') ? `array of ${value}` : value;
}

function qualifierNotes(term) {
  return QUALIFIERS.filter((qualifier) => qualifier.term === term.id)
    .map((q) => `${q.id} \`${q.key}\` (${q.cardinality})`)
    .join(', ');
}

function table(parent) {
  const rows = MODEL_ELEMENTS.filter((element) => element.parent === parent).map((element) => {
    if (element.kind === 'group') {
      const shape = element.cardinality.endsWith('n') ? 'array of objects' : 'object';
      return `| ${element.id} | ${element.name.en} | ${element.name.fr} | ${element.cardinality} | group | ${shape}, see below |`;
    }
    const notes = qualifierNotes(element);
    const value = notes ? `${jsonValue(element)}; ${notes}` : jsonValue(element);
    return `| ${element.id} | ${element.name.en} | ${element.name.fr} | ${element.cardinality} | ${element.type} | ${value} |`;
  });
  return [
    '| Id | Name | Nom | Card. | Type | JSON value |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function render() {
  const parts = ['### The document (root object)', '', table(ROOT)];
  for (const group of MODEL_ELEMENTS.filter((element) => element.kind === 'group')) {
    const where = group.parent === ROOT ? 'the document' : group.parent;
    parts.push(
      '',
      `### ${group.id} ${group.name.en} — ${group.name.fr}`,
      '',
      `${group.cardinality} in ${where}.${group.id === 'BG-25' ? ' Also takes `extensions`.' : ''}`,
      '',
      table(group.id),
    );
  }
  return parts.join('\n');
}

const current = readFileSync(docPath, 'utf8');
const start = current.indexOf(START);
const end = current.indexOf(END);
if (start === -1 || end < start) {
  console.error(`docs/model.md: markers missing (${START} … ${END})`);
  process.exit(2);
}
const next = `${current.slice(0, start + START.length)}\n\n${render()}\n\n${current.slice(end)}`;

if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/model.md is out of date: run node scripts/generate-model-doc.mjs');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(docPath, next);
  console.log('docs/model.md updated');
}

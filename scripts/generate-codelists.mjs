// Turns the official EN 16931 code-list schematrons (test/fixtures/codelists/EN16931-{UBL,CII}-codes.sch,
// validation-1.3.16, EUPL 1.2) into shared/codes/en16931-codelists.generated.ts: for every BR-CL rule
// and syntax, the allowed values and the condition each list carries. Values only: the official
// message texts stay out of the product. The core then needs no runtime data from the fixtures.
//
//   node scripts/generate-codelists.mjs           writes the module
//   node scripts/generate-codelists.mjs --stdout  prints it (the tests compare it with the file)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const OUTPUT = 'shared/codes/en16931-codelists.generated.ts';
const RELEASE = 'validation-1.3.16';
const SOURCES = [
  { syntax: 'UBL', path: 'test/fixtures/codelists/EN16931-UBL-codes.sch' },
  { syntax: 'CII', path: 'test/fixtures/codelists/EN16931-CII-codes.sch' },
];

/** Reads an XML file in the encoding its declaration names (the CII file is ISO-8859-1). */
function readXml(path) {
  const bytes = readFileSync(resolve(root, path));
  const head = bytes.subarray(0, 200).toString('latin1');
  const encoding = /encoding="([^"]+)"/.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(text) {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name) => ENTITIES[name]);
}

function attributes(tag) {
  const found = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
    found[name] = decodeEntities(value);
  }
  return found;
}

/** Index of the parenthesis closing the one at `open`, skipping quoted strings. */
function closingParen(text, open) {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parentheses in: ${text}`);
}

function stripOuterParens(text) {
  let inner = text.trim();
  while (inner.startsWith('(') && closingParen(inner, 0) === inner.length - 1) {
    inner = inner.slice(1, -1).trim();
  }
  return inner;
}

/** Splits on ` or ` at parenthesis depth 0, outside quotes. */
function splitTopLevelOr(text) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && /^\sor\s/.test(text.slice(i, i + 4))) {
      parts.push(text.slice(start, i));
      start = i + 4;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The alternatives of a test: nested top-level `or`s flattened. */
function alternatives(test) {
  const parts = splitTopLevelOr(stripOuterParens(test));
  if (parts.length === 1) return parts;
  return parts.flatMap(alternatives);
}

/** One alternative → its allowed values, the value tested, and its element/ancestor condition. */
function parseBranch(text, where) {
  const axes = [...text.matchAll(/([\w-]+)::/g)].map((m) => m[1]);
  const unknownAxis = axes.find((axis) => axis !== 'self' && axis !== 'ancestor');
  if (unknownAxis) throw new Error(`${where}: unsupported axis ${unknownAxis}:: in ${text}`);
  const lists = [
    ...text.matchAll(
      /contains\(\s*'([^']*)'\s*,\s*concat\(\s*' '\s*,\s*normalize-space\(\s*(upper-case\()?\s*(\.|@[\w:]+)\s*\)/g,
    ),
  ];
  const equalities = [...text.matchAll(/(@[\w:]+|\.)\s*=\s*'([^']*)'/g)];
  let codes;
  let subject;
  let match;
  if (lists.length === 1 && equalities.length === 0) {
    codes = lists[0][1].trim().split(/\s+/);
    subject = lists[0][3];
    match = lists[0][2] ? 'normalized-upper' : 'normalized';
  } else if (lists.length === 0 && equalities.length === 1) {
    codes = [equalities[0][2]];
    subject = equalities[0][1];
    match = 'exact';
  } else {
    throw new Error(`${where}: cannot read the allowed values of ${text}`);
  }
  const element = /self::([\w:]+)/.exec(text)?.[1];
  const ancestors = [...text.matchAll(/ancestor::([\w:]+)/g)].map((m) => m[1]);
  return { subject, match, element, ancestors, codes };
}

/** Every BR-CL assert of one schematron, with its rule context. */
export function readCodeRules(xml, syntax) {
  const rules = [];
  for (const [, ruleTag, body] of xml.matchAll(/<rule\b([^>]*)>([\s\S]*?)<\/rule>/g)) {
    const { context } = attributes(ruleTag);
    for (const [, assertTag] of body.matchAll(/<assert\b([^>]*)>/g)) {
      const { id, test } = attributes(assertTag);
      if (!id?.startsWith('BR-CL-')) continue;
      const where = `${syntax} ${id}`;
      const parsed = alternatives(test).map((text) => parseBranch(text, where));
      const subjects = new Set(parsed.map((branch) => `${branch.subject} ${branch.match}`));
      if (subjects.size !== 1) throw new Error(`${where}: several tested values ${[...subjects]}`);
      // Unconditional alternatives (e.g. `@mimeCode = 'a' or @mimeCode = 'b'`) form one list.
      const branches = [];
      for (const branch of parsed) {
        const key = `${branch.element ?? ''}|${branch.ancestors.join(' ')}`;
        const same = branches.find((b) => b.key === key);
        if (same) same.codes.push(...branch.codes.filter((code) => !same.codes.includes(code)));
        else
          branches.push({
            key,
            element: branch.element,
            ancestors: branch.ancestors,
            codes: [...branch.codes],
          });
      }
      rules.push({
        rule: id,
        syntax,
        context,
        subject: parsed[0].subject,
        match: parsed[0].match,
        branches: branches.map(({ element, ancestors, codes }) => ({
          ...(element ? { element } : {}),
          ...(ancestors.length > 0 ? { ancestors } : {}),
          codes,
        })),
      });
    }
  }
  return rules;
}

const ruleOrder = (id) => Number(id.slice('BR-CL-'.length));

/** The TypeScript module, as a string. */
export function renderModule(sources) {
  const bySyntax = sources.flatMap(({ syntax, xml }) => readCodeRules(xml, syntax));
  const ruleIds = [...new Set(bySyntax.map((r) => r.rule))].sort(
    (a, b) => ruleOrder(a) - ruleOrder(b),
  );
  // Identical lists are written once and shared: the file stays small, and a reader sees at a
  // glance which lists differ between syntaxes.
  const lists = new Map();
  const listName = (codes) => {
    const key = JSON.stringify(codes);
    if (!lists.has(key)) lists.set(key, { name: `VALUES_${lists.size + 1}`, codes });
    return lists.get(key).name;
  };
  const ruleBlocks = ruleIds.map((rule) => {
    const entries = bySyntax
      .filter((r) => r.rule === rule)
      .map((r) => {
        const branches = r.branches.map((b) => {
          const fields = [];
          if (b.element) fields.push(`element: ${JSON.stringify(b.element)}`);
          if (b.ancestors) fields.push(`ancestors: ${JSON.stringify(b.ancestors)}`);
          fields.push(`codes: ${listName(b.codes)}`);
          return `{ ${fields.join(', ')} }`;
        });
        return [
          '      {',
          `        syntax: ${JSON.stringify(r.syntax)},`,
          `        context: ${JSON.stringify(r.context)},`,
          `        subject: ${JSON.stringify(r.subject)},`,
          `        match: ${JSON.stringify(r.match)},`,
          `        branches: [${branches.join(', ')}],`,
          '      },',
        ].join('\n');
      });
    return [
      `  {`,
      `    rule: ${JSON.stringify(rule)},`,
      '    syntaxes: [',
      ...entries,
      '    ],',
      '  },',
    ].join('\n');
  });
  const listBlocks = [...lists.values()].map(
    ({ name, codes }) => `const ${name}: readonly string[] = ${wrapStrings(codes)};`,
  );
  return [
    `// Generated by scripts/generate-codelists.mjs from the EN 16931 code-list schematrons`,
    `// (${SOURCES.map((s) => s.path).join(', ')};`,
    `// ConnectingEurope/eInvoicing-EN16931 ${RELEASE}, EUPL 1.2). Do not edit: change the fixtures and`,
    `// run the script. Values and XPath contexts only; the official message texts are left out.`,
    `import type { CodeListRuleData } from './types';`,
    '',
    `export const CODE_LISTS_RELEASE = ${JSON.stringify(RELEASE)};`,
    '',
    `export const CODE_LIST_RULE_IDS = [${ruleIds.map((id) => JSON.stringify(id)).join(', ')}] as const;`,
    'export type CodeListRuleId = (typeof CODE_LIST_RULE_IDS)[number];',
    '',
    ...listBlocks.flatMap((block) => [block, '']),
    'export const EN16931_CODE_LISTS: readonly CodeListRuleData<CodeListRuleId>[] = [',
    ...ruleBlocks,
    '];',
    '',
  ].join('\n');
}

/** A string array literal wrapped at 100 columns. */
function wrapStrings(values) {
  const lines = [];
  let line = '';
  for (const value of values) {
    const item = `${JSON.stringify(value)}, `;
    if (line.length + item.length > 96) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += item;
  }
  if (line) lines.push(line.trimEnd());
  return `[\n${lines.map((l) => `  ${l}`).join('\n')}\n]`;
}

export function generate() {
  return renderModule(SOURCES.map(({ syntax, path }) => ({ syntax, xml: readXml(path) })));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const source = generate();
  if (process.argv.includes('--stdout')) process.stdout.write(source);
  else writeFileSync(resolve(root, OUTPUT), source);
}

// Turns the pattern `EN16931-CII-Syntax` of the official EN 16931 CII schematron (CII-SR-*, CII-DT-*)
// into the data table shared/rules/en16931/cii/table.generated.ts: its rules in order (context
// XPath, compiled into a match the runtime understands) and, for each assertion, the id, the flag
// and the test in one of a few shapes:
//
//   absent      not(path)                          path from the context, optional final @attribute
//   atMostOne   count(path) <= 1
//   exactlyOne  count(path) = 1
//   present     (path)
//   notBoth     not(a and b), or its long form (not(a) and b) or (a and not(b)) or (not(a) and not(b))
//   unless      not(path) or CONDITION             CONDITION implemented in conditions.ts, keyed by its text
//   special     anything else                      implemented in special.ts, keyed by the rule id
//
// Input: test/fixtures/en16931-schematron/EN16931-CII-validation-preprocessed.sch, a copy of
// cii/schematron/preprocessed/EN16931-CII-validation-preprocessed.sch of ConnectingEurope/
// eInvoicing-EN16931, tag validation-1.3.16 (EUPL 1.2). Ids, flags and XPaths only: the official
// message texts stay out of the product (ours are built from the paths, see messages.ts).
// A context or a test of a shape not listed above stops the script (or fails the type check, for
// a condition or special rule nobody implemented), so that nothing is silently dropped.
//
//   node scripts/generate-cii-syntax-rules.mjs           writes the module
//   node scripts/generate-cii-syntax-rules.mjs --stdout  prints it (a test compares it with the file)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const INPUT = 'test/fixtures/en16931-schematron/EN16931-CII-validation-preprocessed.sch';
const OUTPUT = 'shared/rules/en16931/cii/table.generated.ts';
const PATTERN = 'EN16931-CII-Syntax';

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

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The rules of the syntax pattern, in order, each with its assertions in order. */
export function readSyntaxRules(xml) {
  const start = xml.indexOf(`<pattern id="${PATTERN}">`);
  if (start === -1) throw new Error(`No pattern ${PATTERN} in the schematron.`);
  const body = xml.slice(start, xml.indexOf('</pattern>', start));
  return [...body.matchAll(/<rule\b([^>]*)>([\s\S]*?)<\/rule>/g)].map(([, tag, content]) => {
    const context = attributes(tag).context;
    if (!context) throw new Error(`A rule without context: ${tag}`);
    const asserts = [...content.matchAll(/<assert\b([^>]*)>/g)].map(([, assertTag]) => {
      const { id, flag, test } = attributes(assertTag);
      if (!id || !test || (flag !== 'fatal' && flag !== 'warning')) {
        throw new Error(`Incomplete assertion: ${assertTag}`);
      }
      return { id, flag, test: squash(test) };
    });
    return { context: squash(context), asserts };
  });
}

// ————— Contexts —————

const QNAME = '(?:[a-z]+:)?[A-Za-z]+';
const STEP = new RegExp(`^(${QNAME}|[a-z]+:\\*|\\*)(?:\\[(.*)\\])?$`);

/**
 * One alternative of a context: element steps matched from the context node upwards (`anchored`:
 * the first step is the document's root element), and the predicate of the last step if any.
 */
function compileAlternative(text) {
  const anchored = !text.startsWith('//');
  if (!text.startsWith('/')) throw new Error(`Relative context "${text}"`);
  const steps = text.replace(/^\/\/?/, '').split('/');
  if (steps.some((s) => s === '')) throw new Error(`Context "${text}": only a leading // is known`);
  const last = steps.at(-1);
  const match = STEP.exec(last);
  if (!match) throw new Error(`Context "${text}": step "${last}" not understood`);
  const [, name, predicate] = match;
  for (const step of steps.slice(0, -1)) {
    if (!new RegExp(`^${QNAME}$`).test(step)) throw new Error(`Context "${text}": step "${step}"`);
  }
  const alternative = { anchored, steps: [...steps.slice(0, -1), name] };
  if (predicate === undefined) {
    if (name.endsWith('*')) throw new Error(`Context "${text}": a wildcard needs a predicate`);
    return alternative;
  }
  const suffix =
    /^ends-with\(name\(\), '([A-Za-z]+)'\)(?: and not \(self::([a-z]+:[A-Za-z]+)\))?$/.exec(
      predicate,
    );
  if (suffix && name.endsWith('*')) {
    return { ...alternative, suffix: suffix[1], ...(suffix[2] ? { except: suffix[2] } : {}) };
  }
  const attribute = /^@([A-Za-z]+) = '([^']*)'$/.exec(predicate);
  if (attribute && !name.endsWith('*')) {
    return { ...alternative, attribute: { name: attribute[1], value: attribute[2] } };
  }
  throw new Error(`Context "${text}": predicate "${predicate}" not understood`);
}

export function compileContext(context) {
  return context.split(' | ').map((alternative) => compileAlternative(alternative.trim()));
}

// ————— Tests —————

// A path from the context: element steps, optionally ending with an attribute (or only an attribute).
const PATH = /^(?:[a-z]+:[A-Za-z]+(?:\/[a-z]+:[A-Za-z]+)*(?:\/@[A-Za-z]+)?|@[A-Za-z]+)$/;

/** Removes parentheses around the whole text, when they wrap all of it. */
function unwrap(text) {
  let t = text.trim();
  for (;;) {
    if (!t.startsWith('(') || !t.endsWith(')')) return t;
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '(') depth++;
      else if (t[i] === ')') depth--;
      if (depth === 0 && i < t.length - 1) return t;
    }
    t = t.slice(1, -1).trim();
  }
}

function isPath(text) {
  return PATH.test(text);
}

/** The test in one of the table's shapes: [kind, ...operands]. */
export function classifyTest(test) {
  const t = unwrap(test);
  let m = /^not ?\((.*)\)$/.exec(t);
  if (m && isPath(m[1].trim())) return ['absent', m[1].trim()];
  m = /^not ?\(([^()]*) and ([^()]*)\)$/.exec(t);
  if (m && isPath(m[1].trim()) && isPath(m[2].trim())) return ['notBoth', m[1].trim(), m[2].trim()];
  m =
    /^\(not\((.+?)\) and (.+?)\) or \((.+?) and not\((.+?)\)\) or \(not\((.+?)\) and not\((.+?)\)\)$/.exec(
      t,
    );
  if (m) {
    const [, a1, b1, a2, b2, a3, b3] = m;
    if (a1 === a2 && a2 === a3 && b1 === b2 && b2 === b3 && isPath(a1) && isPath(b1)) {
      return ['notBoth', a1, b1];
    }
  }
  m = /^count\((.*)\) ?<= ?1$/.exec(t);
  if (m && isPath(m[1].trim())) return ['atMostOne', m[1].trim()];
  m = /^count\((.*)\) ?= ?1$/.exec(t);
  if (m && isPath(m[1].trim())) return ['exactlyOne', m[1].trim()];
  if (isPath(t)) return ['present', t];
  m = /^not ?\(([^()]*)\) +or +(.*)$/.exec(t);
  if (m && isPath(m[1].trim())) return ['unless', m[1].trim(), unwrap(m[2])];
  return ['special', t];
}

// ————— Output —————

export function buildTable(xml) {
  return readSyntaxRules(xml).map(({ context, asserts }) => ({
    context,
    match: compileContext(context),
    asserts: asserts.map(({ id, flag, test }) => [id, flag, ...classifyTest(test)]),
  }));
}

export function renderModule(table) {
  const json = (value) => JSON.stringify(value);
  const rules = table.map(({ context, match, asserts }) => {
    const lines = asserts.map((a) => `      ${json(a)},`);
    return `  {
    context: ${json(context)},
    match: ${json(match)},
    asserts: [
${lines.join('\n')}
    ],
  },`;
  });
  return `// Generated by scripts/generate-cii-syntax-rules.mjs from the EN 16931 CII schematron, tag
// validation-1.3.16 (test/fixtures/en16931-schematron/, EUPL 1.2), pattern ${PATTERN}. Do not
// edit: run the script. Shapes of the tests: see the script and table.ts.
import type { CiiSyntaxRule } from './table';

export const CII_SYNTAX_TABLE: readonly CiiSyntaxRule[] = [
${rules.join('\n')}
];
`;
}

export function generate() {
  const xml = readFileSync(resolve(root, INPUT), 'utf8');
  const table = buildTable(xml);
  const source = renderModule(table);
  if (process.argv.includes('--stdout')) process.stdout.write(source);
  else {
    writeFileSync(resolve(root, OUTPUT), source);
    const asserts = table.flatMap((r) => r.asserts);
    const byKind = {};
    for (const a of asserts) byKind[a[2]] = (byKind[a[2]] ?? 0) + 1;
    process.stderr.write(
      `${table.length} rules, ${asserts.length} assertions written to ${OUTPUT}: ${json(byKind)}\n`,
    );
  }
}

function json(value) {
  return JSON.stringify(value);
}

if (import.meta.url === `file://${process.argv[1]}`) generate();

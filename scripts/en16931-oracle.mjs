// Records what the OFFICIAL EN 16931 validators (the compiled XSLT of the validation artefacts,
// tag validation-1.3.16) report on a corpus, into test/core/conformance/official-verdicts.json.
// test/core/conformance/official-verdicts.test.ts runs our en16931 layer on the same corpus and
// compares, file by file, the rule ids that fire (with their flag and count). CI never runs Java:
// only this script does, and only the verdicts (rule id, flag, number of failed assertions) are
// kept — no message text of the artefacts.
//
// Corpus:
//   - the 34 official examples (test/fixtures/en16931/examples/{ubl,cii});
//   - the 29 files of test/fixtures/en16931/unit-tests/testfiles/;
//   - the 72 FNFE Factur-X XMLs of test/fixtures/facturx/*/ — all run through the EN 16931 CII
//     stylesheet whatever their profile: it is the reference of our en16931 layer;
//   - test/fixtures/facturx-fr/F20260023-UBL.xml;
//   - mutations of those files (all but the 3 MB Italian example, too big to repeat), generated
//     here from a fixed seed: an element dropped, duplicated or emptied, a code changed, an amount
//     moved by 0.01, negated or given a third decimal, a date written in another format, a
//     currency swapped or its currencyID removed, spaces around a number, a ChargeIndicator
//     rewritten… Each mutation is stored as edits of its base file ([offset, deleted length,
//     inserted text or [from, to] copied from the base]) with the base's SHA-256, so the test
//     rebuilds the exact document without committing it.
//
// Needs Java 11+ and Saxon HE 9.9 or later (Debian: libsaxonhe-java) and the official XSLT, which
// is not copied into this repository:
//   R=<clone of ConnectingEurope/eInvoicing-EN16931>
//   git -C $R show refs/tags/validation-1.3.16:ubl/xslt/EN16931-UBL-validation.xslt > en-ubl.xslt
//   git -C $R show refs/tags/validation-1.3.16:cii/xslt/EN16931-CII-validation.xslt > en-cii.xslt
//   node scripts/en16931-oracle.mjs --ubl en-ubl.xslt --cii en-cii.xslt \
//     [--saxon /usr/share/java/Saxon-HE.jar] [--per-base 7] [--seed 16931] [--out <file>]
// (--out writes elsewhere, to explore other seeds without touching the committed file).
//
// When the official stylesheet stops on a document with a dynamic error (a value it cannot cast,
// e.g. "abc" as xs:decimal), the entry has `crash` (the first line of Saxon's message) instead of
// a verdict: the official validator gives no answer there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const OUTPUT = 'test/core/conformance/official-verdicts.json';
const BASE_DIRS = [
  'test/fixtures/en16931/examples/ubl',
  'test/fixtures/en16931/examples/cii',
  'test/fixtures/en16931/unit-tests/testfiles',
  'test/fixtures/facturx/Minimum',
  'test/fixtures/facturx/BasicWL',
  'test/fixtures/facturx/Basic',
  'test/fixtures/facturx/EN16931',
  'test/fixtures/facturx/Extended',
  'test/fixtures/facturx/Custom',
];
const BASE_FILES = ['test/fixtures/facturx-fr/F20260023-UBL.xml'];
/** Too big to be mutated (and validated) hundreds of times; validated once as it is. */
const NOT_MUTATED = new Set([
  'test/fixtures/en16931/examples/ubl/FT G2G_TD01 con Allegato, Bonifico e Split Payment.xml',
]);

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`--${name} is required (see the header)`);
  return fallback;
}

// ————— Corpus —————

function baseFiles() {
  const files = [];
  for (const dir of BASE_DIRS) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (/\.xml$/i.test(name)) files.push(`${dir}/${name}`);
    }
  }
  return [...files, ...BASE_FILES];
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

function syntaxOf(text) {
  const rootName = /<(?:[\w.-]+:)?(Invoice|CreditNote|CrossIndustryInvoice)[\s>]/.exec(
    text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  )?.[1];
  if (rootName === undefined) throw new Error('Neither UBL nor CII');
  return rootName === 'CrossIndustryInvoice' ? 'cii' : 'ubl';
}

// ————— A small element scanner: spans of every element, enough to edit these files —————

/**
 * Every element of `text` in document order: qualified and local name, where its start tag, its
 * content and its end begin, its attributes, and its text when it has no child element.
 */
function elementsOf(text) {
  const elements = [];
  const stack = [];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const m of text.matchAll(tag)) {
    if (m[2] === undefined) continue;
    const [whole, closing, name, attributes, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`Unbalanced </${name}>`);
      open.contentEnd = m.index;
      open.end = m.index + whole.length;
      if (!open.hasChildren) open.text = text.slice(open.contentStart, open.contentEnd);
      continue;
    }
    const element = {
      name,
      local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      start: m.index,
      attributesStart: m.index + 1 + name.length,
      attributes,
      contentStart: m.index + whole.length,
      depth: stack.length,
      hasChildren: false,
      parent: stack.at(-1),
    };
    if (stack.length > 0) stack.at(-1).hasChildren = true;
    elements.push(element);
    if (selfClosing) {
      element.contentEnd = element.contentStart;
      element.end = element.contentStart;
      element.text = '';
      element.selfClosing = true;
    } else {
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.at(-1).name}>`);
  return elements;
}

// ————— Mutations —————

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const isAmount = (e) => /Amount$/.test(e.local) && NUMBER.test((e.text ?? '').trim());
const isNumeric = (e) =>
  !e.hasChildren && NUMBER.test((e.text ?? '').trim()) && /Amount|Percent|Quantity/.test(e.local);
const CODE_VALUES = {
  ID: ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'X', 'VAT', 'FR', 'DE'],
  CategoryCode: ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B', 'X'],
  InvoiceTypeCode: ['380', '381', '384', '389', '751', '326', '999'],
  CreditNoteTypeCode: ['381', '380', '396', '999'],
  TypeCode: ['380', '381', '384', '389', '30', '58', '49', '59', '57', '916', '130', '50', '99'],
  PaymentMeansCode: ['30', '58', '49', '59', '48', '1', 'ZZZ'],
  DocumentCurrencyCode: ['EUR', 'USD', 'SEK', 'XXX', 'eur'],
  InvoiceCurrencyCode: ['EUR', 'USD', 'SEK', 'XXX', 'eur'],
  TaxCurrencyCode: ['EUR', 'USD', 'SEK'],
  IdentificationCode: ['FR', 'DE', 'XX', 'fr'],
  CountryID: ['FR', 'DE', 'XX', 'fr'],
  TaxExemptionReasonCode: ['VATEX-EU-AE', 'VATEX-EU-IC', 'VATEX-EU-O', 'VATEX-FR-FRANCHISE', 'X'],
  ExemptionReasonCode: ['VATEX-EU-AE', 'VATEX-EU-IC', 'VATEX-EU-O', 'VATEX-FR-FRANCHISE', 'X'],
  AllowanceChargeReasonCode: ['95', '100', 'ABK', 'ZZZ', '999'],
  ReasonCode: ['95', '100', 'ABK', 'ZZZ', '999'],
  DueDateTypeCode: ['5', '29', '72', '3', '1'],
  TaxPointDateCode: ['3', '35', '432', '1'],
  SubjectCode: ['AAA', 'AAB', 'ZZZ', 'REG'],
  ContentCode: ['AAA', 'ZZZ'],
  ChargeIndicator: ['true', 'false', 'TRUE', '1', ' true '],
  Indicator: ['true', 'false', 'TRUE', '1', ' false '],
};
const ATTRIBUTE_VALUES = {
  currencyID: ['EUR', 'USD', 'SEK', 'XXX'],
  unitCode: ['C62', 'H87', 'XYZ', ''],
  schemeID: ['0088', '0009', '0002', '0225', 'EM', '9999', 'VAT', ''],
  listID: ['STI', 'ZZZ', 'CG', ''],
  mimeCode: ['application/pdf', 'text/plain', 'image/png'],
  format: ['102', '610', '203'],
  unitCodeListID: ['UNECERec20', 'X'],
};

function nudge(value, cents) {
  const trimmed = value.trim();
  const decimals = trimmed.includes('.') ? trimmed.split('.')[1].length : 0;
  const scale = Math.max(decimals, 2);
  const units =
    BigInt(Math.round(Number(trimmed) * 10 ** scale)) + BigInt(cents * 10 ** (scale - 2));
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const isUblDate = (e) => /^\d{4}-\d{2}-\d{2}$/.test((e.text ?? '').trim()) && /Date$/.test(e.local);
const isCiiDate = (e) => /DateTimeString|DateString/.test(e.local) && !e.hasChildren;

/**
 * Every kind of mutation: `targets` picks the elements it can apply to, `edits` makes the edits
 * for one of them. Edits are [offset, deleted length, inserted text | [from, to] of the base].
 */
const MUTATIONS = {
  drop: {
    targets: (all) => all.filter((e) => e.depth > 0),
    edits: (e) => [[e.start, e.end - e.start, '']],
  },
  duplicate: {
    targets: (all) => all.filter((e) => e.depth > 0),
    edits: (e) => [[e.end, 0, [e.start, e.end]]],
  },
  empty: {
    targets: (all) => all.filter((e) => !e.hasChildren && !e.selfClosing && e.text.trim() !== ''),
    edits: (e) => [[e.contentStart, e.contentEnd - e.contentStart, '']],
  },
  code: {
    targets: (all) => all.filter((e) => !e.hasChildren && !e.selfClosing && CODE_VALUES[e.local]),
    edits: (e, pick) => {
      const options = CODE_VALUES[e.local].filter((v) => v !== e.text);
      return [[e.contentStart, e.contentEnd - e.contentStart, pick(options)]];
    },
  },
  attribute: {
    targets: (all) =>
      all.filter((e) => Object.keys(ATTRIBUTE_VALUES).some((a) => attributeSpan(e, a))),
    edits: (e, pick) => {
      const names = Object.keys(ATTRIBUTE_VALUES).filter((a) => attributeSpan(e, a));
      const name = pick(names);
      const span = attributeSpan(e, name);
      const options = ATTRIBUTE_VALUES[name].filter((v) => v !== span.value);
      return [[span.valueStart, span.value.length, pick(options)]];
    },
  },
  'remove attribute': {
    targets: (all) => all.filter((e) => /\w/.test(e.attributes) && !e.attributes.includes('xmlns')),
    edits: (e, pick) => {
      const names = [...e.attributes.matchAll(/([\w.:-]+)\s*=/g)].map((m) => m[1]);
      const span = attributeSpan(e, pick(names));
      return [[span.start, span.end - span.start, '']];
    },
  },
  'amount +0.01': {
    targets: (all) => all.filter(isNumeric),
    edits: (e) => [[e.contentStart, e.contentEnd - e.contentStart, nudge(e.text, 1)]],
  },
  'amount -0.01': {
    targets: (all) => all.filter(isNumeric),
    edits: (e) => [[e.contentStart, e.contentEnd - e.contentStart, nudge(e.text, -1)]],
  },
  'amount negated': {
    targets: (all) => all.filter(isAmount),
    edits: (e) => {
      const t = e.text.trim();
      return [
        [e.contentStart, e.contentEnd - e.contentStart, t.startsWith('-') ? t.slice(1) : `-${t}`],
      ];
    },
  },
  'amount third decimal': {
    targets: (all) => all.filter(isAmount),
    edits: (e) => {
      const t = e.text.trim();
      return [
        [e.contentStart, e.contentEnd - e.contentStart, `${t}${t.includes('.') ? '' : '.'}001`],
      ];
    },
  },
  'number with spaces': {
    targets: (all) => all.filter(isNumeric),
    edits: (e, pick) => [
      [
        e.contentStart,
        e.contentEnd - e.contentStart,
        pick([` ${e.text.trim()} `, `\n  ${e.text.trim()}\t`]),
      ],
    ],
  },
  'number not a number': {
    targets: (all) => all.filter(isNumeric),
    edits: (e, pick) => [
      [
        e.contentStart,
        e.contentEnd - e.contentStart,
        pick(['1,00', '1e2', 'abc', '+5', '.5', '5.']),
      ],
    ],
  },
  'date format': {
    targets: (all) => all.filter((e) => isUblDate(e) || isCiiDate(e)),
    edits: (e, pick) => {
      const t = e.text.trim();
      if (isUblDate(e)) {
        const value = pick([
          t.replaceAll('-', ''),
          `${t.slice(0, 8)}31`,
          `${t.slice(0, 5)}02-30`,
          ` ${t} `,
        ]);
        return [[e.contentStart, e.contentEnd - e.contentStart, value]];
      }
      const format = attributeSpan(e, 'format');
      const iso = /^\d{8}$/.test(t)
        ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`
        : '2024-01-15';
      const choice = pick(['iso', 'format', 'bad day', 'no format']);
      if (choice === 'iso' || format === undefined)
        return [[e.contentStart, e.contentEnd - e.contentStart, iso]];
      if (choice === 'format')
        return [[format.valueStart, format.value.length, pick(['610', '203', ' 102'])]];
      if (choice === 'no format') return [[format.start, format.end - format.start, '']];
      return [[e.contentStart, e.contentEnd - e.contentStart, `${t.slice(0, 6)}32`]];
    },
  },
  'currency swap': {
    targets: (all) =>
      all.filter((e) =>
        /^(DocumentCurrencyCode|InvoiceCurrencyCode|TaxCurrencyCode)$/.test(e.local),
      ),
    edits: (e, pick) => [
      [
        e.contentStart,
        e.contentEnd - e.contentStart,
        pick(['USD', 'SEK', 'GBP'].filter((c) => c !== e.text)),
      ],
    ],
  },
};

/** Where attribute `name` of element `e` is: the whole `name="value"` and its value. */
function attributeSpan(e, name) {
  const m = new RegExp(`\\s(${name.replace(/[.]/g, '\\.')})\\s*=\\s*(["'])([^"']*)\\2`).exec(
    e.attributes,
  );
  if (m === null) return undefined;
  const start = e.attributesStart + m.index;
  const valueStart = start + m[0].length - 1 - m[3].length;
  return { start, end: start + m[0].length, value: m[3], valueStart };
}

function applyEdits(base, edits) {
  let text = base;
  for (const [offset, length, insert] of [...edits].sort((a, b) => b[0] - a[0])) {
    const inserted = typeof insert === 'string' ? insert : base.slice(insert[0], insert[1]);
    text = text.slice(0, offset) + inserted + text.slice(offset + length);
  }
  return text;
}

function mutationsOf(file, text, perBase, next) {
  const all = elementsOf(text);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kinds = Object.keys(MUTATIONS);
  const made = [];
  const seen = new Set();
  for (let attempt = 0; made.length < perBase && attempt < perBase * 10; attempt++) {
    const kind = pick(kinds);
    const targets = MUTATIONS[kind].targets(all);
    if (targets.length === 0) continue;
    const target = pick(targets);
    const edits = MUTATIONS[kind].edits(target, pick);
    const xml = applyEdits(text, edits);
    if (xml === text || seen.has(xml)) continue;
    seen.add(xml);
    const line = text.slice(0, target.start).split('\n').length;
    made.push({ name: `${kind} ${target.name} (line ${line})`, base: file, edits, xml });
  }
  return made;
}

const CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

/** A VAT category code: CII `ram:CategoryCode`, UBL `cbc:ID` of a (classified) tax category. */
function isCategoryCode(e) {
  if (e.hasChildren || e.selfClosing) return false;
  if (e.local === 'CategoryCode') return true;
  return e.local === 'ID' && /^(TaxCategory|ClassifiedTaxCategory)$/.test(e.parent?.local ?? '');
}

/** Local names from the document element down to `e`: what makes two elements "the same place". */
function signatureOf(e) {
  const names = [];
  for (let x = e; x !== undefined; x = x.parent) names.push(x.local);
  return names.reverse().join('/');
}

/**
 * Every place once: for each element path (by local names) met in the corpus, in corpus order,
 * its first occurrence dropped; for each leaf path with text, its first occurrence emptied; for
 * each attribute path, its first occurrence blanked. Counted per syntax.
 */
function systematicMutations(files) {
  const seen = new Set();
  const made = [];
  for (const { file, text, syntax } of files) {
    const all = elementsOf(text);
    for (const e of all) {
      if (e.depth === 0) continue;
      const where = `${syntax} ${signatureOf(e)}`;
      const line = text.slice(0, e.start).split('\n').length;
      const add = (kind, edits) => {
        const key = `${kind} ${where}`;
        if (seen.has(key)) return;
        seen.add(key);
        made.push({ name: `${kind} ${e.name} (line ${line})`, base: file, edits });
      };
      add('every: drop', [[e.start, e.end - e.start, '']]);
      if (!e.hasChildren && !e.selfClosing && e.text.trim() !== '')
        add('every: empty', [[e.contentStart, e.contentEnd - e.contentStart, '']]);
      if (isNumeric(e))
        add('every: amount +0.01', [
          [e.contentStart, e.contentEnd - e.contentStart, nudge(e.text, 1)],
        ]);
      if (isCategoryCode(e)) {
        for (const code of CATEGORY_CODES.filter((c) => c !== e.text.trim())) {
          add(`every: category ${code}`, [[e.contentStart, e.contentEnd - e.contentStart, code]]);
        }
      }
      for (const m of e.attributes.matchAll(/\s([\w.:-]+)\s*=/g)) {
        if (m[1].startsWith('xmlns')) continue;
        const span = attributeSpan(e, m[1]);
        if (span === undefined || span.value === '') continue;
        const key = `every: blank @${m[1]} ${where}`;
        if (seen.has(key)) continue;
        seen.add(key);
        made.push({
          name: `every: blank @${m[1]} of ${e.name} (line ${line})`,
          base: file,
          edits: [[span.valueStart, span.value.length, '']],
        });
      }
    }
  }
  return made;
}

/** The `n`-th (0-based) element named `local` whose parent is named `parent`. */
function find(all, local, parent, n = 0) {
  const found = all.filter(
    (e) => e.local === local && (parent === undefined || e.parent?.local === parent),
  );
  if (found[n] === undefined) throw new Error(`No ${parent}/${local} #${n}`);
  return found[n];
}

/** A copy of `e` inserted after it, with `from` replaced by `to` in the copy. */
function copyAfter(text, e, from, to) {
  const copy = text.slice(e.start, e.end);
  if (!copy.includes(from)) throw new Error(`${from} not in ${e.name}`);
  return [e.end, 0, copy.replace(from, to)];
}

/** Hand-made cases for disagreements the random and systematic ones may miss. */
const TARGETED = [
  {
    name: 'targeted: O breakdown beside an S breakdown',
    base: 'test/fixtures/en16931/examples/cii/XRechnung-O.xml',
    edits: (text, all) => [
      copyAfter(
        text,
        find(all, 'ApplicableTradeTax', 'ApplicableHeaderTradeSettlement'),
        '>O<',
        '>S<',
      ),
    ],
  },
  {
    name: 'targeted: O breakdown beside S and Z breakdowns',
    base: 'test/fixtures/en16931/examples/cii/XRechnung-O.xml',
    edits: (text, all) => {
      const tax = find(all, 'ApplicableTradeTax', 'ApplicableHeaderTradeSettlement');
      return [copyAfter(text, tax, '>O<', '>S<'), copyAfter(text, tax, '>O<', '>Z<')];
    },
  },
  {
    name: 'targeted: two O breakdowns beside an S breakdown',
    base: 'test/fixtures/en16931/examples/cii/XRechnung-O.xml',
    edits: (text, all) => {
      const tax = find(all, 'ApplicableTradeTax', 'ApplicableHeaderTradeSettlement');
      return [copyAfter(text, tax, '>O<', '>O<'), copyAfter(text, tax, '>O<', '>S<')];
    },
  },
  {
    name: 'targeted: O subtotal beside an S subtotal',
    base: 'test/fixtures/en16931/examples/ubl/ubl-tc434-example7.xml',
    edits: (text, all) => [copyAfter(text, find(all, 'TaxSubtotal', 'TaxTotal'), '>O<', '>S<')],
  },
  {
    name: 'targeted: O subtotal beside S and Z subtotals',
    base: 'test/fixtures/en16931/examples/ubl/ubl-tc434-example7.xml',
    edits: (text, all) => {
      const subtotal = find(all, 'TaxSubtotal', 'TaxTotal');
      return [copyAfter(text, subtotal, '>O<', '>S<'), copyAfter(text, subtotal, '>O<', '>Z<')];
    },
  },
  ...[
    ['VAT total in invoice currency with 3 decimals, one in tax currency', [['675.00', '675.001']]],
    ['VAT total in tax currency with 3 decimals', [['628.62', '628.625']]],
    [
      'both VAT totals with 3 decimals',
      [
        ['675.00', '675.001'],
        ['628.62', '628.625'],
      ],
    ],
    [
      'VAT total with 3 decimals and no tax currency total',
      [
        ['675.00', '675.001'],
        ['<ram:TaxTotalAmount currencyID="EUR">628.62</ram:TaxTotalAmount>', ''],
      ],
    ],
    [
      'VAT total with 3 decimals, other total without currency',
      [
        ['675.00', '675.001'],
        ['currencyID="EUR">628.62', '>628.62'],
      ],
    ],
    [
      'tax currency same as invoice currency, totals with 3 decimals',
      [
        ['>EUR</ram:TaxCurrencyCode>', '>DKK</ram:TaxCurrencyCode>'],
        ['currencyID="EUR">628.62', 'currencyID="DKK">628.625'],
        ['675.00', '675.001'],
      ],
    ],
    [
      'tax currency same as invoice currency, second total fine',
      [
        ['>EUR</ram:TaxCurrencyCode>', '>DKK</ram:TaxCurrencyCode>'],
        ['currencyID="EUR">628.62', 'currencyID="DKK">628.62'],
        ['675.00', '675.001'],
      ],
    ],
  ].map(([name, replacements]) => ({
    name: `targeted: ${name}`,
    base: 'test/fixtures/en16931/examples/cii/CII_example5.xml',
    edits: (text) =>
      replacements.map(([from, to]) => {
        const at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${from}: not once`);
        return [at, from.length, to];
      }),
  })),
];

// ————— The official validator —————

/** Failed assertions of an SVRL report: rule id, flag, number of failures, sorted by id. */
function verdictOf(svrl) {
  const counts = new Map();
  for (const m of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>/g)) {
    const id = /\bid="([^"]*)"/.exec(m[1])?.[1];
    const flag = /\bflag="([^"]*)"/.exec(m[1])?.[1] ?? 'fatal';
    if (id === undefined) throw new Error('A failed assertion without id');
    const key = `${id}\u0000${flag}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => {
      const [id, flag] = key.split('\u0000');
      return [id, flag, count];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}

/** Runs one stylesheet on many documents in one Java process; a crash is kept per document. */
function runOfficial(saxon, xslt, jobs, work) {
  const input = join(work, 'in');
  const output = join(work, 'out');
  mkdirSync(input, { recursive: true });
  mkdirSync(output, { recursive: true });
  jobs.forEach((job, i) => {
    writeFileSync(join(input, `${i}.xml`), job.xml);
  });
  let log = '';
  try {
    execFileSync(
      'java',
      ['-cp', saxon, 'net.sf.saxon.Transform', `-s:${input}`, `-xsl:${xslt}`, `-o:${output}`],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 28,
      },
    );
  } catch (error) {
    log = String(error.stderr ?? '');
    if (!/transformations? failed/.test(log)) throw error;
  }
  const crashes = new Map();
  for (const m of log.matchAll(/While processing (\d+)\.xml: ([^\n]*)/g))
    crashes.set(Number(m[1]), m[2]);
  return jobs.map((_, i) =>
    crashes.has(i)
      ? { crash: crashes.get(i) }
      : { fired: verdictOf(readFileSync(join(output, `${i}.xml`), 'utf8')) },
  );
}

// ————— Main —————

function main() {
  const stylesheets = { ubl: argument('ubl'), cii: argument('cii') };
  const saxon = argument('saxon', '/usr/share/java/Saxon-HE.jar');
  const perBase = Number(argument('per-base', '7'));
  const seed = Number(argument('seed', '16931'));
  const next = random(seed);

  const bases = {};
  const jobs = [];
  for (const file of baseFiles()) {
    const text = readFileSync(join(root, file), 'utf8');
    bases[file] = sha256(text);
    jobs.push({ key: file, xml: text, syntax: syntaxOf(text) });
  }
  const mutations = [];
  const add = (m, text) => {
    const key = `#${mutations.length + 1} ${m.name} in ${m.base}`;
    mutations.push({ key, name: m.name, base: m.base, edits: m.edits });
    jobs.push({ key, xml: applyEdits(text, m.edits), syntax: syntaxOf(text) });
  };
  const mutable = baseFiles()
    .filter((file) => !NOT_MUTATED.has(file))
    .map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return { file, text, syntax: syntaxOf(text) };
    });
  for (const { file, text } of mutable) {
    for (const m of mutationsOf(file, text, perBase, next)) add(m, text);
  }
  const texts = new Map(mutable.map(({ file, text }) => [file, text]));
  for (const m of systematicMutations(mutable)) add(m, texts.get(m.base));
  for (const recipe of TARGETED) {
    const text = texts.get(recipe.base);
    add(
      { name: recipe.name, base: recipe.base, edits: recipe.edits(text, elementsOf(text)) },
      text,
    );
  }

  const work = mkdtempSync(join(tmpdir(), 'en16931-oracle-'));
  const results = new Map();
  for (const syntax of ['ubl', 'cii']) {
    const mine = jobs.filter((j) => j.syntax === syntax);
    const verdicts = runOfficial(saxon, stylesheets[syntax], mine, join(work, syntax));
    mine.forEach((job, i) => {
      results.set(job.key, verdicts[i]);
    });
  }

  const documents = {};
  for (const file of Object.keys(bases)) documents[file] = results.get(file);
  const out = {
    about:
      'What the official EN 16931 validators (validation-1.3.16, ubl/xslt/EN16931-UBL-validation.xslt and cii/xslt/EN16931-CII-validation.xslt, run with Saxon HE) report on each document: [rule id, flag, number of failed assertions], or `crash` when the stylesheet stopped with a dynamic error. Generated by scripts/en16931-oracle.mjs; mutations are edits of their base file ([offset, deleted length, inserted text or [from, to] of the base]).',
    seed,
    perBase,
    bases,
    documents,
    mutations: mutations.map(({ key, name, base, edits }) => ({
      name,
      base,
      edits,
      ...results.get(key),
    })),
  };
  const output = resolve(root, argument('out', OUTPUT));
  writeFileSync(output, `${JSON.stringify(out, null, 2)}\n`);
  // In the repository's format, so that a later `biome check --write` leaves it as it is.
  try {
    execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', output], {
      stdio: 'ignore',
    });
  } catch {
    // Outside the repository (--out elsewhere) biome does not format it: no matter.
  }
  const crashed = [...results.values()].filter((r) => r.crash).length;
  console.log(
    `${Object.keys(documents).length} documents and ${mutations.length} mutations recorded in ${output} (${crashed} crashed the official stylesheet)`,
  );
}

main();

// Records what the OFFICIAL EN 16931 CII validator (the XSLT of the artefacts, tag
// validation-1.3.16) reports for the CII syntax-binding rules (CII-SR-*, CII-DT-*) on:
//   - cases built from test/core/rules/cii/fixtures/template.xml: for every rule of the pattern
//     EN16931-CII-Syntax, its forbidden paths inserted at a node of its context, its counted paths
//     repeated, and hand-written cases for the conditional and special assertions;
//   - the official CII examples and the FNFE Factur-X samples of test/fixtures.
// The result, test/core/rules/cii/official-results.json, is what our implementation must give
// (test/core/rules/cii/official-results.test.ts): rule ids and how many context nodes fail each,
// as the official validator counts them.
//
// Needs Java and Saxon HE 9.9 or later (Debian: libsaxonhe-java) and the official XSLT, which is
// not copied into this repository:
//   git -C <eInvoicing-EN16931 clone> show validation-1.3.16:cii/xslt/EN16931-CII-validation.xslt > cii.xslt
//   node scripts/cii-syntax-oracle.mjs --xslt cii.xslt [--saxon /usr/share/java/Saxon-HE.jar]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildTable, INPUT } from './generate-cii-syntax-rules.mjs';

const root = resolve(import.meta.dirname, '..');
const TEMPLATE = 'test/core/rules/cii/fixtures/template.xml';
const OUTPUT = 'test/core/rules/cii/official-results.json';
const DOCUMENT_DIRS = ['test/fixtures/en16931/examples/cii', 'test/fixtures/facturx'];

/** Where each rule's context has a node in the template: `c` for children, `a` for attributes. */
const MARKERS = {
  '//ram:SpecifiedTradeSettlementPaymentMeans': { c: 'c_payment_means' },
  '/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext': { c: 'c_edc' },
  '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument': { c: 'c_ed' },
  '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote': { c: 'c_note' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem':
    {
      c: 'c_line',
    },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument':
    { c: 'c_adld' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct':
    { c: 'c_product' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic':
    { c: 'c_characteristic' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement':
    { c: 'c_line_agreement' },
  '//ram:SpecifiedTradeAllowanceCharge': { c: 'c_allowance' },
  '//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge': { c: 'c_gross_allowance' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery':
    { c: 'c_line_delivery' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement':
    { c: 'c_line_settlement' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement': {
    c: 'c_agreement',
  },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery': {
    c: 'c_delivery',
  },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement': {
    c: 'c_settlement',
  },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation':
    { c: 'c_summation' },
  '/rsm:CrossIndustryInvoice': { c: 'c_root', a: 'a_root' },
  "//*[ends-with(name(), 'DocumentContextParameter')]": { c: 'c_param' },
  '/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:LineID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:SellerAssignedID':
    { a: 'a_doc_id' },
  "//ram:*[ends-with(name(), 'ID')]": { a: 'a_global_id' },
  '//ram:TypeCode': { a: 'a_doc_typecode' },
  '/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode': { a: 'a_doc_typecode' },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode':
    { a: 'a_line_category' },
  "//ram:*[ends-with(name(), 'ReferencedDocument')]": { c: 'c_contract' },
  "//ram:*[ends-with(name(), 'Amount') and not (self::ram:TaxTotalAmount)]": { a: 'a_amount' },
  "//ram:*[ends-with(name(), 'Quantity')]": { a: 'a_quantity' },
  "//ram:*[ends-with(name(), 'TradeTax')]": { c: 'c_allowance_tax' },
  '//ram:BillingSpecifiedPeriod': { c: 'c_period' },
  '//ram:PostalTradeAddress': { c: 'c_address' },
  "//udt:DateTimeString[@format = '102']": { a: 'a_date' },
};

const marker = (name) => `{{${name}}}`;

/** XML that makes `path` (from a context node) reach one node: nested elements, or an attribute. */
function insertionFor(path) {
  const steps = path.split('/');
  const attribute = steps.at(-1).startsWith('@') ? steps.pop().slice(1) : undefined;
  if (steps.length === 0) return { attribute: ` ${attribute}="X"` };
  let xml = '';
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    xml += `<${step}${last && attribute ? ` ${attribute}="X"` : ''}>`;
  });
  xml += 'X';
  for (const step of [...steps].reverse()) xml += `</${step}>`;
  return { children: xml };
}

/** Edits that insert every path of `paths` (`times` copies each) at the rule's markers. */
function insertionEdits(context, paths, times) {
  const markers = MARKERS[context];
  if (!markers) throw new Error(`No marker for the context ${context}`);
  let children = '';
  let attributes = '';
  for (const path of paths) {
    const insertion = insertionFor(path);
    for (let i = 0; i < times; i++) {
      if (insertion.attribute) attributes += insertion.attribute;
      else children += insertion.children;
    }
  }
  const edits = [];
  if (children) {
    if (!markers.c) throw new Error(`No children marker for ${context}`);
    edits.push([marker(markers.c), children + marker(markers.c)]);
  }
  if (attributes) {
    if (!markers.a) throw new Error(`No attribute marker for ${context}`);
    edits.push([marker(markers.a), attributes + marker(markers.a)]);
  }
  return edits;
}

function generatedCases(table) {
  const cases = [{ name: 'template as is', edits: [] }];
  table.forEach((rule, index) => {
    const label = `rule ${index + 1} (${rule.context.slice(0, 80)})`;
    const byKind = (...kinds) => rule.asserts.filter((a) => kinds.includes(a[2]));
    const absent = byKind('absent', 'unless').map((a) => a[3]);
    if (absent.length > 0) {
      cases.push({
        name: `${label}: forbidden paths`,
        edits: insertionEdits(rule.context, absent, 1),
        // If the official validator stops on the whole group, each path is tried alone.
        split: byKind('absent', 'unless').map(([id, , , path]) => ({
          name: `${label}: ${id} forbidden path`,
          edits: insertionEdits(rule.context, [path], 1),
        })),
      });
    }
    // One case per counted path: two of some terms make the official validator stop with a type
    // error (in other rules), and such a case must not hide the others.
    for (const [id, , , path] of byKind('atMostOne')) {
      cases.push({
        name: `${label}: ${id} repeated`,
        edits: insertionEdits(rule.context, [path], 2),
      });
    }
    for (const [id, , , path] of byKind('exactlyOne')) {
      cases.push({
        name: `${label}: ${id} one more`,
        edits: insertionEdits(rule.context, [path], 1),
      });
    }
    for (const [id, , , first, second] of byKind('notBoth')) {
      cases.push({
        name: `${label}: ${id} both`,
        edits: insertionEdits(rule.context, [first, second], 1),
      });
      cases.push({
        name: `${label}: ${id} first only`,
        edits: insertionEdits(rule.context, [first], 1),
      });
    }
  });
  return cases;
}

const GROSS_ALLOWANCE = `<ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>
            <ram:ActualAmount>1.00</ram:ActualAmount>`;
const ALLOWANCE_INDICATOR = `{{c_allowance}}
          <ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>`;
const PAYMENT_MEANS = (code, inner = '') =>
  `<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>${code}</ram:TypeCode>${inner}</ram:SpecifiedTradeSettlementPaymentMeans>`;
const ADDITIONAL = (code, inner = '') =>
  `<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>R</ram:IssuerAssignedID><ram:TypeCode>${code}</ram:TypeCode>${inner}</ram:AdditionalReferencedDocument>`;
const DATE = 'format="102"{{a_date}}>20240115<';
const HEADER_TAX = (due) =>
  `<ram:ApplicableTradeTax><ram:CalculatedAmount>0</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0</ram:BasisAmount><ram:CategoryCode>Z</ram:CategoryCode><ram:DueDateTypeCode>${due}</ram:DueDateTypeCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>`;

/** Cases for what the generated ones cannot reach: conditions, special tests, missing elements. */
const HAND_CASES = [
  ['SR-463 allowance without indicator', [[ALLOWANCE_INDICATOR, '{{c_allowance}}']]],
  ['SR-119 gross price charge', [[GROSS_ALLOWANCE, GROSS_ALLOWANCE.replace('false', 'true')]]],
  [
    'SR-119 gross price allowance as 0',
    [[GROSS_ALLOWANCE, GROSS_ALLOWANCE.replace('false', ' 0 ')]],
  ],
  [
    'SR-119 gross price allowance without amount',
    [[GROSS_ALLOWANCE, GROSS_ALLOWANCE.split('\n')[0]]],
  ],
  [
    'SR-119 gross price amount without indicator',
    [[GROSS_ALLOWANCE, GROSS_ALLOWANCE.split('\n')[1]]],
  ],
  ['SR-119 gross price without indicator nor amount', [[GROSS_ALLOWANCE, '']]],
  [
    'SR-474 two line objects (one with spaces)',
    [['{{c_line_settlement}}', `${ADDITIONAL('130')}${ADDITIONAL(' 130 ')}`]],
  ],
  ['SR-474 one line object', [['{{c_line_settlement}}', ADDITIONAL('130')]]],
  ['SR-457 two tender references', [['{{c_agreement}}', ADDITIONAL('50') + ADDITIONAL('50')]]],
  [
    'SR-457 tender reference with a space',
    [['{{c_agreement}}', ADDITIONAL('50') + ADDITIONAL('50 ')]],
  ],
  ['SR-458 two invoiced objects', [['{{c_agreement}}', ADDITIONAL('130') + ADDITIONAL('130')]]],
  [
    'SR-475 SR-476 two attachments with names and files',
    [
      [
        '{{c_agreement}}',
        ADDITIONAL(
          '916',
          '<ram:AttachmentBinaryObject mimeCode="application/pdf" filename="a.pdf">QQ==</ram:AttachmentBinaryObject><ram:Name>A</ram:Name>',
        ) +
          ADDITIONAL(
            ' 916',
            '<ram:AttachmentBinaryObject mimeCode="application/pdf" filename="b.pdf">QQ==</ram:AttachmentBinaryObject>',
          ),
      ],
    ],
  ],
  ['SR-462 two VAT point date codes', [['{{c_settlement}}', HEADER_TAX('29')]]],
  ['SR-462 same VAT point date code', [['{{c_settlement}}', HEADER_TAX('5')]]],
  ['SR-462 same code written with a space', [['{{c_settlement}}', HEADER_TAX('5 ')]]],
  ['SR-470 transfer without account', [['{{c_settlement}}', PAYMENT_MEANS(' 58 ')]]],
  [
    'SR-470 transfer with a proprietary account',
    [
      [
        '{{c_settlement}}',
        PAYMENT_MEANS(
          '58',
          '<ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>123</ram:ProprietaryID></ram:PayeePartyCreditorFinancialAccount>',
        ),
      ],
    ],
  ],
  ['SR-470 card without account', [['{{c_settlement}}', PAYMENT_MEANS('48')]]],
  [
    'SR-467 two payment means codes',
    [
      [
        '{{c_settlement}}',
        PAYMENT_MEANS(
          '30',
          '<ram:Information>Virement</ram:Information><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>X</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>',
        ).replace('>30<', '>49<'),
      ],
    ],
  ],
  [
    'SR-467 SR-468 same code and text with other spaces',
    [
      [
        '{{c_settlement}}',
        PAYMENT_MEANS(
          ' 30',
          '<ram:Information> Virement  </ram:Information><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>X</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>',
        ),
      ],
    ],
  ],
  [
    'SR-468 two payment texts',
    [
      [
        '{{c_settlement}}',
        PAYMENT_MEANS(
          '30',
          '<ram:Information>Chèque</ram:Information><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>X</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>',
        ),
      ],
    ],
  ],
  [
    'SR-469 two payment references',
    [['{{c_settlement}}', '<ram:PaymentReference>X</ram:PaymentReference>']],
  ],
  ['DT-097 ISO date', [[DATE, 'format="102">2024-01-15<']]],
  ['DT-097 month 13', [[DATE, 'format="102">20241315<']]],
  ['DT-097 day 32', [[DATE, 'format="102">20240132<']]],
  ['DT-097 spaces around', [[DATE, 'format="102">\n 20240115 \t<']]],
  ['DT-097 Arabic-Indic year', [[DATE, 'format="102">٢٠٢٤0115<']]],
  ['DT-097 empty', [[DATE, 'format="102"><']]],
  ['DT-097 other format', [[DATE, 'format="610">202401<']]],
  ['DT-097 format with a space', [[DATE, 'format=" 102">2024<']]],
  ['DT-097 31 February', [[DATE, 'format="102">20240231<']]],
  [
    'DT-033 unit on another quantity only',
    [
      ['unitCode="C62">10<', '>10<'],
      ['<ram:BasisQuantity{{a_quantity}}>', '<ram:BasisQuantity unitCode="C62">'],
    ],
  ],
  [
    'DT-033 unit on the billed quantity and another',
    [['<ram:BasisQuantity{{a_quantity}}>', '<ram:BasisQuantity unitCode="C62">']],
  ],
  [
    'DT-037 allowance tax other than VAT',
    [['{{c_allowance_tax}}\n          <ram:TypeCode>VAT', '<ram:TypeCode>GST']],
  ],
  [
    'DT-059 rate with a format',
    [
      [
        '<ram:DueDateTypeCode>5</ram:DueDateTypeCode>\n        <ram:RateApplicablePercent>',
        '<ram:DueDateTypeCode>5</ram:DueDateTypeCode><ram:RateApplicablePercent format="X">',
      ],
    ],
  ],
  [
    'DT-041 DT-052 DT-054 DT-058 DT-098 in the line VAT',
    [
      [
        '{{c_line_tax}}',
        '<ram:BasisAmount>1</ram:BasisAmount><ram:ExemptionReason>X</ram:ExemptionReason><ram:ExemptionReasonCode>X</ram:ExemptionReasonCode><ram:TaxPointDate><udt:DateString format="102">20240101</udt:DateString></ram:TaxPointDate><ram:DueDateTypeCode>5</ram:DueDateTypeCode>',
      ],
    ],
  ],
  [
    'DT-041 DT-052 DT-054 DT-098 in the header VAT',
    [
      [
        '{{c_header_tax}}',
        '<ram:ExemptionReason>X</ram:ExemptionReason><ram:ExemptionReasonCode>X</ram:ExemptionReasonCode><ram:TaxPointDate><udt:DateString format="102">20240101</udt:DateString></ram:TaxPointDate>',
      ],
    ],
  ],
  ['SR-046 global id without scheme', [['schemeID="0160"{{a_global_id}}', '']]],
  ['SR-090 origin without country', [['{{c_product}}', '<ram:OriginTradeCountry/>']]],
  [
    'SR-090 origin with one country',
    [['{{c_product}}', '<ram:OriginTradeCountry><ram:ID>FR</ram:ID></ram:OriginTradeCountry>']],
  ],
  [
    'SR-090 two origins with one country each',
    [
      [
        '{{c_product}}',
        '<ram:OriginTradeCountry><ram:ID>FR</ram:ID></ram:OriginTradeCountry><ram:OriginTradeCountry><ram:ID>DE</ram:ID></ram:OriginTradeCountry>',
      ],
    ],
  ],
  [
    'DT-015 DT-021 DT-022 attachment 916 with its parts',
    [
      [
        '{{c_agreement}}',
        ADDITIONAL(
          '916',
          '<ram:URIID>u</ram:URIID><ram:Name>n</ram:Name><ram:AttachmentBinaryObject mimeCode="application/pdf" filename="a.pdf">QQ==</ram:AttachmentBinaryObject>',
        ),
      ],
    ],
  ],
  [
    'DT-015 DT-021 DT-022 DT-024 additional document 50 with parts of 916 and 130',
    [
      [
        '{{c_agreement}}',
        ADDITIONAL(
          '50',
          '<ram:URIID>u</ram:URIID><ram:Name>n</ram:Name><ram:ReferenceTypeCode>AAA</ram:ReferenceTypeCode>',
        ),
      ],
    ],
  ],
  [
    'DT-024 invoiced object with a scheme',
    [['{{c_agreement}}', ADDITIONAL('130', '<ram:ReferenceTypeCode>AAA</ram:ReferenceTypeCode>')]],
  ],
  ['DT-018 additional document with another type', [['{{c_agreement}}', ADDITIONAL('751')]]],
  ['DT-018 additional document with a padded type', [['{{c_agreement}}', ADDITIONAL(' 916 ')]]],
  [
    'DT-027 issue date on a contract',
    [
      [
        '{{c_contract}}',
        '<ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20240101</qdt:DateTimeString></ram:FormattedIssueDateTime>',
      ],
    ],
  ],
  ['SR-014 no invoice type code', [['<ram:TypeCode{{a_doc_typecode}}>380</ram:TypeCode>', '']]],
  [
    'SR-009 SR-010 no specification identifier',
    [
      [
        /<ram:GuidelineSpecifiedDocumentContextParameter>[\s\S]*?<\/ram:GuidelineSpecifiedDocumentContextParameter>/
          .source,
        '',
      ],
    ],
    true,
  ],
  [
    'SR-010 guideline without id',
    [['<ram:ID{{a_guideline_id}}>urn:cen.eu:en16931:2017</ram:ID>', '']],
  ],
  [
    'SR-069 SR-072 characteristic without name and value',
    [
      ['<ram:Description>Grammage</ram:Description>', ''],
      ['<ram:Value>80 g</ram:Value>', ''],
    ],
  ],
  ['SR-439 no net price', [['<ram:ChargeAmount{{a_amount}}>4.00</ram:ChargeAmount>', '']]],
  [
    'SR-454 line without VAT',
    [[/<ram:ApplicableTradeTax>\{\{c_line_tax\}\}[\s\S]*?<\/ram:ApplicableTradeTax>/.source, '']],
    true,
  ],
  [
    'TaxTotalAmount is not an amount context',
    [
      [
        '<ram:TaxTotalAmount currencyID="EUR">',
        '<ram:TaxTotalAmount currencyID="EUR" currencyCodeListVersionID="1">',
      ],
    ],
  ],
  [
    'IDs in other namespaces and positions',
    [
      ['{{c_root}}', '<ram:GlobalID schemeName="x">1</ram:GlobalID>'],
      ['{{c_edc}}', '<udt:ID schemeName="x">1</udt:ID>'],
    ],
  ],
  [
    'SR-04 SR-05 on another context parameter',
    [
      [
        '{{c_edc}}',
        '<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A1</ram:ID><ram:Value>v</ram:Value><ram:SpecifiedDocumentVersion>1</ram:SpecifiedDocumentVersion></ram:BusinessProcessSpecifiedDocumentContextParameter>',
      ],
    ],
  ],
  [
    'context rules only on their absolute path (a line note outside a line)',
    [
      [
        '{{c_root}}',
        '<ram:IncludedSupplyChainTradeLineItem><ram:DescriptionCode>X</ram:DescriptionCode></ram:IncludedSupplyChainTradeLineItem>',
      ],
    ],
  ],
  [
    'two lines, the second with forbidden product elements',
    [
      ['{{c_line}}', ''],
      [
        '</ram:IncludedSupplyChainTradeLineItem>',
        '</ram:IncludedSupplyChainTradeLineItem><ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedTradeProduct><ram:ID>1</ram:ID><ram:TradeName>T</ram:TradeName></ram:SpecifiedTradeProduct></ram:IncludedSupplyChainTradeLineItem>',
      ],
    ],
  ],
].map(([name, edits, regex]) => ({ name, edits, ...(regex ? { regex: true } : {}) }));

/** The document of a case: the template with its edits applied, the markers left removed. */
export function applyEdits(template, edits, regex = false) {
  let xml = template;
  for (const [find, replace] of edits) {
    const next = regex ? xml.replace(new RegExp(find), replace) : xml.replace(find, replace);
    if (next === xml && find !== replace) throw new Error(`Edit not applied: ${find}`);
    xml = next;
  }
  return xml.replace(/\{\{[a-z_]+\}\}/g, '');
}

function listDocuments() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(resolve(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.xml')) found.push(path);
    }
  };
  for (const dir of DOCUMENT_DIRS) walk(dir);
  return found.sort();
}

/** CII-SR / CII-DT ids of an SVRL report, with the number of distinct failing locations. */
function firedIn(svrl) {
  const seen = new Set();
  const fired = {};
  for (const [, attributes] of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>/g)) {
    const id = /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const location = /\blocation="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (!/^CII-(SR|DT)-/.test(id) || seen.has(`${id} ${location}`)) continue;
    seen.add(`${id} ${location}`);
    fired[id] = (fired[id] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(fired).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Runs the official XSLT (one Saxon process) over documents given as text; returns the fired ids
 * of each, or `undefined` where the validator stopped with an error.
 */
function runOfficial(texts, saxon, xslt) {
  const work = mkdtempSync(join(tmpdir(), 'cii-oracle-'));
  const input = join(work, 'in');
  const output = join(work, 'out');
  mkdirSync(input);
  mkdirSync(output);
  for (const [i, text] of texts.entries()) writeFileSync(join(input, `doc-${i}.xml`), text);
  try {
    execFileSync(
      'java',
      ['-cp', saxon, 'net.sf.saxon.Transform', `-s:${input}`, `-o:${output}`, `-xsl:${xslt}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch {
    // Saxon goes on with the other files when one fails; the failed ones have no report.
  }
  const produced = new Set(readdirSync(output));
  return texts.map((_, i) => {
    const name = `doc-${i}.xml`;
    if (!produced.has(name)) return undefined;
    // A failed transformation may leave a truncated report: only complete ones count.
    const svrl = readFileSync(join(output, name), 'utf8');
    return svrl.trimEnd().endsWith('</svrl:schematron-output>') ? firedIn(svrl) : undefined;
  });
}

function main() {
  const argument = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const xslt = argument('--xslt');
  const saxon = argument('--saxon', '/usr/share/java/Saxon-HE.jar');
  if (!xslt) throw new Error('Give the official XSLT with --xslt (see the head of this script).');

  const table = buildTable(readFileSync(resolve(root, INPUT), 'utf8'));
  const template = readFileSync(resolve(root, TEMPLATE), 'utf8');
  const documents = listDocuments();

  const kept = [];
  let pending = [...generatedCases(table), ...HAND_CASES];
  while (pending.length > 0) {
    const verdicts = runOfficial(
      pending.map((c) => applyEdits(template, c.edits, c.regex)),
      saxon,
      xslt,
    );
    const retry = [];
    pending.forEach(({ split, ...c }, i) => {
      const fired = verdicts[i];
      if (fired !== undefined) kept.push({ ...c, fired });
      else if (split) retry.push(...split);
      else process.stderr.write(`No verdict (the official validator stopped): ${c.name}\n`);
    });
    pending = retry;
  }

  const verdicts = runOfficial(
    documents.map((path) => readFileSync(resolve(root, path), 'utf8')),
    saxon,
    xslt,
  );
  const result = {
    about:
      'What the official EN 16931 CII validator (validation-1.3.16, cii/xslt/EN16931-CII-validation.xslt, run with Saxon HE) reports for the CII-SR / CII-DT rules: rule id → number of failing context nodes. Generated by scripts/cii-syntax-oracle.mjs; cases are edits of fixtures/template.xml.',
    cases: kept,
    documents: Object.fromEntries(
      documents.map((path, i) => {
        const fired = verdicts[i];
        if (fired === undefined) throw new Error(`No verdict for ${path}`);
        return [relative('test/fixtures', path), fired];
      }),
    ),
  };
  writeFileSync(resolve(root, OUTPUT), `${JSON.stringify(result, null, 1)}\n`);
  process.stderr.write(
    `${kept.length} cases and ${documents.length} documents written to ${OUTPUT}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();

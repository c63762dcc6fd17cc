import type { Invoice } from '../../../../shared/model';
import { CODE_LIST_RULES } from '../../../../shared/rules/en16931/codes';
import type { Finding } from '../../../../shared/rules/finding';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { NS } from '../../../../shared/syntax/namespaces';
import type { ProfileSyntax } from '../../../../shared/syntax/profiles';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';

/** Namespace declarations of each syntax, for fragments wrapped in a root element. */
const ROOTS: Record<ProfileSyntax, { open: string; close: string }> = {
  ubl: {
    open: `<Invoice xmlns="${NS.ubl}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}">`,
    close: '</Invoice>',
  },
  cii: {
    open: `<rsm:CrossIndustryInvoice xmlns:rsm="${NS.rsm}" xmlns:ram="${NS.ram}" xmlns:udt="${NS.udt}">`,
    close: '</rsm:CrossIndustryInvoice>',
  },
};

export function wrap(syntax: ProfileSyntax, body: string): string {
  return `${ROOTS[syntax].open}${body}${ROOTS[syntax].close}`;
}

/** Runs the BR-CL rules alone on an XML document, with the reader's source map when it reads. */
export function codeFindingsOfXml(xml: string): Finding[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const detected = detectDocument(parsed.document.root);
  if (detected.syntax === undefined) throw new Error('not an invoice');
  const read = readInvoice(parsed.document);
  const context: RuleContext = {
    invoice: 'error' in read ? {} : read.invoice,
    sources: 'error' in read ? new Map() : read.sources,
    rejected: 'error' in read ? new Map() : (read.rejected ?? new Map()),
    profile: undefined,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: detected.syntax, detected },
  };
  const run = runRules('en16931', CODE_LIST_RULES, context);
  if (run.failures.length > 0) throw new Error(JSON.stringify(run.failures));
  return run.findings;
}

export function codeFindings(syntax: ProfileSyntax, body: string): Finding[] {
  return codeFindingsOfXml(wrap(syntax, body));
}

/** Runs the BR-CL rules alone on a model that did not come from XML. */
export function codeFindingsOfModel(invoice: Invoice): Finding[] {
  const run = runRules('en16931', CODE_LIST_RULES, modelContext(invoice));
  if (run.failures.length > 0) throw new Error(JSON.stringify(run.failures));
  return run.findings;
}

/** The context of a model typed in a form: no XML, no source map. */
export function modelContext(invoice: Invoice): RuleContext {
  return {
    invoice,
    sources: new Map(),
    rejected: new Map(),
    profile: undefined,
    options: {},
    memo: new Map(),
  };
}

import type { Invoice } from '../../../../shared/model';
import { BUSINESS_RULES } from '../../../../shared/rules/en16931/business';
import type { RuleContext, Violation } from '../../../../shared/rules/rule';
import { writeCii } from '../../../../shared/syntax/cii/write';
import { detectDocument } from '../../../../shared/syntax/detect';
import type { ProfileSyntax } from '../../../../shared/syntax/profiles';
import type { RejectedValue } from '../../../../shared/syntax/read-result';
import { writeUbl } from '../../../../shared/syntax/ubl/write';
import { parseXml } from '../../../../shared/xml';

/**
 * A complete invoice that breaks no business rule: two lines at 20 % and 5.5 %, the totals and
 * the VAT breakdown computed by hand (780.00 × 20 % = 156.00, 170.00 × 5.5 % = 9.35).
 */
export function completeInvoice(): Invoice {
  return {
    'BT-1': 'F2026-0023',
    'BT-2': '2026-03-02',
    'BT-3': '380',
    'BT-5': 'EUR',
    'BG-2': { 'BT-24': 'urn:cen.eu:en16931:2017' },
    'BG-4': {
      'BT-27': 'Atelier Numérique Durand SARL',
      'BT-28': 'Atelier Durand',
      'BT-29': [{ id: '81245637400022', scheme: '0009' }],
      'BT-31': 'FR82812456374',
      'BT-34': { id: '812456374', scheme: '0225' },
      'BG-5': { 'BT-37': 'Valence', 'BT-40': 'FR' },
    },
    'BG-7': {
      'BT-44': 'Commune du Val-Fleuri',
      'BT-49': { id: '212600126', scheme: '0225' },
      'BG-8': { 'BT-52': 'Val-Fleuri', 'BT-55': 'FR' },
    },
    'BG-16': {
      'BT-81': '58',
      'BG-17': [{ 'BT-84': 'FR7630006000011234567890189' }],
    },
    'BG-22': {
      'BT-106': '950.00',
      'BT-109': '950.00',
      'BT-110': '165.35',
      'BT-112': '1115.35',
      'BT-115': '1115.35',
    },
    'BG-23': [
      { 'BT-116': '780.00', 'BT-117': '156.00', 'BT-118': 'S', 'BT-119': '20.00' },
      { 'BT-116': '170.00', 'BT-117': '9.35', 'BT-118': 'S', 'BT-119': '5.50' },
    ],
    'BG-25': [
      {
        'BT-126': '1',
        'BT-129': '12',
        'BT-130': 'HUR',
        'BT-131': '780.00',
        'BG-29': { 'BT-146': '65.00' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '20.00' },
        'BG-31': { 'BT-153': 'Maintenance' },
      },
      {
        'BT-126': '2',
        'BT-129': '4',
        'BT-130': 'C62',
        'BT-131': '170.00',
        'BG-29': { 'BT-146': '42.50' },
        'BG-30': { 'BT-151': 'S', 'BT-152': '5.50' },
        'BG-31': { 'BT-153': 'Guide technique' },
      },
    ],
  };
}

export interface ContextOptions {
  /** The syntax the model was read from; none for a model from JSON or a form. */
  readonly syntax?: ProfileSyntax;
  /** Values the document had but the model could not hold: pointer → text found. */
  readonly rejected?: Readonly<Record<string, string>>;
}

export function contextFor(invoice: Invoice, options: ContextOptions = {}): RuleContext {
  const rejected = new Map<string, RejectedValue>();
  for (const [at, found] of Object.entries(options.rejected ?? {})) {
    const term = at.split('/').findLast((token) => token.startsWith('BT-')) ?? 'BT-1';
    rejected.set(at, { term: term as RejectedValue['term'], found, location: {} });
  }
  let xml: RuleContext['xml'];
  if (options.syntax !== undefined) {
    // The invoice written in that syntax: the rules that read the document itself (CII dates in
    // format 102, UBL totals element, every additional document reference…) see the same
    // invoice as the model.
    const written = options.syntax === 'cii' ? writeCii(invoice).xml : writeUbl(invoice).xml;
    const parsed = parseXml(written);
    if (!parsed.ok) throw new Error('test root does not parse');
    xml = {
      document: parsed.document,
      syntax: options.syntax,
      detected: detectDocument(parsed.document.root),
    };
  }
  return {
    invoice,
    sources: new Map(),
    rejected,
    profile: undefined,
    options: {},
    memo: new Map(),
    ...(xml ? { xml } : {}),
  };
}

/**
 * The violations of the rule `id` for this invoice, from every rule record with that id that
 * applies to the syntax (as the engine selects them), with the flag of the record that fired.
 */
export function violationsOf(
  id: string,
  invoice: Invoice,
  options: ContextOptions = {},
): (Violation & { readonly flag: string })[] {
  const rules = BUSINESS_RULES.filter(
    (rule) => rule.id === id && (rule.syntax === undefined || rule.syntax === options.syntax),
  );
  if (rules.length === 0) throw new Error(`no business rule ${id}`);
  const context = contextFor(invoice, options);
  return rules.flatMap((rule) => rule.check(context).map((v) => ({ ...v, flag: rule.flag })));
}

/** A complete invoice changed by `change` (which may mutate it). */
export function invoiceWith(change: (invoice: Invoice) => void): Invoice {
  const invoice = completeInvoice();
  change(invoice);
  return invoice;
}

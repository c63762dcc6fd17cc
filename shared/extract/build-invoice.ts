/**
 * The EN 16931 model from what was read, and only from that: a term not read stays absent. The
 * seller's SIRET goes to BT-29 (scheme 0009); the buyer's, when a SIREN is BT-47, to BT-46.
 */
import type { Invoice, InvoiceLine, VatBreakdown } from '../model';
import type { ExtractedFields, ExtractedLine, ExtractedVatRow } from './types';

export function buildInvoice(
  fields: ExtractedFields,
  vatBreakdown: readonly ExtractedVatRow[],
  lines: readonly ExtractedLine[],
): Invoice {
  const value = (term: keyof ExtractedFields) => fields[term]?.value;
  const identifier = (term: keyof ExtractedFields) => {
    const field = fields[term];
    if (!field) return undefined;
    return field.scheme === undefined
      ? { id: field.value }
      : { id: field.value, scheme: field.scheme };
  };
  const invoice: Invoice = {};
  const top = ['BT-1', 'BT-2', 'BT-3', 'BT-5', 'BT-9', 'BT-10', 'BT-12', 'BT-13', 'BT-20'] as const;
  for (const term of top) {
    const found = value(term);
    if (found !== undefined) invoice[term] = found;
  }

  const seller = compact({
    'BT-27': value('BT-27'),
    'BT-29': identifier('BT-29')
      ? [identifier('BT-29') as { id: string; scheme?: string }]
      : undefined,
    'BT-30': identifier('BT-30'),
    'BT-31': value('BT-31'),
  });
  if (seller) invoice['BG-4'] = seller;

  const buyer = compact({
    'BT-44': value('BT-44'),
    'BT-46': identifier('BT-46'),
    'BT-47': identifier('BT-47'),
    'BT-48': value('BT-48'),
  });
  if (buyer) invoice['BG-7'] = buyer;

  const transfer = compact({ 'BT-84': value('BT-84'), 'BT-86': value('BT-86') });
  if (transfer) invoice['BG-16'] = { 'BG-17': [transfer] };

  const totals = compact({
    'BT-109': value('BT-109'),
    'BT-110': value('BT-110'),
    'BT-112': value('BT-112'),
    'BT-113': value('BT-113'),
    'BT-115': value('BT-115'),
  });
  if (totals) invoice['BG-22'] = totals;

  if (vatBreakdown.length > 0) {
    invoice['BG-23'] = vatBreakdown.map(
      (row): VatBreakdown =>
        compact({
          'BT-116': row['BT-116'],
          'BT-117': row['BT-117'],
          'BT-118': row['BT-118'],
          'BT-119': row['BT-119'],
        }) ?? {},
    );
  }
  if (lines.length > 0) invoice['BG-25'] = lines.map(toModelLine);
  return invoice;
}

function toModelLine(line: ExtractedLine): InvoiceLine {
  const model: InvoiceLine = {};
  if (line['BT-129'] !== undefined) model['BT-129'] = line['BT-129'];
  if (line['BT-131'] !== undefined) model['BT-131'] = line['BT-131'];
  const price = compact({ 'BT-146': line['BT-146'], 'BT-148': line['BT-148'] });
  if (price) model['BG-29'] = price;
  if (line['BT-152'] !== undefined) model['BG-30'] = { 'BT-152': line['BT-152'] };
  if (line['BT-153'] !== undefined) model['BG-31'] = { 'BT-153': line['BT-153'] };
  return model;
}

/** The object without its undefined entries, or undefined when nothing is left. */
function compact<T extends Record<string, unknown>>(
  object: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } | undefined {
  const entries = Object.entries(object).filter(([, entry]) => entry !== undefined);
  return entries.length === 0
    ? undefined
    : (Object.fromEntries(entries) as { [K in keyof T]?: Exclude<T[K], undefined> });
}

/**
 * Seller and buyer: their names (BT-27, BT-44) from their blocks, their identifiers (BT-29, BT-30,
 * BT-31, BT-46, BT-47, BT-48) and the bank details (BT-84, BT-86) from the identifiers found.
 *
 * Legal registration (BT-30, BT-47): a SIREN printed as such goes there under scheme 0002, else
 * the SIRET under 0009 (the SIRET is also kept, as BT-29 for the seller and BT-46 for the buyer,
 * where Chorus Pro's recipient lookup finds it), else the SIREN of an « RCS <town> » mention.
 */
import * as vatFr from '../identifiers/vat-fr';
import { type Block, isAddressLine } from './blocks';
import { adjust, type Candidate, fromHit } from './candidate';
import { modeConfidence } from './find';
import type { IdentifierHit, IdentifierKind } from './identifiers';
import type { Segment } from './layout';
import type { ExtractionWarning } from './types';

export type PartyTerm =
  | 'BT-27'
  | 'BT-29'
  | 'BT-30'
  | 'BT-31'
  | 'BT-44'
  | 'BT-46'
  | 'BT-47'
  | 'BT-48'
  | 'BT-84'
  | 'BT-86';

export interface PartyReading {
  readonly fields: Partial<Record<PartyTerm, Candidate>>;
  readonly warnings: readonly ExtractionWarning[];
}

const SIRET_SCHEME = '0009';
const SIREN_SCHEME = '0002';

export function readParties(
  blocks: readonly Block[],
  identifiers: readonly IdentifierHit[],
): PartyReading {
  const fields: Partial<Record<PartyTerm, Candidate>> = {};
  const warnings: ExtractionWarning[] = [];

  const seller = blocks.filter((block) => block.role === 'seller');
  const buyer = blocks.filter((block) => block.role === 'buyer');
  const sellerName = nameFromBlocks(seller) ?? nameFromLegalMentions(blocks);
  if (sellerName) fields['BT-27'] = sellerName;
  const buyerName = nameFromBlocks(buyer);
  if (buyerName) fields['BT-44'] = buyerName;

  const pick = (kind: IdentifierKind, party: 'seller' | 'buyer') => best(identifiers, kind, party);
  const invalid = new Map<string, { terms: PartyTerm[]; hit: IdentifierHit }>();
  const put = (term: PartyTerm, hit: IdentifierHit | undefined, scheme?: string) => {
    if (!hit) return;
    fields[term] = identifierCandidate(hit, scheme);
    if (hit.valid) return;
    const known = invalid.get(hit.value);
    if (known) known.terms.push(term);
    else invalid.set(hit.value, { terms: [term], hit });
  };

  const sellerSiret = pick('siret', 'seller');
  const sellerSiren = pick('siren', 'seller');
  const sellerRcs = pick('rcs', 'seller');
  put('BT-29', sellerSiret, SIRET_SCHEME);
  if (sellerSiren) put('BT-30', sellerSiren, SIREN_SCHEME);
  else if (sellerSiret) put('BT-30', sellerSiret, SIRET_SCHEME);
  else put('BT-30', sellerRcs, SIREN_SCHEME);
  put('BT-31', pick('vat', 'seller'));

  const buyerSiret = pick('siret', 'buyer');
  const buyerSiren = pick('siren', 'buyer') ?? pick('rcs', 'buyer');
  if (buyerSiren) {
    put('BT-47', buyerSiren, SIREN_SCHEME);
    put('BT-46', buyerSiret, SIRET_SCHEME);
  } else put('BT-47', buyerSiret, SIRET_SCHEME);
  put('BT-48', pick('vat', 'buyer'));

  const ibans = identifiers.filter((hit) => hit.kind === 'iban').sort(byRankThenPlace);
  put('BT-84', ibans[0]);
  const bics = identifiers.filter((hit) => hit.kind === 'bic').sort(byRankThenPlace);
  put('BT-86', bics[0]);

  for (const { terms, hit } of invalid.values()) {
    const names = terms.join(', ');
    warnings.push({
      code: 'identifier-invalid',
      term: terms[0] as PartyTerm,
      message: {
        fr: `${names} « ${hit.value} » lu sur la page, mais invalide : ${hit.problem?.fr ?? ''}`,
        en: `${names} "${hit.value}" read on the page, but invalid: ${hit.problem?.en ?? ''}`,
      },
    });
  }
  agreeVatWithSiren(fields, 'BT-31', 'BT-30');
  agreeVatWithSiren(fields, 'BT-48', 'BT-47');
  return { fields, warnings };
}

function byRankThenPlace(a: IdentifierHit, b: IdentifierHit): number {
  return (
    a.rank - b.rank ||
    a.hit.label.page - b.hit.label.page ||
    a.hit.label.baseline - b.hit.label.baseline ||
    a.hit.label.x - b.hit.label.x
  );
}

function best(
  identifiers: readonly IdentifierHit[],
  kind: IdentifierKind,
  party: 'seller' | 'buyer',
): IdentifierHit | undefined {
  const matching = identifiers
    .filter((hit) => hit.kind === kind && hit.party === party)
    .sort(byRankThenPlace);
  return matching[0];
}

function identifierCandidate(hit: IdentifierHit, scheme: string | undefined): Candidate {
  let confidence = modeConfidence(hit.hit.mode) - 0.1 * Math.min(hit.rank, 3);
  confidence += hit.valid ? 0.08 : -0.25;
  const candidate = fromHit(hit.hit, confidence);
  return scheme === undefined ? candidate : { ...candidate, scheme };
}

/** A French VAT number is its key + the SIREN: when both agree, both are surer. */
function agreeVatWithSiren(
  fields: Partial<Record<PartyTerm, Candidate>>,
  vatTerm: 'BT-31' | 'BT-48',
  legalTerm: 'BT-30' | 'BT-47',
): void {
  const vat = fields[vatTerm];
  const legal = fields[legalTerm];
  if (!vat || !legal || !vat.value.startsWith(vatFr.COUNTRY_PREFIX)) return;
  if (vat.value.slice(4) === legal.value.slice(0, 9)) {
    fields[vatTerm] = adjust(vat, 0.05);
    fields[legalTerm] = adjust(legal, 0.05);
  }
}

// ——— Names ———

const NOT_A_NAME = [
  /^logo\b/iu,
  /nom\s+commercial|trade\s+name|enseigne/iu,
  /@|https?:|www\./iu,
  /^(?:t[ée]l(?:[ée]phone)?|tel|phone|fax|mobile|portable|gsm)\b/iu,
  /^\+?\d[\d .()/-]{6,}$/u,
  // « CONTACT : …», « ID : 123 »: a labelled value, not a name.
  /^[^:]{1,40}\s?:\s*\S/u,
  /\b(?:SIRET|SIREN|TVA|VAT|IBAN|BIC|APE|NAF|RCS|GLN|DUNS)\b/u,
];

/** Words of a contact or attention line printed above the company name. */
const CONTACT_LINE =
  /\b(?:contact|attn|attention|dep|dept)\b|(?:^|\s)(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|[àa]\s+l'attention)(?:\s|$)|^a\/s\b/iu;

function looksLikeName(text: string): boolean {
  if (text.length > 100 || (text.match(/\p{L}/gu) ?? []).length < 2) return false;
  return !NOT_A_NAME.some((pattern) => pattern.test(text));
}

interface NameLine {
  readonly text: string;
  readonly segment: Segment;
  /** Set when the name is only the start of the printed line. */
  readonly partial?: boolean;
}

function nameFromBlocks(blocks: readonly Block[]): Candidate | undefined {
  for (const block of blocks) {
    const name = nameFromBlock(block);
    if (name) return name;
  }
  return undefined;
}

/**
 * The block's first line that reads as a name, before its address; a contact line printed first
 * (« Buyer contact name », « M. Dupont ») gives way to the next one.
 */
function nameFromBlock(block: Block): Candidate | undefined {
  const lines: NameLine[] = [];
  for (const line of block.content) {
    if (lines.length >= 4) break;
    if (isAddressLine(line.text)) {
      // A whole address on one line: « Au bon moulin SARL - 1242 chemin … - 84340 Malaucène ».
      const [head] = line.text.split(/\s+[-–|]\s+|\s*,\s+/);
      if (lines.length === 0 && head && head !== line.text && !isAddressLine(head)) {
        if (looksLikeName(head)) lines.push({ text: head, segment: line.segment, partial: true });
      }
      break;
    }
    if (looksLikeName(line.text)) lines.push(line);
  }
  const [first, second] = lines;
  if (!first) return undefined;
  const skipContact = CONTACT_LINE.test(first.text) && second !== undefined;
  const chosen = skipContact ? second : first;
  const base = ROLE_CONFIDENCE[block.roleSource] - (skipContact ? 0.1 : 0);
  const heading = block.roleSource === 'label' ? block.segments[0] : undefined;
  return {
    value: chosen.text,
    confidence: base,
    segments:
      heading && heading.id !== chosen.segment.id ? [heading, chosen.segment] : [chosen.segment],
    source: chosen.partial ? chosen.segment.text : chosen.text,
    ...(chosen.partial
      ? { spans: new Map([[chosen.segment.id, [0, chosen.text.length] as const]]) }
      : {}),
  };
}

const ROLE_CONFIDENCE: Readonly<Record<Block['roleSource'], number>> = {
  label: 0.85,
  heading: 0.8,
  layout: 0.65,
  continuation: 0.6,
  band: 0.5,
  none: 0.4,
};

const LEGAL_FORM_NAME =
  /^(.{2,60}?)\s*[,-]?\s*\b(SARL|SAS|SASU|SA|EURL|SCI|SNC|SCOP|SELARL|GIE|SEM|SCA)\b\s+au\s+capital/u;

/** Without a seller block: the company named before its legal form in the legal mentions. */
function nameFromLegalMentions(blocks: readonly Block[]): Candidate | undefined {
  for (const block of blocks) {
    if (block.role !== 'legal') continue;
    for (const line of block.content) {
      const match = LEGAL_FORM_NAME.exec(line.text);
      if (match?.[1] && looksLikeName(match[1])) {
        const value = `${match[1]} ${match[2]}`.trim();
        return { value, confidence: 0.5, segments: [line.segment], source: line.text };
      }
    }
  }
  return undefined;
}

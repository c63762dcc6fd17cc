/**
 * Blocks of text (consecutive lines starting at the same x: an address, a column of references)
 * and whose they are. A block's role comes, in order, from:
 * 1. a heading of its own (`CLIENT :`, `Adresse de livraison`, `Vos identifiants`) or just above it;
 * 2. the page layout: on the first page, an unlabelled address block on the right half is the
 *    buyer's (the window of an envelope), the topmost other address block is the seller's;
 * 3. being the continuation, further down the same column, of a block with a role when it holds
 *    identifiers (SIRET, VAT number) set a little apart from the address;
 * 4. the header and footer bands, where the seller prints its legal mentions.
 */
import type { PageIndex } from './find';
import type { Segment } from './layout';

export type BlockRole =
  | 'seller'
  | 'buyer'
  | 'delivery'
  | 'payee'
  | 'taxrep'
  /** « Nos références »: the seller's own references. */
  | 'ours'
  /** « Vos références », « Vos identifiants »: the buyer's. */
  | 'yours'
  /** Header and footer bands: the seller's legal mentions. */
  | 'legal'
  | 'unknown';

export type RoleSource = 'label' | 'heading' | 'layout' | 'continuation' | 'band' | 'none';

export interface Block {
  readonly page: number;
  readonly x: number;
  readonly segments: readonly Segment[];
  readonly role: BlockRole;
  readonly roleSource: RoleSource;
  /** The lines of the block without its heading; the heading's inline rest comes first. */
  readonly content: readonly { readonly text: string; readonly segment: Segment }[];
  readonly isAddress: boolean;
}

interface RoleLabel {
  readonly role: BlockRole;
  readonly pattern: RegExp;
}

// Whole-segment headings; text after a colon is the block's first line (`CLIENT : ACME`).
const ROLE_LABELS: readonly RoleLabel[] = [
  {
    role: 'buyer',
    pattern:
      /^(?:client|acheteur|destinataire|factur[ée]\s+[àa]|facturer\s+[àa]|adresse\s+de\s+facturation|bill(?:ed)?\s+to|buyer|customer|sold\s+to|invoice(?:d)?\s+to)\s*(?::\s*(.*))?$/iu,
  },
  {
    role: 'seller',
    pattern:
      /^(?:vendeur|fournisseur|[ée]metteur|prestataire|exp[ée]diteur|seller|supplier|vendor|from)\s*(?::\s*(.*))?$/iu,
  },
  {
    role: 'delivery',
    pattern:
      /^(?:adresse\s+de\s+livraison|lieu\s+de\s+livraison|livraison(?:\s*:\s*adresse.*)?|livr[ée]\s+[àa]|ship(?:ped)?\s+to|delivery\s+address|deliver(?:ed)?\s+to)\s*(?::\s*(.*))?$/iu,
  },
  { role: 'payee', pattern: /^(?:b[ée]n[ée]ficiaire|payee)\s*(?::\s*(.*))?$/iu },
  {
    role: 'taxrep',
    pattern: /^(?:repr[ée]sentant\s+fiscal|tax\s+representative)\s*(?::\s*(.*))?$/iu,
  },
  { role: 'ours', pattern: /^(?:nos\s+r[ée]f[ée]rences|our\s+references?)\s*:?$/iu },
  {
    role: 'yours',
    pattern: /^(?:vos\s+(?:identifiants|r[ée]f[ée]rences)|your\s+references?)\s*:?$/iu,
  },
];

/** A postal code and a town (`75018 PARIS`, `97400 Saint Denis`), or a street. */
const POSTAL_LINE = /(?<![\d.,])(?:\d{5}|\d{2}\s\d{3})\s+[\p{L}][\p{L}'\- ]+/u;
const STREET =
  /^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours|square|street|st\.|road|calle|camino|via)\b/iu;
/** Lines of party details a block may carry a little apart from its address. */
const PARTY_DETAIL_LINE =
  /\b(?:SIRET|SIREN|TVA|VAT|R\.?C\.?S|APE|NAF|IBAN|GLN|DUNS|EORI|t[ée]l|tel|phone|fax|contact|e-?mail|courriel)\b|@/iu;

export function roleLabel(text: string): { role: BlockRole; rest?: string } | undefined {
  for (const { role, pattern } of ROLE_LABELS) {
    const match = pattern.exec(text.trim());
    if (match) {
      const rest = match[1]?.trim();
      return rest ? { role, rest } : { role };
    }
  }
  return undefined;
}

export function isAddressLine(text: string): boolean {
  return POSTAL_LINE.test(text) || STREET.test(text);
}

const MAX_BLOCKS_FOR_ROLES = 4000;

interface Draft {
  page: number;
  x: number;
  segments: Segment[];
  role: BlockRole;
  roleSource: RoleSource;
  headingRest?: string;
  labelOnly: boolean;
}

export function buildBlocks(index: PageIndex): Block[] {
  const drafts: Draft[] = [];
  for (const page of index.layout.pages) {
    drafts.push(...pageDrafts(index.segmentsOf(page.number), page.number));
  }
  // Role inference compares blocks pairwise: past this many, only headings of their own count.
  if (drafts.length <= MAX_BLOCKS_FOR_ROLES) {
    inheritHeadings(drafts);
    const firstPage = index.layout.pages[0];
    if (firstPage) assignByLayout(drafts, firstPage.number, firstPage.width, firstPage.height);
    inheritContinuations(drafts);
  }
  for (const page of index.layout.pages) assignBands(drafts, page.number, page.height);
  return drafts.map(finish);
}

function pageDrafts(segments: readonly Segment[], page: number): Draft[] {
  const sorted = [...segments].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const drafts: Draft[] = [];
  // Blocks whose last line is more than two lines above can take no more segments: keeping only
  // the others bounds the work on dense pages.
  let open: Draft[] = [];
  for (const segment of sorted) {
    open = open.filter((draft) => segment.baseline - lastOf(draft).baseline <= segment.size * 2);
    const heading = roleLabel(segment.text);
    if (heading) {
      const draft: Draft = {
        page,
        x: segment.x,
        segments: [segment],
        role: heading.role,
        roleSource: 'label',
        labelOnly: heading.rest === undefined,
        ...(heading.rest === undefined ? {} : { headingRest: heading.rest }),
      };
      drafts.push(draft);
      open.push(draft);
      continue;
    }
    const target = open
      .filter((draft) => joins(draft, segment))
      .sort((a, b) => lastOf(b).baseline - lastOf(a).baseline)[0];
    if (target) {
      target.segments.push(segment);
      target.labelOnly = false;
    } else {
      const draft: Draft = {
        page,
        x: segment.x,
        segments: [segment],
        role: 'unknown',
        roleSource: 'none',
        labelOnly: false,
      };
      drafts.push(draft);
      open.push(draft);
    }
  }
  return drafts;
}

function lastOf(draft: Draft): Segment {
  return draft.segments[draft.segments.length - 1] as Segment;
}

/** Left-aligned with the block and on the next line (at most about two line heights below). */
function joins(draft: Draft, segment: Segment): boolean {
  const last = lastOf(draft);
  const unit = Math.max(last.size, segment.size);
  if (Math.abs(draft.x - segment.x) > Math.max(2, unit * 0.25)) return false;
  const drop = segment.baseline - last.baseline;
  return drop > unit * 0.5 && drop <= unit * 1.9;
}

/** A block right under a heading alone on its line takes the heading's role. */
function inheritHeadings(drafts: Draft[]): void {
  for (const heading of drafts) {
    if (!heading.labelOnly) continue;
    const label = heading.segments[0] as Segment;
    const under = drafts
      .filter(
        (draft) =>
          draft !== heading &&
          draft.role === 'unknown' &&
          draft.page === heading.page &&
          draft.x >= label.x - 5 &&
          draft.x <= label.x + 30,
      )
      .filter((draft) => {
        const first = draft.segments[0] as Segment;
        const drop = first.baseline - label.baseline;
        return drop > 0 && drop <= Math.max(first.size, label.size) * 2.6;
      })
      .sort((a, b) => (a.segments[0] as Segment).baseline - (b.segments[0] as Segment).baseline)[0];
    if (under) {
      under.role = heading.role;
      under.roleSource = 'heading';
    }
  }
}

function isAddressDraft(draft: Draft): boolean {
  return draft.segments.some((segment) => isAddressLine(segment.text));
}

function assignByLayout(drafts: Draft[], page: number, width: number, height: number): void {
  const unlabelled = drafts.filter(
    (draft) =>
      draft.page === page &&
      draft.role === 'unknown' &&
      (draft.segments[0] as Segment).baseline < height * 0.55 &&
      isAddressDraft(draft),
  );
  const hasRole = (role: BlockRole) => drafts.some((draft) => draft.role === role);
  if (!hasRole('buyer')) {
    const right = unlabelled
      .filter((draft) => draft.x >= width * 0.4)
      .sort((a, b) => b.x - a.x || topOf(a) - topOf(b))[0];
    if (right) {
      right.role = 'buyer';
      right.roleSource = 'layout';
    }
  }
  if (!hasRole('seller')) {
    const top = unlabelled
      .filter((draft) => draft.role === 'unknown')
      .sort((a, b) => topOf(a) - topOf(b))[0];
    if (top) {
      top.role = 'seller';
      top.roleSource = 'layout';
    }
  }
}

function topOf(draft: Draft): number {
  return (draft.segments[0] as Segment).baseline;
}

/**
 * Party details (identifiers, contact, electronic address) printed a little below a party's block,
 * in the same column, belong to that party, provided no other block of that column lies in
 * between. Blocks are taken top to bottom, so a chain of such blocks follows the first.
 */
function inheritContinuations(drafts: Draft[]): void {
  const ordered = [...drafts].sort((a, b) => topOf(a) - topOf(b));
  for (const draft of ordered) {
    if (draft.role !== 'unknown') continue;
    if (!draft.segments.some((segment) => PARTY_DETAIL_LINE.test(segment.text))) continue;
    const first = draft.segments[0] as Segment;
    const above = ordered
      .filter(
        (other) =>
          other !== draft &&
          other.page === draft.page &&
          Math.abs(other.x - draft.x) <= 2 &&
          lastOf(other).baseline < first.baseline,
      )
      .sort((a, b) => lastOf(b).baseline - lastOf(a).baseline)[0];
    if (!above || above.role === 'unknown' || above.role === 'legal') continue;
    const gap = first.baseline - lastOf(above).baseline;
    if (gap > first.size * 5) continue;
    const between = ordered.some(
      (other) =>
        other !== draft &&
        other !== above &&
        other.page === draft.page &&
        other.segments.some(
          (segment) =>
            segment.baseline > lastOf(above).baseline &&
            segment.baseline < first.baseline &&
            segment.x <= first.x + 5 &&
            segment.right >= first.x,
        ),
    );
    if (between) continue;
    draft.role = above.role;
    draft.roleSource = 'continuation';
  }
}

function assignBands(drafts: Draft[], page: number, height: number): void {
  for (const draft of drafts) {
    if (draft.page !== page || draft.role !== 'unknown') continue;
    const inBand = draft.segments.every(
      (segment) => segment.baseline <= height * 0.09 || segment.baseline >= height * 0.88,
    );
    if (inBand) {
      draft.role = 'legal';
      draft.roleSource = 'band';
    }
  }
}

function finish(draft: Draft): Block {
  const [first, ...others] = draft.segments;
  const headed = draft.roleSource === 'label';
  const content: { text: string; segment: Segment }[] = [];
  if (first) {
    if (!headed) content.push({ text: first.text, segment: first });
    else if (draft.headingRest) content.push({ text: draft.headingRest, segment: first });
  }
  for (const segment of others) content.push({ text: segment.text, segment });
  return {
    page: draft.page,
    x: draft.x,
    segments: draft.segments,
    role: draft.role,
    roleSource: draft.roleSource,
    content,
    isAddress: isAddressDraft(draft),
  };
}

/** The block each segment belongs to, by segment id. */
export function blockOfSegment(blocks: readonly Block[]): Map<number, Block> {
  const map = new Map<number, Block>();
  for (const block of blocks) for (const segment of block.segments) map.set(segment.id, block);
  return map;
}

/**
 * The embedded files of a document, wherever it lists them: the `/EmbeddedFiles` name tree of
 * the catalog, the catalog's associated files (`/AF`, PDF/A-3) and the pages' `/AF`. One file
 * specification listed in several places is one attachment, which records where it was found.
 *
 * Trees are walked by hand, iteratively, with a visited set and a node budget: a damaged or
 * hostile file may make them cyclic or endless.
 */
import { type PDFArray, type PDFCatalog, PDFDict, type PDFRawStream } from '@cantoo/pdf-lib';
import { type PdfReadError, tooComplex } from './errors';
import type { PdfLimits } from './limits';
import {
  arrayAt,
  dictAt,
  itemOf,
  nameAt,
  numberAt,
  streamAt,
  textAt,
  textOfString,
} from './objects';

export interface FileSpecEntry {
  /** The file's name: `/UF`, else `/F`, else its key in the name tree. */
  readonly name: string;
  /** `/AFRelationship` as written (`Data`, `Source`…); `undefined` when absent. */
  readonly relationship: string | undefined;
  /** `/Subtype` of the embedded file stream (`text/xml`); `undefined` when absent. */
  readonly mimeType: string | undefined;
  readonly description: string | undefined;
  /** `/Params /Size` as declared by the writer. */
  readonly declaredSize: number | undefined;
  readonly inNames: boolean;
  readonly inCatalogAf: boolean;
  readonly inPageAf: boolean;
  /** The embedded file stream; `undefined` for a specification that embeds nothing. */
  readonly stream: PDFRawStream | undefined;
}

interface Found {
  spec: PDFDict;
  treeKey: string | undefined;
  inNames: boolean;
  inCatalogAf: boolean;
  inPageAf: boolean;
}

export type AttachmentsResult =
  | { readonly ok: true; readonly files: readonly FileSpecEntry[]; readonly pages: number }
  | { readonly ok: false; readonly error: PdfReadError };

class BudgetExceeded extends Error {
  constructor(readonly error: PdfReadError) {
    super(error.code);
  }
}

/** Lists the embedded files and counts the pages (both walks share the page tree). */
export function listAttachments(catalog: PDFCatalog, limits: PdfLimits): AttachmentsResult {
  const found = new Map<PDFDict, Found>();
  const note = (spec: PDFDict, where: 'names' | 'catalog' | 'page', treeKey?: string) => {
    let record = found.get(spec);
    if (!record) {
      if (found.size >= limits.maxAttachments) {
        throw new BudgetExceeded(
          tooComplex({
            fr: `il liste plus de ${limits.maxAttachments} pièces jointes`,
            en: `it lists more than ${limits.maxAttachments} attachments`,
          }),
        );
      }
      record = { spec, treeKey, inNames: false, inCatalogAf: false, inPageAf: false };
      found.set(spec, record);
    }
    if (where === 'names') {
      record.inNames = true;
      record.treeKey ??= treeKey;
    } else if (where === 'catalog') {
      record.inCatalogAf = true;
    } else {
      record.inPageAf = true;
    }
  };
  try {
    const names = dictAt(catalog, 'Names');
    const tree = names && dictAt(names, 'EmbeddedFiles');
    if (tree) walkNameTree(tree, limits, (treeKey, spec) => note(spec, 'names', treeKey));
    const catalogAf = arrayAt(catalog, 'AF');
    if (catalogAf) forEachDict(catalogAf, (spec) => note(spec, 'catalog'));
    const pages = walkPages(catalog, limits, (page) => {
      const pageAf = arrayAt(page, 'AF');
      if (pageAf) forEachDict(pageAf, (spec) => note(spec, 'page'));
    });
    return { ok: true, files: [...found.values()].map(describe), pages };
  } catch (cause) {
    if (cause instanceof BudgetExceeded) return { ok: false, error: cause.error };
    throw cause;
  }
}

function forEachDict(array: PDFArray, visit: (dict: PDFDict) => void): void {
  for (let i = 0; i < array.size(); i++) {
    const item = itemOf(array, i);
    if (item instanceof PDFDict) visit(item);
  }
}

function treeTooLarge(limits: PdfLimits): BudgetExceeded {
  return new BudgetExceeded(
    tooComplex({
      fr: `une de ses arborescences dépasse ${limits.maxTreeNodes} nœuds`,
      en: `one of its trees exceeds ${limits.maxTreeNodes} nodes`,
    }),
  );
}

/** Visits the leaves of a name tree (ISO 32000-1 §7.9.6): `/Names` pairs, `/Kids` below. */
function walkNameTree(
  root: PDFDict,
  limits: PdfLimits,
  visit: (key: string | undefined, value: PDFDict) => void,
): void {
  const seen = new Set<PDFDict>();
  const pending: PDFDict[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (seen.size > limits.maxTreeNodes) throw treeTooLarge(limits);
    const pairs = arrayAt(node, 'Names');
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const value = itemOf(pairs, i + 1);
        if (value instanceof PDFDict) visit(textOfString(itemOf(pairs, i)), value);
      }
    }
    const kids = arrayAt(node, 'Kids');
    if (kids) forEachDict(kids, (kid) => pending.push(kid));
  }
}

/** Visits every page (leaf of the page tree) in order and returns how many there are. */
function walkPages(catalog: PDFCatalog, limits: PdfLimits, visit: (page: PDFDict) => void): number {
  const root = dictAt(catalog, 'Pages');
  if (!root) return 0;
  const seen = new Set<PDFDict>();
  const pending: PDFDict[] = [root];
  let pages = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (seen.size > limits.maxTreeNodes) throw treeTooLarge(limits);
    const type = nameAt(node, 'Type');
    const kids = arrayAt(node, 'Kids');
    if (type === 'Pages' || (type !== 'Page' && kids)) {
      // Pushed in reverse so that pages are visited in document order.
      for (let i = (kids?.size() ?? 0) - 1; i >= 0 && kids; i--) {
        const kid = itemOf(kids, i);
        if (kid instanceof PDFDict) pending.push(kid);
      }
    } else {
      pages++;
      visit(node);
    }
  }
  return pages;
}

function describe(found: Found): FileSpecEntry {
  const { spec } = found;
  const files = dictAt(spec, 'EF');
  const stream = files ? (streamAt(files, 'F') ?? streamAt(files, 'UF')) : undefined;
  const params = stream ? dictAt(stream.dict, 'Params') : undefined;
  const name =
    textAt(spec, 'UF') ?? textAt(spec, 'F') ?? found.treeKey ?? textAt(spec, 'Desc') ?? '';
  return {
    name,
    relationship: nameAt(spec, 'AFRelationship') ?? textAt(spec, 'AFRelationship'),
    mimeType: stream ? nameAt(stream.dict, 'Subtype') : undefined,
    description: textAt(spec, 'Desc'),
    declaredSize: params ? numberAt(params, 'Size') : undefined,
    inNames: found.inNames,
    inCatalogAf: found.inCatalogAf,
    inPageAf: found.inPageAf,
    stream,
  };
}

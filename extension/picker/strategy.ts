/**
 * The strategy a picked element is found by from now on: robust first (an id, a name), then what
 * the clerk reads (label). For a cell of a row the strategy must find the same cell in every row,
 * so the row's index is taken out (`…_Quantite_3` → id token `…_Quantite`, `lignes[3].quantite`
 * → name suffix `quantite`).
 */
import type { LocatorStrategy, PortalMappingKey } from '../../shared/chorus/portal-form';
import { describeElement } from '../fill/dom';

export function isRowKey(key: PortalMappingKey): boolean {
  return key.startsWith('lines.') || key.startsWith('vatRecap.') || key === 'actions.removeLine';
}

function unique(doc: Document, selector: string): boolean {
  return doc.querySelectorAll(selector).length === 1;
}

const ROW_INDEX_AT_END = /^(.*?[A-Za-z])[_-]*\d+$/;
const NAME_LAST_SEGMENT = /(?:^|[.\]])([A-Za-z][\w-]*)$/;

export function strategyFor(element: Element, key: PortalMappingKey): LocatorStrategy | undefined {
  const doc = element.ownerDocument;
  const { id, name, labels, aria, column, text } = describeElement(element);
  const label = labels.find((candidate) => candidate.trim() !== '');
  if (isRowKey(key)) {
    const base = id === undefined ? undefined : ROW_INDEX_AT_END.exec(id)?.[1];
    if (base !== undefined) return { by: 'id', value: base, match: 'token' };
    const segment = name === undefined ? undefined : NAME_LAST_SEGMENT.exec(name)?.[1];
    if (segment !== undefined) return { by: 'name', value: segment, match: 'suffix' };
    if (column !== undefined && column !== '') return { by: 'column', header: [column] };
    if (label !== undefined) {
      return { by: 'label', text: [label.replace(/\s*\d+\s*[*:]?\s*$/, '')], match: 'prefix' };
    }
    return undefined;
  }
  if (id !== undefined && unique(doc, `#${CSS.escape(id)}`))
    return { by: 'id', value: id, match: 'exact' };
  if (name !== undefined && name !== '' && unique(doc, `[name="${CSS.escape(name)}"]`)) {
    return { by: 'name', value: name, match: 'exact' };
  }
  if (label !== undefined) return { by: 'label', text: [label] };
  const ariaText = aria.find((candidate) => candidate.trim() !== '');
  if (ariaText !== undefined) return { by: 'aria', text: [ariaText] };
  if (text !== undefined && text !== '') return { by: 'text', text: [text] };
  return undefined;
}

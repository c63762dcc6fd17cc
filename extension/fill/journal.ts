/**
 * The undo journal of a fill: every field's previous value, every row added, so that one action
 * restores the page as it was. Undo walks back in reverse order, restoring values quietly (no
 * focus or blur: the page must not flag emptied mandatory fields) with `input` and `change` so the
 * page recomputes, and removes the rows with the page's own « Supprimer » control.
 */
import { setChecked, setFiles, setSelect, setText, submitsForm } from './adapters';

type Entry =
  | {
      readonly kind: 'value';
      readonly element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      readonly previous: string;
    }
  | { readonly kind: 'checked'; readonly element: HTMLInputElement; readonly previous: boolean }
  | {
      readonly kind: 'files';
      readonly element: HTMLInputElement;
      readonly previous: readonly File[];
    }
  | { readonly kind: 'row'; readonly row: Element; readonly remove: Element | undefined };

export interface UndoReport {
  readonly restored: number;
  readonly rowsRemoved: number;
  /** Fields gone from the page since the fill (nothing to restore). */
  readonly gone: number;
}

export class FillJournal {
  private entries: Entry[] = [];

  get size(): number {
    return this.entries.length;
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  value(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    this.entries.push({ kind: 'value', element, previous: element.value });
  }

  checked(element: HTMLInputElement): void {
    this.entries.push({ kind: 'checked', element, previous: element.checked });
  }

  files(element: HTMLInputElement): void {
    this.entries.push({ kind: 'files', element, previous: Array.from(element.files ?? []) });
  }

  /** A row the fill added, and the page's control that removes it (none: the row is taken out). */
  row(row: Element, remove: Element | undefined): void {
    this.entries.push({ kind: 'row', row, remove });
  }

  undo(): UndoReport {
    const entries = this.entries;
    this.entries = [];
    const added = entries.flatMap((entry) => (entry.kind === 'row' ? [entry.row] : []));
    const insideAdded = (element: Element) => added.some((row) => row.contains(element));
    let restored = 0;
    let rowsRemoved = 0;
    let gone = 0;
    for (const entry of entries.reverse()) {
      if (entry.kind === 'row') {
        if (!entry.row.isConnected) continue;
        if (entry.remove?.isConnected && !submitsForm(entry.remove)) {
          (entry.remove as HTMLElement).click();
        }
        if (entry.row.isConnected) entry.row.remove();
        rowsRemoved += 1;
        continue;
      }
      // Values typed into rows that are about to go need no restoring.
      if (insideAdded(entry.element)) continue;
      if (!entry.element.isConnected) {
        gone += 1;
        continue;
      }
      if (entry.kind === 'value') {
        if (entry.element.value === entry.previous) continue;
        if (entry.element instanceof HTMLSelectElement)
          setSelect(entry.element, entry.previous, { quiet: true });
        else setText(entry.element, entry.previous, { quiet: true });
      } else if (entry.kind === 'checked') {
        if (entry.element.checked === entry.previous) continue;
        setChecked(entry.element, entry.previous, { quiet: true });
      } else {
        setFiles(entry.element, entry.previous, { quiet: true });
      }
      restored += 1;
    }
    return { restored, rowsRemoved, gone };
  }
}

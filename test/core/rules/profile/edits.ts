/**
 * Small text edits that turn an FNFE Factur-X sample into a test case. Working on the text keeps
 * every other byte of the sample as it was, so the official validator and ours read the same
 * document.
 */

export type Edit =
  /** Replace the `nth` occurrence (1-based; without `nth` the text must occur exactly once). */
  | {
      readonly find: string;
      readonly nth?: number;
      readonly replace?: string;
      readonly before?: string;
      readonly after?: string;
    }
  /** Remove the `nth` element with this qualified name (its start tag to its end tag). */
  | { readonly removeElement: string; readonly nth?: number };

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of edits) result = applyEdit(result, edit);
  return result;
}

function applyEdit(text: string, edit: Edit): string {
  if ('removeElement' in edit) {
    const start = locate(text, `<${edit.removeElement}`, edit.nth, (at) =>
      /[\s/>]/.test(text.charAt(at + edit.removeElement.length + 1)),
    );
    const selfClosing = text.indexOf('/>', start);
    const open = text.indexOf('>', start);
    const end =
      selfClosing !== -1 && selfClosing < open
        ? selfClosing + 2
        : text.indexOf(`</${edit.removeElement}>`, start) + edit.removeElement.length + 3;
    if (end < start) throw new Error(`No end tag for ${edit.removeElement}`);
    return text.slice(0, start) + text.slice(end);
  }
  const at = locate(text, edit.find, edit.nth, () => true);
  const replacement = (edit.before ?? '') + (edit.replace ?? edit.find) + (edit.after ?? '');
  return text.slice(0, at) + replacement + text.slice(at + edit.find.length);
}

function locate(
  text: string,
  needle: string,
  nth: number | undefined,
  accept: (at: number) => boolean,
): number {
  const positions: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (accept(at)) positions.push(at);
  }
  if (nth === undefined) {
    if (positions.length !== 1) {
      throw new Error(`"${needle}" occurs ${positions.length} times; say which (nth).`);
    }
    return positions[0] as number;
  }
  const found = positions[nth - 1];
  if (found === undefined) throw new Error(`"${needle}" has no occurrence ${nth}.`);
  return found;
}

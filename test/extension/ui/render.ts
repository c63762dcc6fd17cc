/** Renders preact trees into happy-dom for the UI tests. */
import { html } from 'htm/preact';
import { render, type VNode } from 'preact';
import { LanguageContext } from '../../../extension/ui/i18n';
import type { Language } from '../../../shared/i18n/text';

export function mount(tree: VNode, language: Language = 'fr'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`<${LanguageContext.Provider} value=${language}>${tree}</${LanguageContext.Provider}>`,
    root,
  );
  return root;
}

export function unmountAll(): void {
  for (const child of [...document.body.children]) {
    render(null, child as HTMLElement);
    child.remove();
  }
}

/** Text with every kind of space made plain, for comparing formatted numbers. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Types a value, then lets preact render: a person never clicks within the same task as they type,
 * so handlers see the typed value only after that render.
 */
export async function typeInto(input: Element | null, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export function choose(select: Element | null, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a select');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  element.click();
}

/** The button whose visible text is exactly `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => plain(b.textContent) === text);
  if (!found) throw new Error(`no button « ${text} »`);
  return found;
}

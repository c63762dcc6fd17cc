import { describe, expect, it } from 'vitest';
import {
  setSelect,
  setText,
  submitsForm,
  widgetShowsSelection,
} from '../../../extension/fill/adapters';
import { byId, enhanceSelect, mountForm, recordEvents } from './forms';

describe('fill adapters', () => {
  it('type a value like a person: focus, input, change, blur, in that order', () => {
    mountForm('<input id="n"><textarea id="t"></textarea>');
    const events = recordEvents();
    setText(byId('n'), 'F-1');
    setText(byId<HTMLTextAreaElement>('t'), 'Merci');
    expect(events.filter((e) => e.id === 'n').map((e) => e.type)).toEqual([
      'focus',
      'input',
      'change',
      'blur',
      'focusout',
    ]);
    expect(events.find((e) => e.id === 'n' && e.type === 'input')?.value).toBe('F-1');
    expect(byId<HTMLTextAreaElement>('t').value).toBe('Merci');
  });

  it('set the value through the prototype setter, past a framework that wraps `value` on the element', () => {
    mountForm('<input id="n">');
    const input = byId('n');
    const seen: string[] = [];
    // What React-like frameworks do: track writes made through the element's own property.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => 'tracked',
      set: (value: string) => seen.push(value),
    });
    setText(input, 'F-2');
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(
      input,
    );
    expect(native).toBe('F-2');
    expect(seen).toEqual([]);
  });

  it('quiet mode (undo) sends input and change without focus or blur', () => {
    mountForm('<input id="n" value="x">');
    const events = recordEvents();
    setText(byId('n'), '', { quiet: true });
    expect(events.map((e) => e.type)).toEqual(['input', 'change']);
  });

  it('table cells get focus and blur as events, without moving the focus', () => {
    mountForm('<input id="a"><input id="b">');
    byId('a').focus();
    const events = recordEvents();
    setText(byId('b'), '3', { focus: 'events' });
    expect(events.filter((e) => e.id === 'b').map((e) => e.type)).toEqual([
      'focus',
      'input',
      'change',
      'blur',
      'focusout',
    ]);
    expect(document.activeElement).toBe(byId('a'));
  });

  it('choose a plain list option with focus, input, change, blur; a select2 list with change, which redraws the widget', () => {
    mountForm(`
      <select id="plain"><option value=""></option><option value="V">Virement</option></select>
      <select id="s2"><option value=""></option><option value="EUR">EUR - Euro</option><option value="USD">USD - Dollar</option></select>`);
    enhanceSelect('s2');
    const events = recordEvents();
    setSelect(byId<HTMLSelectElement>('plain'), 'V');
    setSelect(byId<HTMLSelectElement>('s2'), 'USD');
    expect(events.filter((e) => e.id === 'plain').map((e) => e.type)).toEqual([
      'focus',
      'input',
      'change',
      'blur',
      'focusout',
    ]);
    expect(events.filter((e) => e.id === 's2').map((e) => e.type)).toEqual(['change']);
    expect(byId('select2-s2-container').textContent).toBe('USD - Dollar');
    expect(widgetShowsSelection(byId<HTMLSelectElement>('s2'))).toBe(true);
    // Changing the value without `change` leaves the widget stale: the check sees it.
    byId<HTMLSelectElement>('s2').value = 'EUR';
    expect(widgetShowsSelection(byId<HTMLSelectElement>('s2'))).toBe(false);
  });

  it('know which controls would submit the form', () => {
    mountForm(`
      <button id="typeless">Valider</button><button id="submit" type="submit">Envoyer</button>
      <button id="plain" type="button">Ajouter</button><input id="image" type="image">`);
    expect(['typeless', 'submit', 'plain', 'image'].map((id) => submitsForm(byId(id)))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFormController } from '../../../extension/entrypoints/chorus.content/controller';
import { PortalLocator } from '../../../extension/fill/locate';
import { planFillRequest } from '../../../extension/fill/plan-request';
import {
  correctionsItem,
  loadCorrections,
  type StoredCorrections,
  saveCorrection,
} from '../../../extension/picker/corrections';
import { OWN_ELEMENT_ATTRIBUTE, startPicker } from '../../../extension/picker/picker';
import { byId, enhanceSelect, linesBlock, mountForm, wireLines } from './forms';

function mountUnlabelled(): { submits: () => number; pageClicks: () => number } {
  const form = mountForm(`
    <section><h2>Références</h2>
      <span>N° pièce</span><input id="piece" value="F-7">
      <input id="autre" value="x">
      <select id="devise"><option value="EUR">EUR</option><option value="USD">USD</option></select>
    </section>
    <label for="date">Date de facture</label><input id="date">
    <label for="siret">SIRET du destinataire</label><input id="siret">
    ${linesBlock(2)}
    <button type="submit" id="send">Valider et envoyer</button>`);
  wireLines();
  byId<HTMLButtonElement>('X_LignesPoste_BoutonAjouter').click();
  enhanceSelect('devise');
  let submits = 0;
  let pageClicks = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits += 1;
  });
  document.addEventListener('click', () => {
    pageClicks += 1;
  });
  return { submits: () => submits, pageClicks: () => pageClicks };
}

function click(element: Element): void {
  element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  element.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

function pressEscape(): void {
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
  );
}

describe('the picker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('highlights, chooses the clicked field, and never lets the page see the click', async () => {
    const page = mountUnlabelled();
    const picker = startPicker(document, 'invoiceNumber');
    const host = document.querySelector(`[${OWN_ELEMENT_ATTRIBUTE}=picker]`);
    expect(host?.shadowRoot?.textContent).toContain('« Numéro de facture »');
    byId('piece').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const box = host?.shadowRoot?.querySelector('div') as HTMLDivElement;
    expect(box.style.display).toBe('block');

    // A click on the submit button is not a field: nothing is sent, the picker keeps going.
    click(byId('send'));
    expect(page.submits()).toBe(0);
    expect(host?.shadowRoot?.textContent).toContain("Ce n'est pas un champ");

    click(byId('piece'));
    expect(await picker.done).toEqual({
      picked: true,
      key: 'invoiceNumber',
      strategy: { by: 'id', value: 'piece', match: 'exact' },
      element: { tag: 'input', id: 'piece' },
    });
    expect(page.pageClicks()).toBe(0);
    expect(byId('piece').value).toBe('F-7');
    expect(document.querySelector(`[${OWN_ELEMENT_ATTRIBUTE}]`)).toBeNull();
  });

  it('takes a select2 widget as its hidden select, and a row cell as the same cell of every row', async () => {
    mountUnlabelled();
    const currency = startPicker(document, 'currency');
    click(byId('select2-devise-container'));
    expect(await currency.done).toMatchObject({
      picked: true,
      strategy: { by: 'id', value: 'devise', match: 'exact' },
    });

    const quantity = startPicker(document, 'lines.quantity');
    click(byId('L_Quantite_2'));
    expect(await quantity.done).toMatchObject({
      picked: true,
      strategy: { by: 'id', value: 'L_Quantite', match: 'token' },
    });
  });

  it('ends on Escape without a correction', async () => {
    mountUnlabelled();
    const picker = startPicker(document, 'market');
    pressEscape();
    expect(await picker.done).toEqual({ picked: false, key: 'market', reason: 'cancelled' });
  });

  it('stores the correction, and the locator then finds the field by it', async () => {
    mountUnlabelled();
    expect(new PortalLocator(document).field('invoiceNumber').element).toBeUndefined();
    const controller = createFormController(document, {
      planFill: async (request) => planFillRequest(request),
      loadCorrections,
      saveCorrection,
    });
    const pending = controller.pick({ key: 'invoiceNumber' });
    await Promise.resolve();
    click(byId('piece'));
    expect(await pending).toMatchObject({ ok: true, outcome: { picked: true } });
    expect(await correctionsItem.getValue()).toMatchObject({
      invoiceNumber: {
        strategy: { by: 'id', value: 'piece', match: 'exact' },
        page: expect.any(String),
      },
    });
    const located = new PortalLocator(document, await loadCorrections()).field('invoiceNumber');
    expect(located).toMatchObject({ element: byId('piece'), strategy: 'correction: id piece' });
    const read = await controller.read();
    expect(read.ok && read.form.fields.invoiceNumber?.value).toBe('F-7');
  });

  it('ignores stored corrections of unknown keys or shapes', async () => {
    // What a hand-edited or older storage may hold.
    const stored: Record<string, unknown> = {
      invoiceNumber: { strategy: { by: 'xpath', value: '//input' }, pickedAt: '', page: '' },
      nope: { strategy: { by: 'id', value: 'autre' }, pickedAt: '', page: '' },
      market: { strategy: { by: 'id', value: 'autre', match: 'exact' }, pickedAt: '', page: '' },
    };
    await correctionsItem.setValue(stored as StoredCorrections);
    expect(await loadCorrections()).toEqual({
      market: { by: 'id', value: 'autre', match: 'exact' },
    });
  });
});

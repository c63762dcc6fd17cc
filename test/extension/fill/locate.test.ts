import { describe, expect, it } from 'vitest';
import { PortalLocator } from '../../../extension/fill/locate';
import { byId, linesBlock, mountForm, NBSP, wireLines } from './forms';

function locate(key: Parameters<PortalLocator['field']>[0], corrections = {}) {
  return new PortalLocator(document, corrections).field(key);
}

describe('PortalLocator', () => {
  it('finds a field by its label, whatever the accents, case, star, colon and spaces', () => {
    mountForm(`
      <section><h2>Références de la facture</h2>
        <label for="a">NUMERO${NBSP}DE FACTURE <span aria-hidden="true">*</span> :</label><input id="a">
        <label for="b">Numéro de la facture d’origine</label><input id="b">
      </section>`);
    expect(locate('invoiceNumber')).toMatchObject({
      element: byId('a'),
      strategy: expect.stringMatching(/^label/),
    });
    expect(locate('originalInvoice').element).toBe(byId('b'));
  });

  it('finds a label that wraps its control', () => {
    mountForm('<label>Devise <select id="c"><option>EUR</option></select></label>');
    expect(locate('currency').element).toBe(byId('c'));
  });

  it('falls back to aria-labelledby, the name binding path, the id token and the placeholder', () => {
    mountForm(`
      <span id="lbl">Raison sociale</span><p id="rs" aria-labelledby="lbl"></p>
      <input name="facture.references.numeroMarche">
      <input id="GDP_Ecran_References_NumeroFactureOrigine">
      <input id="GDP_Ecran_References_NumeroFacture">
      <input id="d" placeholder="JJ/MM/AAAA">`);
    expect(locate('recipientName')).toMatchObject({
      element: byId('rs'),
      strategy: 'aria « Raison sociale » | « Raison sociale du destinataire »',
    });
    expect(locate('market')).toMatchObject({
      element: document.querySelector('[name$=numeroMarche]'),
      strategy: 'name ….numeroMarche',
    });
    // The token stops before a letter: …_NumeroFacture is not …_NumeroFactureOrigine.
    expect(locate('invoiceNumber')).toMatchObject({
      element: byId('GDP_Ecran_References_NumeroFacture'),
      strategy: 'id …References_NumeroFacture…',
    });
    expect(locate('invoiceDate')).toMatchObject({
      element: byId('d'),
      strategy: 'placeholder « jj/mm/aaaa »',
    });
  });

  it('never guesses between two matches: an ambiguous strategy is passed over and reported', () => {
    mountForm(`
      <label for="s1">Service</label><select id="s1"></select>
      <label for="s2">Service</label><select id="s2" name="destinataire.codeServiceExecutant"></select>`);
    const found = locate('serviceCode');
    expect(found.element).toBe(byId('s2'));
    expect(found.tried[0]).toMatchObject({ found: 2 });
    const missing = locate('comment');
    expect(missing.element).toBeUndefined();
    expect(missing.tried.map((trial) => trial.found)).toEqual([0, 0, 0]);
  });

  it('looks in the field block first, so a label shared by two blocks finds the right one', () => {
    mountForm(`
      <section id="X_FournisseurPanneau"><h2>Fournisseur</h2><label for="f1">Service</label><select id="f1"></select></section>
      <section id="X_DestinatairePanneau"><h2>Destinataire</h2><label for="d1">Service</label><select id="d1"></select></section>`);
    expect(locate('supplierService').element).toBe(byId('f1'));
    expect(locate('serviceCode').element).toBe(byId('d1'));
  });

  it('tries a correction before the table strategies', () => {
    mountForm('<label for="n">Numéro de facture</label><input id="n"><input id="vrai-numero">');
    const found = locate('invoiceNumber', { invoiceNumber: { by: 'id', value: 'vrai-numero' } });
    expect(found).toMatchObject({
      element: byId('vrai-numero'),
      strategy: 'correction: id vrai-numero',
    });
  });

  it('finds rows in page order and their cells by name, column or label, whatever the indexes', () => {
    mountForm(linesBlock(3));
    wireLines();
    byId<HTMLButtonElement>('X_LignesPoste_BoutonAjouter').click();
    byId<HTMLButtonElement>('X_LignesPoste_BoutonAjouter').click();
    const locator = new PortalLocator(document);
    const { rows, container } = locator.rows('lines');
    expect(container?.id).toBe('X_LignesPoste_Lignes');
    expect(rows.map((row) => row.getAttribute('data-index'))).toEqual(['3', '5']);
    const [, second] = rows;
    if (second === undefined) throw new Error('no second row');
    expect(locator.inRow(second, 'lines', 'quantity')).toMatchObject({
      element: byId('L_Quantite_5'),
      strategy: 'name ….quantite',
    });
    expect(locator.inRow(second, 'lines', 'designation')).toMatchObject({
      strategy: 'label « Désignation de la ligne » | « Libellé de la ligne » …',
    });
    expect(locator.action('removeLine', second).element?.textContent).toBe('Supprimer');
    // Without names, the column header still finds the cell (a new locator reads the row afresh).
    for (const input of Array.from(second.querySelectorAll('input'))) input.removeAttribute('name');
    expect(new PortalLocator(document).inRow(second, 'lines', 'quantity')).toMatchObject({
      element: byId('L_Quantite_5'),
      strategy: 'column « Quantité »',
    });
  });

  it('waits for a field the page draws late, with a MutationObserver and a timeout', async () => {
    mountForm('<div id="later"></div>');
    const locator = new PortalLocator(document);
    setTimeout(() => {
      byId('later').innerHTML =
        '<label for="m">Mode de paiement</label><select id="m"><option value="V">Virement</option></select>';
    }, 20);
    const found = await locator.waitForField('paymentMode', () => true, 1000);
    expect(found.element).toBe(byId('m'));
    const started = Date.now();
    const missing = await locator.waitForField('market', () => true, 50);
    expect(missing.element).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});

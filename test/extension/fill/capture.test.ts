import { describe, expect, it } from 'vitest';
import { captureForm, maskDigits } from '../../../extension/capture/capture';
import { diffCapture } from '../../../extension/capture/diff';
import { byId, linesBlock, mountForm, wireLines } from './forms';

function mountFilled(): void {
  mountForm(`
    <input type="hidden" name="_csrf" value="jeton-secret-1234">
    <section id="X_ReferencesPanneau"><h2>Références</h2>
      <label for="num">Numéro de facture <span>*</span></label>
      <input id="num" name="references.numeroFacture" aria-required="true" value="FACTURE-CONFIDENTIELLE">
      <label for="date">Date de facture</label><input id="date" name="references.dateFacture" placeholder="jj/mm/aaaa" readonly>
      <label for="comment">Commentaire</label><textarea id="comment" name="commentaire" disabled>Texte privé</textarea>
      <label for="iban">Coordonnées bancaires</label>
      <select id="iban" name="fournisseur.codeCoordonneesBancairesFournisseur">
        <option value="1" selected>FR76 3000 4000 0100 0123 4567 830 - Compte principal</option>
      </select>
      <label for="siret">Identifiant (SIRET) du destinataire</label><input id="siret" value="21990001600011">
    </section>
    ${linesBlock()}`);
  wireLines();
  byId<HTMLButtonElement>('X_LignesPoste_BoutonAjouter').click();
  byId('L_Designation_0').value = 'Prestation secrète';
}

describe('captureForm', () => {
  it('describes every field (label, id, name, tag, block, row, flags) and never a value', () => {
    mountFilled();
    const capture = captureForm(document, new Date('2026-03-02T10:00:00Z'));
    const text = JSON.stringify(capture);
    for (const value of [
      'FACTURE-CONFIDENTIELLE',
      'Texte privé',
      'jeton-secret',
      '21990001600011',
      'Prestation secrète',
      '4567',
    ]) {
      expect(text).not.toContain(value);
    }
    expect(capture.capturedAt).toBe('2026-03-02T10:00:00.000Z');
    const field = (id: string) => capture.fields.find((candidate) => candidate.id === id);
    expect(field('num')).toMatchObject({
      kind: 'control',
      tag: 'input',
      name: 'references.numeroFacture',
      labels: ['Numéro de facture *'],
      block: 'references',
      heading: 'Références',
      required: true,
      readonly: false,
      disabled: false,
    });
    expect(field('date')).toMatchObject({ readonly: true, placeholder: 'jj/mm/aaaa' });
    expect(field('comment')).toMatchObject({ tag: 'textarea', disabled: true });
    expect(field('iban')?.options).toEqual([
      { value: '1', label: 'FR## #### #### #### #### #### ### - Compte principal' },
    ]);
    expect(field('L_Quantite_0')).toMatchObject({
      column: 'Quantité',
      row: { table: 'X_LignesPoste_Lignes', index: 0 },
      block: 'lignes',
    });
    expect(capture.fields.find((candidate) => candidate.name === '_csrf')).toMatchObject({
      kind: 'hidden',
    });
    expect(
      capture.fields.find((candidate) => candidate.id === 'X_LignesPoste_BoutonAjouter'),
    ).toMatchObject({ kind: 'action', text: 'Ajouter une ligne' });
  });

  it('masks digit runs long enough to be an account or a company number', () => {
    expect(maskDigits('5,5 %')).toBe('5,5 %');
    expect(maskDigits('A12_FACTURE_COTRAITANT')).toBe('A12_FACTURE_COTRAITANT');
    expect(maskDigits('81234567600017 - ACME')).toBe('############## - ACME');
  });
});

describe('diffCapture', () => {
  it('says which entries still resolve, which no longer do, and how', () => {
    mountFilled();
    const before = diffCapture(captureForm(document));
    const status = (diff: typeof before, key: string) =>
      diff.entries.find((entry) => entry.key === key);
    expect(status(before, 'invoiceNumber')).toMatchObject({
      status: 'found',
      strategy: expect.stringMatching(/^label/),
    });
    expect(status(before, 'lines.quantity')).toMatchObject({ status: 'found' });
    expect(before.missing).toContain('market');

    // The portal renames the field: no label, another name, another id.
    const number = byId('num');
    number.id = 'GDP_Nouveau_Champ';
    number.name = 'facture.numero';
    const after = diffCapture(captureForm(document));
    expect(status(after, 'invoiceNumber')).toMatchObject({ status: 'missing' });
    expect(after.missing).toContain('invoiceNumber');
    // A correction picked on the page makes it resolve again.
    const corrected = diffCapture(captureForm(document), {
      invoiceNumber: { by: 'name', value: 'facture.numero' },
    });
    expect(status(corrected, 'invoiceNumber')).toMatchObject({
      status: 'found',
      strategy: 'correction: name facture.numero',
    });
  });
});

/**
 * Small portal-like forms for the filler's unit tests: Bootstrap-style panels, a select2-like
 * widget (a hidden select and a `select2-<id>-container` redrawn on `change`), a lines table
 * whose « Ajouter une ligne » clones a row model (indexes from a counter, so they may have gaps).
 * Each page behaviour is a few lines written here, nothing from the replica.
 */

export const NBSP = '\u00a0';

export function mountForm(html: string): HTMLFormElement {
  document.body.innerHTML = `<form id="f" method="post" action="/cpp/x">${html}</form>`;
  const form = document.getElementById('f');
  if (!(form instanceof HTMLFormElement)) throw new Error('no form');
  return form;
}

export function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no #${id}`);
  return element as T;
}

/** A select2-like widget: the label shown follows the select on `change` only. */
export function enhanceSelect(id: string): void {
  const select = byId<HTMLSelectElement>(id);
  select.classList.add('select2-hidden-accessible');
  const container = document.createElement('span');
  container.className = 'select2 select2-container';
  container.innerHTML = `<span class="selection"><span class="select2-selection__rendered" id="select2-${id}-container"></span></span>`;
  select.after(container);
  const rendered = byId<HTMLElement>(`select2-${id}-container`);
  const draw = () => {
    rendered.textContent = select.options[select.selectedIndex]?.textContent ?? '';
  };
  select.addEventListener('change', draw);
  draw();
}

/** Records focus, input, change, blur (and focusout) on form fields, like the replica's hook. */
export function recordEvents(): { type: string; id: string; value: string }[] {
  const events: { type: string; id: string; value: string }[] = [];
  for (const type of ['focus', 'input', 'change', 'blur', 'focusout']) {
    document.addEventListener(
      type,
      (event) => {
        const target = event.target as HTMLInputElement;
        if (target?.id) events.push({ type, id: target.id, value: target.value });
      },
      true,
    );
  }
  return events;
}

const LINE_MODEL = (index: number, position: number) => `
  <tr class="ligne" data-index="${index}">
    <td><label for="L_Designation_${index}">Désignation de la ligne ${position}</label>
        <input id="L_Designation_${index}" name="lignes[${index}].designation"></td>
    <td><input id="L_Quantite_${index}" name="lignes[${index}].quantite"></td>
    <td><select id="L_Taux_${index}" name="lignes[${index}].tauxTva">
          <option value=""></option><option value="T20">20 %</option><option value="T55">5,5 %</option>
          <option value="AUTRE">Autre taux</option></select></td>
    <td><input id="L_Manuel_${index}" name="lignes[${index}].tauxTvaManuel" disabled></td>
    <td><input id="L_Montant_${index}" name="lignes[${index}].montantHT" readonly></td>
    <td><button type="button" class="supprimer" aria-label="Supprimer la ligne ${position}">Supprimer</button></td>
  </tr>`;

/**
 * A lines block: header cells, one empty placeholder row, « Ajouter une ligne » that appends a
 * row whose index comes from a counter starting at `firstIndex`, and « Supprimer » on each row.
 */
export function linesBlock(firstIndex = 0, addButtonType = 'button'): string {
  return `
  <section id="X_LignesPostePanneau"><h2>Lignes de poste</h2>
    <table id="X_LignesPoste_Tableau" data-next="${firstIndex}">
      <thead><tr><th>Désignation</th><th>Quantité</th><th>Taux de TVA</th><th>Taux manuel</th><th>Montant HT</th><th></th></tr></thead>
      <tbody id="X_LignesPoste_Lignes"><tr id="vide"><td colspan="6">Aucune ligne</td></tr></tbody>
    </table>
    <button type="${addButtonType}" id="X_LignesPoste_BoutonAjouter">Ajouter une ligne</button>
  </section>`;
}

/** The page script of linesBlock: add, remove, manual rate enabled for « Autre taux ». */
export function wireLines(): void {
  const table = byId<HTMLTableElement>('X_LignesPoste_Tableau');
  const body = byId<HTMLElement>('X_LignesPoste_Lignes');
  byId<HTMLButtonElement>('X_LignesPoste_BoutonAjouter').addEventListener('click', () => {
    const index = Number(table.dataset.next);
    table.dataset.next = String(index + 2);
    const position = body.querySelectorAll('tr.ligne').length + 1;
    // A <template> parses table rows in any context (happy-dom's insertAdjacentHTML does not).
    const model = document.createElement('template');
    model.innerHTML = LINE_MODEL(index, position).trim();
    body.append(model.content.cloneNode(true));
  });
  body.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('.supprimer');
    button?.closest('tr')?.remove();
  });
  body.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    if (!select.name.endsWith('tauxTva')) return;
    const manual = select.closest('tr')?.querySelector<HTMLInputElement>('[name$="tauxTvaManuel"]');
    if (manual) manual.disabled = select.value !== 'AUTRE';
  });
}

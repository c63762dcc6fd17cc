import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchPlainChromium } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';

/** What the replica page exposes to tests (see test/fixtures/portal/cpp/resources/js/saisie-facture.js). */
interface ReplicaEvent {
  type: 'focus' | 'input' | 'change' | 'blur';
  id: string;
  name: string;
  value: string;
  isTrusted: boolean;
}
interface ReplicaApi {
  events: ReplicaEvent[];
  lastPost: [string, string][] | null;
  lastEventId: string | null;
  lastResult: { eventId: string; ok: boolean; errors: { field: string; message: string }[] } | null;
  errors: string[];
  latencyMs: number;
  serialize(): [string, string][];
}
/** The few page globals the tests touch (test/e2e is type-checked without the DOM library). */
interface PageScope {
  __replica: ReplicaApi;
  document: { getElementById(id: string): { value: string } | null };
}

const P = 'GDP_SaisieFacture_';
const NBSP = '\u00a0';

type ReplicaState = Exclude<keyof ReplicaApi, 'serialize' | 'latencyMs'>;

function readReplica<K extends ReplicaState>(page: Page, key: K): Promise<ReplicaApi[K]> {
  return page.evaluate(
    (name) => (globalThis as unknown as PageScope).__replica[name],
    key,
  ) as Promise<ReplicaApi[K]>;
}

function serializeForm(page: Page): Promise<[string, string][]> {
  return page.evaluate(() => (globalThis as unknown as PageScope).__replica.serialize());
}

/** Opens the select2-like widget, types in its search box and clicks the matching result. */
async function pick(page: Page, selectId: string, search: string, optionText: string) {
  await page.click(`#select2-${selectId}-container`);
  await page.keyboard.type(search);
  await page.locator(`#select2-${selectId}-results li`, { hasText: optionText }).click();
}

/** Clicks into a text field, types like a user, then leaves it with Tab. */
async function type(page: Page, id: string, text: string) {
  await page.click(`#${id}`);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function value(page: Page, id: string): Promise<string> {
  return page.inputValue(`#${id}`);
}

describe('portal replica: « Saisir une facture »', () => {
  let browser: ExtensionBrowser;
  let site: StaticServer;
  const pageErrors: string[] = [];

  async function openForm(execution = 'e1s1'): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${site.origin}/cpp/facture/saisie.html?execution=${execution}`);
    await page.waitForSelector(`#select2-${P}CadreFacturation_Cadre-container`);
    return page;
  }

  beforeAll(async () => {
    site = await serveStatic(resolve('test/fixtures/portal'));
    browser = await launchPlainChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is a Spring Web Flow page whose drop-downs are select2 widgets over native selects', async () => {
    const page = await openForm('e2s3');
    const form = page.locator(`#${P}Formulaire`);
    expect(await form.getAttribute('method')).toBe('post');
    expect(await form.getAttribute('action')).toBe('saisie.html?execution=e2s3');
    expect(await value(page, `${P}Execution`)).toBe('e2s3');

    const cadre = page.locator(`#${P}CadreFacturation_Cadre`);
    expect(await cadre.getAttribute('class')).toContain('select2-hidden-accessible');
    expect(await page.textContent(`#select2-${P}CadreFacturation_Cadre-container`)).toBe(
      "Dépôt par un fournisseur d'une facture",
    );
    expect(await page.textContent(`label[for="${P}References_NumeroFacture"]`)).toContain(
      'Numéro de facture',
    );
    await page.close();
  });

  it('shows the valideur block for the A9 and A12 frames only', async () => {
    const page = await openForm();
    const block = `#${P}CadreFacturation_BlocValideur`;
    expect(await page.isVisible(block)).toBe(false);

    await pick(page, `${P}CadreFacturation_Cadre`, 'sous-traitant', 'sous-traitant');
    expect(await page.isVisible(block)).toBe(true);
    expect(await page.isEnabled(`#${P}CadreFacturation_StructureValideur`)).toBe(true);

    await pick(page, `${P}CadreFacturation_Cadre`, 'cotraitant', 'cotraitant');
    expect(await page.isVisible(block)).toBe(true);

    await pick(page, `${P}CadreFacturation_Cadre`, 'deja payee', 'déjà payée');
    expect(await page.isVisible(block)).toBe(false);
    const names = (await serializeForm(page)).map(([name]) => name);
    expect(names).toContain('cadreFacturation.codeCadreFacturation');
    expect(names).not.toContain('cadreFacturation.codeStructureValideur');
    await page.close();
  });

  it('refreshes a widget label on a change event only, as select2 does', async () => {
    const page = await openForm();
    const label = `#select2-${P}References_Devise-container`;
    await page.evaluate((id) => {
      const select = (globalThis as unknown as PageScope).document.getElementById(id);
      if (select) select.value = 'USD';
    }, `${P}References_Devise`);
    expect(await page.textContent(label)).toBe('EUR - Euro');

    await page.dispatchEvent(`#${P}References_Devise`, 'change');
    expect(await page.textContent(label)).toBe('USD - Dollar des États-Unis');
    expect(await page.textContent('.js-devise')).toBe('USD');
    await page.close();
  });

  it('reports an empty mandatory field once the user leaves it, and an unknown SIRET', async () => {
    const page = await openForm();
    const numero = `${P}References_NumeroFacture`;
    await page.click(`#${numero}`);
    await page.keyboard.press('Tab');
    expect(await page.textContent(`#${numero}_Erreur`)).toBe(
      'Le champ « Numéro de facture » est obligatoire.',
    );
    expect(await page.getAttribute(`#${numero}`, 'aria-invalid')).toBe('true');

    await type(page, numero, 'FA-1');
    expect(await page.locator(`#${numero}_Erreur`).count()).toBe(0);

    await type(page, `${P}Destinataire_Siret`, '12345678901234');
    await page.waitForSelector(`#${P}Destinataire_Siret_Erreur`);
    expect(await page.textContent(`#${P}Destinataire_Siret_Erreur`)).toContain(
      'Aucune structure publique',
    );
    expect(await page.isEnabled(`#${P}Destinataire_CodeService`)).toBe(false);
    await page.close();
  });

  it('keeps working on unreadable amounts and flags them', async () => {
    const page = await openForm();
    await page.click(`#${P}LignesPoste_BoutonAjouter`);
    await type(page, `${P}LignesPoste_Quantite_0`, 'trois');
    await type(page, `${P}LignesPoste_PrixUnitaireHT_0`, '10');
    expect(await page.textContent(`#${P}LignesPoste_Quantite_0_Erreur`)).toBe(
      'Le format du champ « Quantité de la ligne 1 » est incorrect.',
    );
    expect(await value(page, `${P}LignesPoste_MontantHT_0`)).toBe('');
    expect(await value(page, `${P}Montants_TotalHT`)).toBe('0,00');
    expect(await readReplica(page, 'errors')).toEqual([]);
    await page.close();
  });

  it('refuses to send an incomplete invoice but saves it as a draft', async () => {
    const page = await openForm();
    await page.click(`#${P}Actions_BoutonValiderEnvoyer`);
    expect(await page.isVisible(`#${P}Erreurs`)).toBe(true);
    expect(await page.isVisible(`#${P}Confirmation`)).toBe(false);
    const result = await readReplica(page, 'lastResult');
    expect(result?.ok).toBe(false);
    const messages = result?.errors.map((error) => error.message) ?? [];
    expect(messages).toContain('Le champ « Numéro de facture » est obligatoire.');
    expect(messages).toContain('La facture doit comporter au moins une ligne de poste.');

    await page.click(`#${P}Actions_BoutonEnregistrer`);
    expect(await readReplica(page, 'lastEventId')).toBe('enregistrer');
    expect(await page.textContent(`#${P}Confirmation_Titre`)).toBe('Facture enregistrée');
    const post = new Map((await readReplica(page, 'lastPost')) ?? []);
    expect(post.get('_eventId')).toBe('enregistrer');
    await page.close();
  });

  it('posts what a user typed and picked, with the amounts the page computed', async () => {
    const page = await openForm();

    await pick(page, `${P}CadreFacturation_Cadre`, 'sous-traitant', 'sous-traitant');
    await type(page, `${P}CadreFacturation_StructureValideur`, '26990002300012');
    await type(page, `${P}CadreFacturation_ServiceValideur`, 'FACTURATION');

    await pick(page, `${P}Fournisseur_Structure`, 'acme', 'ACME CONSEIL');
    await page.waitForSelector(`#${P}Fournisseur_Service:enabled`, { state: 'attached' });
    await pick(page, `${P}Fournisseur_Service`, 'lyon', 'Agence de Lyon');
    await pick(page, `${P}Fournisseur_CoordonneesBancaires`, 'principal', 'Compte principal');

    await type(page, `${P}Destinataire_Siret`, '219 900 016 00011');
    await page.waitForSelector(`#${P}Destinataire_CodeService:enabled`, { state: 'attached' });
    expect(await page.textContent(`#${P}Destinataire_RaisonSociale`)).toBe('COMMUNE DE VAL-FLEURI');
    expect(await page.textContent(`#${P}Destinataire_Obligations`)).toContain(
      'code service est obligatoire',
    );
    await pick(page, `${P}Destinataire_CodeService`, 'financ', 'Direction des finances');

    await type(page, `${P}References_NumeroFacture`, 'FA-2025-0042');
    await type(page, `${P}References_DateFacture`, '5/3/2025');
    expect(await value(page, `${P}References_DateFacture`)).toBe('05/03/2025');
    await type(page, `${P}References_NumeroBonCommande`, '1300012345');
    await type(page, `${P}References_NumeroMarche`, 'M-2024-17');
    await pick(page, `${P}References_ModePaiement`, 'vir', 'Virement');
    await pick(page, `${P}References_TypeTva`, 'debits', 'TVA sur les débits');

    await page.click(`#${P}LignesPoste_BoutonAjouter`);
    await page.click(`#${P}LignesPoste_BoutonAjouter`);
    expect(await page.locator('tr.ligne-poste').count()).toBe(2);

    await type(page, `${P}LignesPoste_Reference_0`, 'AUD-01');
    await type(page, `${P}LignesPoste_Designation_0`, 'Audit de sécurité');
    await type(page, `${P}LignesPoste_Quantite_0`, '3');
    await pick(page, `${P}LignesPoste_Unite_0`, 'jo', 'Jour');
    await type(page, `${P}LignesPoste_PrixUnitaireHT_0`, '1234,5');
    expect(await value(page, `${P}LignesPoste_PrixUnitaireHT_0`)).toBe(`1${NBSP}234,50`);
    await pick(page, `${P}LignesPoste_TauxTva_0`, '20', '20 %');

    await type(page, `${P}LignesPoste_Designation_1`, 'Licence annuelle');
    await type(page, `${P}LignesPoste_Quantite_1`, '2,5');
    await pick(page, `${P}LignesPoste_Unite_1`, 'forf', 'Forfait');
    await type(page, `${P}LignesPoste_PrixUnitaireHT_1`, '100');
    await type(page, `${P}LignesPoste_RemiseHT_1`, '10');
    await pick(page, `${P}LignesPoste_TauxTva_1`, '5,5', '5,5 %');

    // 3 × 1 234,50 = 3 703,50 at 20 %; 2,5 × 100 − 10 = 240,00 at 5,5 %.
    expect(await value(page, `${P}LignesPoste_MontantHT_0`)).toBe(`3${NBSP}703,50`);
    expect(await value(page, `${P}LignesPoste_MontantHT_1`)).toBe('240,00');
    expect(await value(page, `${P}RecapitulatifTva_CodeTaux_0`)).toBe('TVA20');
    expect(await value(page, `${P}RecapitulatifTva_BaseHT_0`)).toBe(`3${NBSP}703,50`);
    expect(await value(page, `${P}RecapitulatifTva_MontantTva_0`)).toBe('740,70');
    expect(await value(page, `${P}RecapitulatifTva_CodeTaux_1`)).toBe('TVA55');
    expect(await value(page, `${P}RecapitulatifTva_BaseHT_1`)).toBe('240,00');
    expect(await value(page, `${P}RecapitulatifTva_MontantTva_1`)).toBe('13,20');
    expect(await value(page, `${P}Montants_TotalHT`)).toBe(`3${NBSP}943,50`);
    expect(await value(page, `${P}Montants_TotalTVA`)).toBe('753,90');
    expect(await value(page, `${P}Montants_TotalTTC`)).toBe(`4${NBSP}697,40`);
    expect(await page.isEnabled(`#${P}Montants_MotifRemiseGlobale`)).toBe(false);

    await type(page, `${P}Montants_RemiseGlobale`, '97,4');
    expect(await value(page, `${P}Montants_MontantAPayer`)).toBe(`4${NBSP}600,00`);
    await type(page, `${P}Montants_MotifRemiseGlobale`, 'Geste commercial');
    await type(page, `${P}Commentaire_Texte`, 'Merci de votre confiance.');

    // The recap stays editable: a corrected VAT amount flows into the totals.
    await page.fill(`#${P}RecapitulatifTva_MontantTva_1`, '13,21');
    expect(await value(page, `${P}Montants_TotalTVA`)).toBe('753,91');
    await page.fill(`#${P}RecapitulatifTva_MontantTva_1`, '13,20');
    expect(await value(page, `${P}Montants_TotalTTC`)).toBe(`4${NBSP}697,40`);
    await page.fill(`#${P}Montants_RemiseGlobale`, '97,40');

    await page.click(`#${P}Actions_BoutonValiderEnvoyer`);
    await page.waitForSelector(`#${P}Confirmation`, { state: 'visible' });
    expect(await page.textContent(`#${P}Confirmation_Titre`)).toBe('Facture envoyée');
    const result = await readReplica(page, 'lastResult');
    expect(result?.errors).toEqual([]);
    expect(result?.ok).toBe(true);

    const pairs = (await readReplica(page, 'lastPost')) ?? [];
    const post = new Map(pairs);
    expect(Object.fromEntries(post)).toMatchObject({
      _eventId: 'valider',
      execution: 'e1s1',
      'cadreFacturation.codeCadreFacturation': 'A9_FACTURE_SOUSTRAITANT',
      'cadreFacturation.codeStructureValideur': '26990002300012',
      'cadreFacturation.codeServiceValideur': 'FACTURATION',
      'fournisseur.idFournisseur': '25894613',
      'fournisseur.idServiceFournisseur': '31002',
      'fournisseur.codeCoordonneesBancairesFournisseur': '1',
      'destinataire.codeDestinataire': '21990001600011',
      'destinataire.codeServiceExecutant': 'DIRFIN',
      'references.typeFacture': 'FACTURE',
      'references.deviseFacture': 'EUR',
      'references.numeroFacture': 'FA-2025-0042',
      'references.dateFacture': '05/03/2025',
      'references.numeroBonCommande': '1300012345',
      'references.numeroMarche': 'M-2024-17',
      'references.modePaiement': 'VIREMENT',
      'references.typeTva': 'TVA_SUR_DEBIT',
      'lignes[0].numero': '1',
      'lignes[0].reference': 'AUD-01',
      'lignes[0].designation': 'Audit de sécurité',
      'lignes[0].quantite': '3',
      'lignes[0].unite': 'JOUR',
      'lignes[0].prixUnitaireHT': `1${NBSP}234,50`,
      'lignes[0].remiseHT': '',
      'lignes[0].tauxTva': 'TVA20',
      'lignes[0].montantHT': `3${NBSP}703,50`,
      'lignes[1].numero': '2',
      'lignes[1].designation': 'Licence annuelle',
      'lignes[1].quantite': '2,5',
      'lignes[1].unite': 'FORFAIT',
      'lignes[1].prixUnitaireHT': '100,00',
      'lignes[1].remiseHT': '10,00',
      'lignes[1].tauxTva': 'TVA55',
      'lignes[1].montantHT': '240,00',
      'recapTva[0].codeTaux': 'TVA20',
      'recapTva[0].montantBaseHt': `3${NBSP}703,50`,
      'recapTva[0].montantTva': '740,70',
      'recapTva[1].codeTaux': 'TVA55',
      'recapTva[1].montantBaseHt': '240,00',
      'recapTva[1].montantTva': '13,20',
      'montantTotal.montantHtTotal': `3${NBSP}943,50`,
      'montantTotal.montantTva': '753,90',
      'montantTotal.montantTtcTotal': `4${NBSP}697,40`,
      'montantTotal.montantRemiseGlobaleTTC': '97,40',
      'montantTotal.motifRemiseGlobaleTTC': 'Geste commercial',
      'montantTotal.montantAPayer': `4${NBSP}600,00`,
      'pieceJointe.fichier': '',
      'pieceJointe.type': 'FACTURE',
      commentaire: 'Merci de votre confiance.',
    });
    // Disabled fields are not posted, exactly as a browser would do.
    for (const absent of [
      'references.motifExonerationTva',
      'references.numeroFactureOrigine',
      'lignes[0].tauxTvaManuel',
      'recapTva[0].tauxManuel',
    ]) {
      expect(post.has(absent)).toBe(false);
    }
    expect(pairs).toEqual(await serializeForm(page));

    // The filler's trace: a typed field sees trusted focus, input, change and blur events.
    const events = await readReplica(page, 'events');
    const numero = events.filter((event) => event.id === `${P}References_NumeroFacture`);
    expect(numero.every((event) => event.isTrusted)).toBe(true);
    const order = [...new Set(numero.map((event) => event.type))];
    expect(order).toEqual(['focus', 'input', 'change', 'blur']);
    const cadreChanges = events.filter(
      (event) => event.id === `${P}CadreFacturation_Cadre` && event.type === 'change',
    );
    expect(cadreChanges.at(-1)?.value).toBe('A9_FACTURE_SOUSTRAITANT');

    expect(await readReplica(page, 'errors')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

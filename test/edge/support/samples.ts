/**
 * Recorded upstream bodies (test/fixtures/api-samples, see SOURCES.md), and the envelopes the
 * search endpoints wrap them in.
 */

import inseeHeadOffice from '../../fixtures/api-samples/insee-sirene_siret_21920023500014_siege.json';
import inseeClosed from '../../fixtures/api-samples/insee-sirene_siret_21920023500022_closed-etab.json';
import laPosteResult from '../../fixtures/api-samples/recherche-entreprises_result-element_siren-356000000_laposte.json';
import carrefourSearch from '../../fixtures/api-samples/recherche-entreprises_search_q-carrefour.json';

export { carrefourSearch, inseeClosed, inseeHeadOffice, laPosteResult };

export const INSEE = 'https://api.insee.fr/api-sirene/3.11/';
export const RECHERCHE = 'https://recherche-entreprises.api.gouv.fr/search';

/** `GET /siret?q=…` answers with a list of the same records `GET /siret/{siret}` returns one of. */
export function inseeSearchOf(...records: { etablissement: unknown }[]) {
  return {
    header: { statut: 200, message: 'OK', total: records.length, debut: 0, nombre: records.length },
    etablissements: records.map((record) => record.etablissement),
  };
}

/** A /search page holding the given result elements, in the envelope of the Carrefour sample. */
export function recherchePageOf(...results: unknown[]) {
  return { results, total_results: results.length, page: 1, per_page: 10, total_pages: 1 };
}

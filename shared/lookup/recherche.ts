/**
 * API Recherche d'entreprises (`GET https://recherche-entreprises.api.gouv.fr/search`) → our
 * shapes. One result is a legal unit with its head office (`siege`, address in parts) and the
 * establishments that matched the query (`matching_etablissements`, address as one line).
 */
import { z } from 'zod';
import type { CompanySearchHit } from '../api/companies';
import type { Company, Establishment } from '../api/establishment';
import { computedVatNumber, emptyToNull, frenchOrForeignAddress, joinParts } from './common';

const text = z.string().nullish();

const RechercheEstablishmentSchema = z.object({
  siret: z.string(),
  activite_principale: text,
  adresse: text,
  code_postal: text,
  libelle_commune: text,
  libelle_commune_etranger: text,
  libelle_pays_etranger: text,
  complement_adresse: text,
  numero_voie: text,
  indice_repetition: text,
  type_voie: text,
  libelle_voie: text,
  date_fermeture: text,
  est_siege: z.boolean().nullish(),
  etat_administratif: text,
  liste_enseignes: z.array(z.string()).nullish(),
  nom_commercial: text,
});

type RechercheEstablishment = z.infer<typeof RechercheEstablishmentSchema>;

export const RechercheResultSchema = z.object({
  siren: z.string(),
  nom_complet: text,
  nom_raison_sociale: text,
  nombre_etablissements: z.number().nullish(),
  siege: RechercheEstablishmentSchema.nullish(),
  activite_principale: text,
  etat_administratif: text,
  nature_juridique: text,
  matching_etablissements: z.array(RechercheEstablishmentSchema).nullish(),
});

export type RechercheResult = z.infer<typeof RechercheResultSchema>;

export const RechercheSearchResponseSchema = z.object({
  results: z.array(RechercheResultSchema).default([]),
  total_results: z.number().int().nonnegative().default(0),
  page: z.number().int().min(1).default(1),
  per_page: z.number().int().min(1).default(10),
});

export type RechercheSearchResponse = z.infer<typeof RechercheSearchResponseSchema>;

function companyName(result: RechercheResult): string {
  return emptyToNull(result.nom_raison_sociale) ?? emptyToNull(result.nom_complet) ?? '';
}

/**
 * Street part of a one-line address: the matched establishments only carry
 * « 1 PLACE CARNEGIE 02700 TERGNIER », so the trailing postcode and city are cut off.
 */
function streetOfOneLine(record: RechercheEstablishment): string | null {
  const line = emptyToNull(record.adresse);
  if (!line) return null;
  const tail = joinParts(record.code_postal, record.libelle_commune);
  const street = tail && line.endsWith(tail) ? line.slice(0, -tail.length) : line;
  return emptyToNull(street);
}

function establishment(
  record: RechercheEstablishment,
  result: RechercheResult,
  retrievedAt: string,
): Establishment {
  const hasParts = Boolean(record.libelle_voie || record.numero_voie);
  const active = record.etat_administratif !== 'F';
  return {
    siret: record.siret,
    siren: result.siren,
    name: companyName(result),
    tradeName: emptyToNull(record.nom_commercial) ?? emptyToNull(record.liste_enseignes?.[0]),
    address: frenchOrForeignAddress(
      {
        line1: hasParts
          ? joinParts(
              record.numero_voie,
              record.indice_repetition,
              record.type_voie,
              record.libelle_voie,
            )
          : streetOfOneLine(record),
        line2: hasParts ? emptyToNull(record.complement_adresse) : null,
        postcode: emptyToNull(record.code_postal),
        city: emptyToNull(record.libelle_commune) ?? emptyToNull(record.libelle_commune_etranger),
      },
      emptyToNull(record.libelle_pays_etranger),
    ),
    active,
    closedSince: active ? null : emptyToNull(record.date_fermeture),
    headOffice: record.est_siege === true,
    nafCode: emptyToNull(record.activite_principale) ?? emptyToNull(result.activite_principale),
    legalFormCode: emptyToNull(result.nature_juridique),
    companyActive: result.etat_administratif !== 'C',
    vatNumber: computedVatNumber(result.siren),
    source: 'recherche-entreprises',
    retrievedAt,
  };
}

/** The establishment `siret` inside a search result, when the result holds it. */
export function establishmentFromRecherche(
  result: RechercheResult,
  siret: string,
  retrievedAt: string,
): Establishment | null {
  // The head office record has the address in parts: prefer it when it is the one asked for.
  const record =
    (result.siege?.siret === siret ? result.siege : undefined) ??
    result.matching_etablissements?.find((candidate) => candidate.siret === siret);
  return record ? establishment(record, result, retrievedAt) : null;
}

export function companyFromRecherche(result: RechercheResult, retrievedAt: string): Company {
  return {
    siren: result.siren,
    name: companyName(result),
    active: result.etat_administratif !== 'C',
    nafCode: emptyToNull(result.activite_principale),
    legalFormCode: emptyToNull(result.nature_juridique),
    vatNumber: computedVatNumber(result.siren),
    headOffice: result.siege ? establishment(result.siege, result, retrievedAt) : null,
    establishmentCount: result.nombre_etablissements ?? null,
    source: 'recherche-entreprises',
    retrievedAt,
  };
}

export function searchHitFromRecherche(
  result: RechercheResult,
  retrievedAt: string,
): CompanySearchHit {
  const company = companyFromRecherche(result, retrievedAt);
  return {
    siren: company.siren,
    name: company.name,
    active: company.active,
    nafCode: company.nafCode,
    legalFormCode: company.legalFormCode,
    vatNumber: company.vatNumber,
    headOffice: company.headOffice,
    matchingEstablishments: (result.matching_etablissements ?? []).map((record) =>
      establishment(record, result, retrievedAt),
    ),
    establishmentCount: company.establishmentCount,
  };
}

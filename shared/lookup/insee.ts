/**
 * INSEE Sirene API 3.11 (`GET /api-sirene/3.11/siret/{siret}` and `/siret?q=…`) → our
 * establishment shape. The schemas below name only the fields we read, every one nullable:
 * INSEE leaves many blank, and hides some for non-diffusible units.
 */
import { z } from 'zod';
import type { Establishment } from '../api/establishment';
import { computedVatNumber, emptyToNull, frenchOrForeignAddress, joinParts } from './common';

const text = z.string().nullish();

const InseePeriodSchema = z.object({
  dateFin: text,
  dateDebut: text,
  etatAdministratifEtablissement: text,
  enseigne1Etablissement: text,
  denominationUsuelleEtablissement: text,
  activitePrincipaleEtablissement: text,
});

const InseeLegalUnitSchema = z.object({
  etatAdministratifUniteLegale: text,
  categorieJuridiqueUniteLegale: text,
  denominationUniteLegale: text,
  sigleUniteLegale: text,
  nomUniteLegale: text,
  nomUsageUniteLegale: text,
  prenomUsuelUniteLegale: text,
  prenom1UniteLegale: text,
  activitePrincipaleUniteLegale: text,
});

const InseeAddressSchema = z.object({
  complementAdresseEtablissement: text,
  numeroVoieEtablissement: text,
  indiceRepetitionEtablissement: text,
  typeVoieEtablissement: text,
  libelleVoieEtablissement: text,
  codePostalEtablissement: text,
  libelleCommuneEtablissement: text,
  libelleCommuneEtrangerEtablissement: text,
  distributionSpecialeEtablissement: text,
  libellePaysEtrangerEtablissement: text,
});

export const InseeEstablishmentSchema = z.object({
  siren: z.string(),
  siret: z.string(),
  etablissementSiege: z.boolean().nullish(),
  uniteLegale: InseeLegalUnitSchema,
  adresseEtablissement: InseeAddressSchema,
  periodesEtablissement: z.array(InseePeriodSchema).default([]),
});

export type InseeEstablishment = z.infer<typeof InseeEstablishmentSchema>;

/** Body of `GET /siret/{siret}`. */
export const InseeSiretResponseSchema = z.object({ etablissement: InseeEstablishmentSchema });

/** Body of `GET /siret?q=…` (a search over establishments). */
export const InseeSiretSearchResponseSchema = z.object({
  etablissements: z.array(InseeEstablishmentSchema).default([]),
});

/** Name of the legal unit: its denomination, or first name and name for a natural person. */
export function inseeLegalUnitName(unit: InseeEstablishment['uniteLegale']): string {
  return (
    emptyToNull(unit.denominationUniteLegale) ??
    joinParts(
      unit.prenomUsuelUniteLegale ?? unit.prenom1UniteLegale,
      unit.nomUsageUniteLegale ?? unit.nomUniteLegale,
    ) ??
    ''
  );
}

export function establishmentFromInsee(
  record: InseeEstablishment,
  retrievedAt: string,
): Establishment {
  // INSEE lists the periods newest first; the open one has no end date.
  const current =
    record.periodesEtablissement.find((period) => !period.dateFin) ??
    record.periodesEtablissement[0];
  const unit = record.uniteLegale;
  const address = record.adresseEtablissement;
  const active = current?.etatAdministratifEtablissement !== 'F';
  return {
    siret: record.siret,
    siren: record.siren,
    name: inseeLegalUnitName(unit),
    tradeName:
      emptyToNull(current?.enseigne1Etablissement) ??
      emptyToNull(current?.denominationUsuelleEtablissement),
    address: frenchOrForeignAddress(
      {
        line1: joinParts(
          address.numeroVoieEtablissement,
          address.indiceRepetitionEtablissement,
          address.typeVoieEtablissement,
          address.libelleVoieEtablissement,
        ),
        line2: joinParts(
          address.complementAdresseEtablissement,
          address.distributionSpecialeEtablissement,
        ),
        postcode: emptyToNull(address.codePostalEtablissement),
        city:
          emptyToNull(address.libelleCommuneEtablissement) ??
          emptyToNull(address.libelleCommuneEtrangerEtablissement),
      },
      emptyToNull(address.libellePaysEtrangerEtablissement),
    ),
    active,
    closedSince: active ? null : emptyToNull(current?.dateDebut),
    headOffice: record.etablissementSiege === true,
    nafCode:
      emptyToNull(current?.activitePrincipaleEtablissement) ??
      emptyToNull(unit.activitePrincipaleUniteLegale),
    legalFormCode: emptyToNull(unit.categorieJuridiqueUniteLegale),
    companyActive: unit.etatAdministratifUniteLegale !== 'C',
    vatNumber: computedVatNumber(record.siren),
    source: 'insee',
    retrievedAt,
  };
}

/** The legal unit, read from its head office record (INSEE repeats the unit inside it). */
export function companyFromInseeHeadOffice(record: InseeEstablishment, retrievedAt: string) {
  const unit = record.uniteLegale;
  return {
    siren: record.siren,
    name: inseeLegalUnitName(unit),
    active: unit.etatAdministratifUniteLegale !== 'C',
    nafCode: emptyToNull(unit.activitePrincipaleUniteLegale),
    legalFormCode: emptyToNull(unit.categorieJuridiqueUniteLegale),
    vatNumber: computedVatNumber(record.siren),
    headOffice: establishmentFromInsee(record, retrievedAt),
    establishmentCount: null,
    source: 'insee' as const,
    retrievedAt,
  };
}

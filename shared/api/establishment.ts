import { z } from 'zod';

/** Where an answer about a company came from. */
export const LOOKUP_SOURCES = ['insee', 'recherche-entreprises'] as const;
export type LookupSource = (typeof LOOKUP_SOURCES)[number];

export const AddressSchema = z
  .object({
    line1: z
      .string()
      .nullable()
      .meta({ description: 'Number and street', example: '1 PL MAURICE GUNSBOURG' }),
    line2: z.string().nullable().meta({ description: 'Complement (building, BP…)' }),
    postcode: z.string().nullable().meta({ example: '92140' }),
    city: z.string().nullable().meta({ example: 'CLAMART' }),
    country: z.string().length(2).nullable().meta({
      description:
        'ISO 3166-1 alpha-2; null abroad (the sources give the foreign country as a label)',
      example: 'FR',
    }),
    foreignCountry: z
      .string()
      .nullable()
      .meta({ description: 'Country label for an establishment outside France' }),
  })
  .meta({ id: 'Address' });

export type Address = z.infer<typeof AddressSchema>;

export const EstablishmentSchema = z
  .object({
    siret: z.string().regex(/^\d{14}$/),
    siren: z.string().regex(/^\d{9}$/),
    name: z.string().meta({ description: 'Name of the legal unit', example: 'COMMUNE DE CLAMART' }),
    tradeName: z
      .string()
      .nullable()
      .meta({ description: 'Sign or usual name of this establishment', example: 'MAIRIE' }),
    address: AddressSchema,
    active: z.boolean().meta({ description: 'False when INSEE records the establishment closed' }),
    closedSince: z
      .string()
      .nullable()
      .meta({ description: 'Date (YYYY-MM-DD) the establishment closed, when known' }),
    headOffice: z.boolean().meta({ description: 'True for the head office (siège)' }),
    nafCode: z.string().nullable().meta({ description: 'NAF rev. 2 activity', example: '84.11Z' }),
    legalFormCode: z
      .string()
      .nullable()
      .meta({ description: 'INSEE legal category (catégorie juridique)', example: '7210' }),
    companyActive: z.boolean().meta({ description: 'False when the legal unit has ceased' }),
    vatNumber: z.string().nullable().meta({
      description:
        'French VAT number computed from the SIREN: shows the expected number, not that the company is VAT-registered',
      example: 'FR81219200235',
    }),
    source: z.enum(LOOKUP_SOURCES),
    retrievedAt: z.string().meta({ description: 'When the source was read (ISO 8601)' }),
  })
  .meta({ id: 'Establishment' });

export type Establishment = z.infer<typeof EstablishmentSchema>;

export const CompanySchema = z
  .object({
    siren: z.string().regex(/^\d{9}$/),
    name: z.string(),
    active: z.boolean().meta({ description: 'False when the legal unit has ceased' }),
    nafCode: z.string().nullable(),
    legalFormCode: z.string().nullable(),
    vatNumber: z.string().nullable(),
    headOffice: EstablishmentSchema.nullable(),
    establishmentCount: z.number().int().nonnegative().nullable(),
    source: z.enum(LOOKUP_SOURCES),
    retrievedAt: z.string(),
  })
  .meta({ id: 'Company' });

export type Company = z.infer<typeof CompanySchema>;

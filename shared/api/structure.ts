import { z } from 'zod';
import type { RecipientObligations } from '../rules/rule';

/**
 * Where a Chorus Pro structure came from: the directory file (cron refresh or CLI import), a live
 * PISTE lookup, or the demonstration seed shipped for offline use (its flags are illustrative).
 */
export const STRUCTURE_SOURCES = ['directory', 'piste', 'seed'] as const;
export type StructureSource = (typeof STRUCTURE_SOURCES)[number];

export const ChorusServiceSchema = z
  .object({
    code: z
      .string()
      .meta({ description: 'Service code (BT-10 in EN 16931 flows)', example: 'FACTURES' }),
    label: z.string(),
    engagementRequired: z.boolean().nullable().meta({
      description: 'This service requires an engagement number (EJ); null when not known',
    }),
  })
  .meta({ id: 'ChorusService' });

export type ChorusService = z.infer<typeof ChorusServiceSchema>;

export const ChorusStructureSchema = z
  .object({
    identifier: z
      .string()
      .meta({ description: 'SIRET of the structure', example: '21920023500014' }),
    identifierType: z.string().meta({ example: 'SIRET' }),
    name: z.string(),
    active: z.boolean().meta({ description: 'An inactive structure cannot receive invoices' }),
    flags: z.object({
      serviceCodeRequired: z.boolean().meta({ description: 'codeServiceDoitEtreRenseigne' }),
      engagementRequired: z.boolean().meta({ description: 'numeroEJDoitEtreRenseigne' }),
      engagementOrService: z.boolean().meta({
        description: 'gestionNumeroEJOuCodeService: an EJ or a service code is required',
      }),
    }),
    services: z
      .array(ChorusServiceSchema)
      .meta({ description: 'Active services of the structure' }),
    source: z.enum(STRUCTURE_SOURCES),
    updatedAt: z.string().meta({ description: 'When this record was read from its source' }),
  })
  .meta({ id: 'ChorusStructure' });

export type ChorusStructure = z.infer<typeof ChorusStructureSchema>;

/**
 * What the chorus rule layer needs to know of a recipient (`RuleOptions.recipient`), from the
 * structure the directory answered. The edge uses it for `lookupRecipient`; clients that fetched
 * the structure themselves can use it too.
 */
export function recipientObligationsOf(structure: ChorusStructure): RecipientObligations {
  return {
    name: structure.name,
    siret: structure.identifier,
    serviceCodeRequired: structure.flags.serviceCodeRequired,
    engagementRequired: structure.flags.engagementRequired,
    engagementOrServiceRequired: structure.flags.engagementOrService,
    services: structure.services.map((service) => ({
      code: service.code,
      engagementRequired: service.engagementRequired,
    })),
  };
}

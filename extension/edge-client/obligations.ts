/** The chorus rule layer's view of a recipient (RuleOptions.recipient) from the edge's structure. */
import type { ChorusStructure } from '../../shared/api/structure';
import type { RecipientObligations } from '../../shared/rules/rule';

export function obligationsOf(structure: ChorusStructure): RecipientObligations {
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

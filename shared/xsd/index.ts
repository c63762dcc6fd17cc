/** The XSD (structure) layer: schema validation with libxml2, the same in Node, workerd and the browser. */

export { XSD_RULES } from './libxml-messages';
export type { LibxmlModule } from './libxml-module';
export {
  FACTURX_PROFILES,
  type FacturxProfile,
  isXsdSchemaSet,
  schemaSetFor,
  schemaSetForDocument,
  XSD_SCHEMA_SETS,
  type XsdSchemaSet,
  type XsdSyntax,
} from './schema-sets';
export {
  createXsdValidator,
  type XsdLayerResult,
  type XsdValidator,
  type XsdValidatorOptions,
} from './validator';

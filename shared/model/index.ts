/** The EN 16931 invoice model: the BT-keyed JSON form everything else reads and writes. */

export * from './catalogue';
export * from './decimal';
export * from './document-type';
export * from './formats';
export * from './france';
export * from './invoice';
export * from './json';
export type { InvoiceJsonIssue, InvoiceJsonIssueCode } from './json-issues';
export * from './mandatory';
export * from './paths';
export type {
  BusinessGroup,
  BusinessTerm,
  Cardinality,
  DataType,
  GroupDefinition,
  GroupId,
  ModelElement,
  ModelId,
  QualifierDefinition,
  QualifierId,
  QualifierKey,
  Root,
  TermDefinition,
  TermId,
} from './terms';
export { MODEL_ELEMENTS, QUALIFIERS, ROOT } from './terms';
export {
  type BinaryObject,
  BinaryObjectSchema,
  type ClassificationIdentifier,
  ClassificationIdentifierSchema,
  type Extensions,
  ExtensionsSchema,
  type Identifier,
  IdentifierSchema,
  type JsonValue,
  VALUE_FORMATS,
  type ValueFormat,
} from './values';

import type { StructureSource } from '../../api/structure';

/** One recipient structure as stored in D1 (table `chorus_structures`). */
export interface DirectoryStructure {
  readonly identifier: string;
  readonly identifierType: string;
  readonly name: string;
  readonly active: boolean;
  readonly serviceCodeRequired: boolean;
  readonly engagementRequired: boolean;
  readonly engagementOrService: boolean;
  readonly postcode: string | null;
  readonly city: string | null;
}

/** One service of a structure (table `chorus_services`). */
export interface DirectoryService {
  readonly structureIdentifier: string;
  readonly code: string;
  readonly label: string;
  /** null when the source does not say. */
  readonly engagementRequired: boolean | null;
  readonly active: boolean;
}

/** A line the importer could not use, with the reason in both languages. */
export interface SkippedLine {
  readonly file: string;
  readonly line: number;
  readonly reason: { readonly fr: string; readonly en: string };
}

export interface DirectoryImportMeta {
  readonly importId: string;
  readonly source: StructureSource;
  /** ISO 8601 time of the import. */
  readonly importedAt: string;
}

/**
 * The forms a conversion reads and writes. The names are the API's (shared/api/conversion), so
 * that the CLI, the edge and its clients say `facturx` or `pdf` for the same thing.
 */
import {
  CONVERT_SOURCES,
  CONVERT_TARGETS,
  type ConvertSource,
  type ConvertTarget,
} from '../api/conversion';

export const SOURCE_FORMATS = CONVERT_SOURCES;
/** `facturx`: a PDF with an embedded invoice; `pdf`: a PDF read from its visible text. */
export type SourceFormat = ConvertSource;

export const TARGET_FORMATS = CONVERT_TARGETS;
export type TargetFormat = ConvertTarget;

/** What a file is made of, before knowing which invoice form it holds. */
export type Container = 'xml' | 'pdf' | 'json';

export const CONTAINER_OF: Readonly<Record<SourceFormat, Container>> = {
  pdf: 'pdf',
  facturx: 'pdf',
  ubl: 'xml',
  cii: 'xml',
  json: 'json',
};

export interface TargetOutput {
  readonly mediaType: string;
  /** The end of the file name, after the invoice's name: `cii.xml`, `facturx.pdf`… */
  readonly extension: string;
  /** Text (UTF-8) or binary. */
  readonly text: boolean;
}

const XML_TYPE = 'application/xml; charset=utf-8';

export const TARGET_OUTPUTS: Readonly<Record<TargetFormat, TargetOutput>> = {
  cii: { mediaType: XML_TYPE, extension: 'cii.xml', text: true },
  ubl: { mediaType: XML_TYPE, extension: 'ubl.xml', text: true },
  facturx: { mediaType: 'application/pdf', extension: 'facturx.pdf', text: false },
  json: { mediaType: 'application/json; charset=utf-8', extension: 'json', text: true },
};

/** Only CII (and so Factur-X) has Factur-X profiles. */
export function takesProfile(to: TargetFormat): boolean {
  return to === 'cii' || to === 'facturx';
}

import type { LocalizedText } from '../i18n/text';

/**
 * Validation layers, in the order they run (as in phive: syntax → norm → national CIUS → platform).
 * `xml`: well-formedness and safety; `xsd`: schema; `en16931`: the norm's business and syntax-binding
 * rules; `profile`: Factur-X profile rules; `fr`: French CIUS (BR-FR); `chorus`: what Chorus Pro
 * rejects; `pdf`: the Factur-X container.
 */
export const LAYERS = ['xml', 'xsd', 'en16931', 'profile', 'fr', 'chorus', 'pdf'] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * `fatal`: the document will be rejected; `warning`: accepted but worth fixing; `info`: context
 * (for example a check that could not run for lack of input).
 */
export type Severity = 'fatal' | 'warning' | 'info';

/** Where in the source document a finding points. */
export interface SourceLocation {
  /** XPath of the element or attribute, with positions, e.g. `/Invoice/cac:InvoiceLine[2]/cbc:ID`. */
  readonly xpath?: string;
  /** 1-based line and column of the element's start tag. */
  readonly line?: number;
  readonly column?: number;
}

export interface Finding {
  /** Rule id as published by the artefact that defines it, e.g. `BR-CO-10`, `UBL-CR-001`, `BR-FR-04`. */
  readonly rule: string;
  /**
   * The artefact's id of the failed test when the rule groups several, in the document's syntax:
   * `BR-FR-05_BT-22_PMT` (CII) or `BR-FR-05_BT-22-1` (UBL) for rule `BR-FR-05`. A detail for
   * support and for comparing with other validators; `rule` is what the user reads.
   */
  readonly assert?: string;
  readonly severity: Severity;
  readonly layer: Layer;
  readonly message: LocalizedText;
  /** Business terms and groups concerned, e.g. `['BT-106', 'BT-131']`. */
  readonly bt: readonly string[];
  readonly location?: SourceLocation;
}

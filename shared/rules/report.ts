import type { LocalizedText } from '../i18n/text';
import type { DocumentKind } from '../syntax/detect';
import type { Profile, ProfileSyntax } from '../syntax/profiles';
import type { Artefact } from './artefacts';
import type { Finding, Layer } from './finding';

/**
 * `valid`: every layer that was asked for ran and none found a fatal problem. `invalid`: at least
 * one fatal finding. `error`: a layer that was asked for could not run (and nothing fatal was found
 * by the others) — the document is NOT known to be valid.
 */
export type Verdict = 'valid' | 'invalid' | 'error';

export type LayerStatus = 'ran' | 'skipped' | 'error';

export interface LayerReport {
  readonly layer: Layer;
  readonly status: LayerStatus;
  readonly artefact: Artefact;
  /** Why a layer was skipped or could not run, or what part of it ran. */
  readonly reason?: LocalizedText;
  readonly counts: { readonly fatal: number; readonly warning: number; readonly info: number };
  /** Number of rules the layer evaluated (0 when skipped). */
  readonly rules: number;
}

export interface ValidationReport {
  readonly verdict: Verdict;
  readonly document?: {
    readonly kind: DocumentKind;
    readonly syntax: ProfileSyntax | undefined;
    readonly profile: Profile | undefined;
    readonly description: LocalizedText;
  };
  readonly layers: readonly LayerReport[];
  readonly findings: readonly Finding[];
}

export function countFindings(findings: readonly Finding[], layer: Layer): LayerReport['counts'] {
  let fatal = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.layer !== layer) continue;
    if (f.severity === 'fatal') fatal++;
    else if (f.severity === 'warning') warning++;
    else info++;
  }
  return { fatal, warning, info };
}

/** The verdict follows from the layers and findings alone, so it cannot disagree with them. */
export function verdictOf(layers: readonly LayerReport[], findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'fatal')) return 'invalid';
  if (layers.some((l) => l.status === 'error')) return 'error';
  return 'valid';
}

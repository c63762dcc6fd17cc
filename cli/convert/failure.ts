import type { LocalizedText } from '../../shared/i18n/text';

/**
 * Why one file of a batch was not converted. The code is stable (scripts key on it, as on the
 * codes of shared/); the message is for the person at the terminal.
 */
export interface ConversionFailure {
  readonly ok: false;
  readonly code: string;
  readonly message: LocalizedText;
}

export function failure(code: string, message: LocalizedText): ConversionFailure {
  return { ok: false, code, message };
}

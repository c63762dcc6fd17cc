/** Why a call to the edge gave no answer the panel can use, in words the clerk can act on. */
import type { ApiContractError } from '../../shared/api/client';
import type { Problem } from '../../shared/api/problem';
import type { LocalizedText } from '../../shared/i18n/text';

export type EdgeFailureKind =
  /** No answer at all: wrong address, edge not started, no network, or no host access. */
  | 'unreachable'
  | 'timeout'
  /** The edge answered with a problem (RFC 9457): invalid identifier, not found, rate limited… */
  | 'problem'
  /** The answer matched no contract: wrong address (another server) or a drifted deployment. */
  | 'contract';

export interface EdgeFailure {
  readonly kind: EdgeFailureKind;
  readonly message: LocalizedText;
  readonly status?: number;
  /** Request id of the answer, for support. */
  readonly requestId?: string;
  /** The problem's code, for `problem`. */
  readonly code?: Problem['code'];
}

export type EdgeResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly failure: EdgeFailure };

export function unreachable(url: string): EdgeFailure {
  return {
    kind: 'unreachable',
    message: {
      fr: `Le service Chorus Assist (${url}) ne répond pas. Vérifiez l'adresse dans les Réglages et votre connexion ; les contrôles locaux restent disponibles.`,
      en: `The Chorus Assist service (${url}) does not answer. Check the address in Settings and your connection; local checks still work.`,
    },
  };
}

export function timedOut(url: string, ms: number): EdgeFailure {
  return {
    kind: 'timeout',
    message: {
      fr: `Le service Chorus Assist (${url}) n'a pas répondu en ${Math.round(ms / 1000)} s. Réessayez plus tard.`,
      en: `The Chorus Assist service (${url}) did not answer within ${Math.round(ms / 1000)} s. Try again later.`,
    },
  };
}

export function fromProblem(problem: Problem, requestId: string | null): EdgeFailure {
  return {
    kind: 'problem',
    status: problem.status,
    code: problem.code,
    ...(requestId ? { requestId } : {}),
    message: {
      fr: `${problem.title} : ${problem.detail}`,
      en: `${problem.title_en}: ${problem.detail_en}`,
    },
  };
}

export function fromContractError(error: ApiContractError): EdgeFailure {
  return {
    kind: 'contract',
    status: error.status,
    message: {
      fr: `Réponse inattendue de ${error.url} (HTTP ${error.status}) : est-ce bien l'adresse du service Chorus Assist ?`,
      en: `Unexpected answer from ${error.url} (HTTP ${error.status}): is this really the Chorus Assist service address?`,
    },
  };
}

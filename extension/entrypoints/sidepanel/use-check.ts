/**
 * Runs the check of the pending invoice whenever what it depends on changes: the invoice, the
 * profile (billing frame and validator), and the online settings. The recipient's obligations
 * come from the edge when online checks are on; the edge being away never stops the local checks.
 */
import { useEffect, useState } from 'preact/hooks';
import { recipientObligationsOf } from '../../../shared/api/structure';
import type { SupplierProfile } from '../../../shared/chorus/portal-profile';
import { findRecipientSiret } from '../../../shared/chorus/recipient-siret';
import type { ValidationReport } from '../../../shared/rules/report';
import type { RecipientObligations } from '../../../shared/rules/rule';
import type { EdgeFailure } from '../../edge-client/failure';
import { checkPending, localToday } from '../../sources/check';
import type { PendingInvoice } from '../../storage/pending-invoice';
import type { Settings } from '../../storage/settings';
import type { PanelServices } from './services';

export type RecipientLookup =
  | { readonly kind: 'off' }
  | { readonly kind: 'no-siret' }
  | { readonly kind: 'found'; readonly obligations: RecipientObligations }
  | { readonly kind: 'failed'; readonly failure: EdgeFailure };

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  /** Something broke outside the engine (which never throws): said, never shown as valid. */
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'done';
      readonly report: ValidationReport;
      readonly recipient: RecipientLookup;
      /** The check ran on the model alone (no XML kept). */
      readonly modelOnly: boolean;
    };

async function lookUpRecipient(
  pending: PendingInvoice,
  settings: Settings,
  services: PanelServices,
): Promise<RecipientLookup> {
  if (!settings.liveChecks) return { kind: 'off' };
  const recipient = findRecipientSiret(pending.invoice);
  if (recipient.kind !== 'siret') return { kind: 'no-siret' };
  const answer = await services.edge(settings).structure(recipient.siret);
  return answer.ok
    ? { kind: 'found', obligations: recipientObligationsOf(answer.data) }
    : { kind: 'failed', failure: answer.failure };
}

export function useCheck(
  pending: PendingInvoice | null,
  profile: SupplierProfile | undefined,
  settings: Settings,
  services: PanelServices,
): { state: CheckState; rerun: () => void } {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (pending === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'running' });
    void (async () => {
      try {
        const recipient = await lookUpRecipient(pending, settings, services);
        const xsd = pending.xml === undefined ? undefined : await services.xsd();
        const report = await checkPending({
          pending,
          ...(profile ? { profile } : {}),
          ...(recipient.kind === 'found' ? { recipient: recipient.obligations } : {}),
          ...(xsd ? { xsd } : {}),
          today: localToday(services.now()),
        });
        if (current) {
          setState({ status: 'done', report, recipient, modelOnly: pending.xml === undefined });
        }
      } catch (error) {
        if (current) {
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
    })();
    return () => {
      current = false;
    };
  }, [pending, profile, settings.liveChecks, settings.edgeUrl, settings.apiKey, services, round]);

  return { state, rerun: () => setRound((n) => n + 1) };
}

/**
 * What the content script does on a portal page, behind the toolbar and the message contract
 * (extension/messaging/protocol.ts): fill, undo, capture, read back, pick. One operation at a
 * time; every failure comes back as a result, never as an exception into the page, and nothing
 * about the invoice is logged.
 */
import { INVOICE_FORM_SIGNATURE, isMappingKey } from '../../../shared/chorus/portal-form';
import type { FillPlan } from '../../../shared/chorus/portal-plan';
import type { FormCapture } from '../../capture/capture';
import { captureForm } from '../../capture/capture';
import type { CaptureDiff } from '../../capture/diff';
import { diffCapture } from '../../capture/diff';
import { applyPlan, type FillSettings } from '../../fill/fill';
import { FillJournal, type UndoReport } from '../../fill/journal';
import { type Corrections, PortalLocator } from '../../fill/locate';
import type { FormReadback } from '../../fill/read';
import { readForm } from '../../fill/read';
import type { FillReport } from '../../fill/report';
import { type FormStatus, failure, type Result } from '../../messaging/protocol';
import type { PortalCorrection } from '../../picker/corrections';
import { type Picker, type PickOutcome, startPicker } from '../../picker/picker';

export interface ControllerDeps {
  /**
   * The plan of a fill request, or why there is none. On the portal, the service worker's
   * `planFill` (extension/fill/plan-request.ts): the plan's tables and the profile's schema stay
   * out of the content script.
   */
  readonly planFill: (request: unknown) => Promise<Result<{ plan: FillPlan }>>;
  readonly loadCorrections: () => Promise<Corrections>;
  readonly saveCorrection: (
    key: Parameters<typeof startPicker>[1],
    correction: PortalCorrection,
  ) => Promise<void>;
  readonly settings?: Omit<FillSettings, 'corrections'>;
}

export interface FormController {
  status(): FormStatus;
  fill(request: unknown): Promise<Result<{ report: FillReport }>>;
  undo(): Promise<Result<{ report: UndoReport }>>;
  capture(): Promise<Result<{ capture: FormCapture; diff: CaptureDiff }>>;
  read(): Promise<Result<{ form: FormReadback }>>;
  pick(request: unknown): Promise<Result<{ outcome: PickOutcome }>>;
  cancelPick(): Result<object>;
}

/** The invoice entry form shows most of the signature fields and the lines block. */
export function isInvoiceForm(doc: Document): boolean {
  const locator = new PortalLocator(doc);
  const found = INVOICE_FORM_SIGNATURE.filter(
    (key) => locator.field(key).element !== undefined,
  ).length;
  const lines =
    locator.rows('lines').container !== undefined ||
    locator.action('addLine').element !== undefined;
  return found >= 2 && lines;
}

function pageUrl(doc: Document): string {
  const location = doc.location;
  return location === null ? '' : `${location.origin}${location.pathname}`;
}

const UNEXPECTED = failure(
  'unexpected',
  "Erreur interne de l'assistant : la page n'a pas été modifiée davantage.",
  'Internal error of the assistant: the page was not changed any further.',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createFormController(doc: Document, deps: ControllerDeps): FormController {
  const journal = new FillJournal();
  let busy = false;
  let picker: Picker | undefined;

  async function exclusive<T extends object>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    if (busy) {
      return failure(
        'busy',
        'Une autre action est en cours sur la page.',
        'Another action is running on the page.',
      );
    }
    busy = true;
    try {
      return await work();
    } catch {
      return UNEXPECTED;
    } finally {
      busy = false;
    }
  }

  const notForm = () =>
    failure(
      'not-invoice-form',
      "Cette page n'est pas le formulaire « Saisir une facture ».",
      'This page is not the « Saisir une facture » form.',
    );

  return {
    status() {
      return {
        isInvoiceForm: isInvoiceForm(doc),
        url: pageUrl(doc),
        canUndo: !journal.isEmpty,
        busy,
      };
    },

    fill(request) {
      return exclusive(async () => {
        // Same order of answers as when the plan was made here: the request and its profile
        // first, then the page, then a plan that could not be made.
        const planned = await deps.planFill(request);
        if (!planned.ok && planned.error.code !== 'unexpected') return planned;
        if (!isInvoiceForm(doc)) return notForm();
        if (!planned.ok) return UNEXPECTED;
        const corrections = await deps.loadCorrections();
        const report = await applyPlan(doc, planned.plan, journal, {
          ...deps.settings,
          corrections,
        });
        return { ok: true, report };
      });
    },

    undo() {
      return exclusive(async () => {
        if (journal.isEmpty) {
          return failure('nothing-to-undo', 'Aucun remplissage à annuler.', 'No fill to undo.');
        }
        return { ok: true, report: journal.undo() };
      });
    },

    async capture() {
      try {
        const capture = captureForm(doc);
        return { ok: true, capture, diff: diffCapture(capture, await deps.loadCorrections()) };
      } catch {
        return UNEXPECTED;
      }
    },

    async read() {
      try {
        return { ok: true, form: readForm(doc, await deps.loadCorrections()) };
      } catch {
        return UNEXPECTED;
      }
    },

    pick(request) {
      return exclusive(async () => {
        const key = isRecord(request) ? request.key : undefined;
        if (typeof key !== 'string' || !isMappingKey(key)) {
          return failure(
            'invalid-request',
            'Champ inconnu de la table de correspondance.',
            'Field unknown to the mapping table.',
          );
        }
        picker = startPicker(doc, key);
        const outcome = await picker.done;
        picker = undefined;
        if (outcome.picked) {
          await deps.saveCorrection(key, {
            strategy: outcome.strategy,
            pickedAt: new Date().toISOString(),
            page: pageUrl(doc),
          });
        }
        return { ok: true, outcome };
      });
    },

    cancelPick() {
      picker?.cancel();
      return { ok: true };
    },
  };
}

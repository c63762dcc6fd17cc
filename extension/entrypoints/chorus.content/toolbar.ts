/**
 * The small in-page toolbar of the invoice entry form: « Remplir », « Annuler le remplissage »,
 * « Capturer le formulaire », « Corriger un champ ». Drawn with preact + htm inside a shadow root
 * (WXT createShadowRootUi) so the portal's CSS and ours never mix. Summaries only: no invoice
 * value is shown here.
 */
import htm from 'htm';
import { type ComponentChild, h } from 'preact';
import { useState } from 'preact/hooks';
import {
  mappingEntries,
  PORTAL_FORM_BLOCKS,
  type PortalMappingKey,
} from '../../../shared/chorus/portal-form';
import type { FormCapture } from '../../capture/capture';
import type { FillReport } from '../../fill/report';
import type { FillRequest } from '../../messaging/protocol';
import type { FormController } from './controller';

const html = htm.bind(h);

export const TOOLBAR_CSS = `
.bar{position:fixed;top:8px;right:8px;z-index:2147483647;width:280px;font:13px/1.35 system-ui,sans-serif;color:#161616;background:#fff;border:1px solid #000091;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.2);padding:8px}
.bar header{display:flex;justify-content:space-between;align-items:center;font-weight:600;color:#000091;margin-bottom:6px}
.bar button{display:block;width:100%;margin:4px 0;padding:5px 8px;font:inherit;border:1px solid #000091;border-radius:4px;background:#f5f5fe;color:#000091;cursor:pointer;text-align:left}
.bar button:disabled{opacity:.5;cursor:default}
.bar button.fold{width:auto;margin:0;padding:0 6px;border:none;background:none}
.bar select{width:100%;font:inherit;margin:4px 0}
.bar [role=status]{margin-top:6px;white-space:pre-line;font-size:12px}
`;

export interface ToolbarDeps {
  readonly controller: FormController;
  readonly loadRequest: () => Promise<FillRequest | null>;
  readonly saveCapture: (capture: FormCapture) => Promise<void>;
}

const OUTCOME_WORDS: Record<string, string> = {
  filled: 'rempli(s)',
  unchanged: 'déjà juste(s)',
  'computed-same': 'calculé(s) par la page, conformes',
  'computed-differs': 'calculé(s) par la page, à vérifier',
  'not-found': 'introuvable(s)',
  'no-option': 'sans option correspondante',
  'skipped-disabled': 'désactivé(s)',
  'skipped-readonly': 'en lecture seule',
  'invalid-value': 'valeur(s) illisible(s)',
  unsupported: 'non pris en charge',
  failed: 'en échec',
};

export function summarizeFill(report: FillReport): string {
  const parts = Object.entries(report.counts).map(
    ([outcome, count]) => `${count} ${OUTCOME_WORDS[outcome] ?? outcome}`,
  );
  const lines = [`Remplissage terminé (${report.durationMs} ms) : ${parts.join(', ')}.`];
  if (report.rowsAdded > 0) lines.push(`${report.rowsAdded} ligne(s) ajoutée(s).`);
  if (report.notes.length > 0)
    lines.push(`${report.notes.length} remarque(s) : voir le panneau Chorus Assist.`);
  if (report.submitBlocked) lines.push('La page a tenté un envoi : il a été bloqué.');
  return lines.join('\n');
}

function download(capture: FormCapture, holder: HTMLElement): void {
  const blob = new Blob([JSON.stringify(capture, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `chorus-formulaire-${capture.capturedAt.replace(/[:.]/g, '-')}.json`;
  holder.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const CORRECTABLE = mappingEntries().filter(
  (ref) => ref.scope !== 'actions' || ref.key === 'addLine',
);

function Toolbar({ deps, holder }: { deps: ToolbarDeps; holder: HTMLElement }): ComponentChild {
  const { controller } = deps;
  const [message, setMessage] = useState('');
  const [state, setState] = useState<'idle' | 'working' | 'done' | 'error'>('idle');
  const [canUndo, setCanUndo] = useState(controller.status().canUndo);
  const [folded, setFolded] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [key, setKey] = useState<PortalMappingKey>('invoiceNumber');

  const run = async (work: () => Promise<string>) => {
    setState('working');
    setMessage('…');
    try {
      setMessage(await work());
      setState('done');
    } catch {
      setMessage("Erreur interne de l'assistant.");
      setState('error');
    }
    setCanUndo(controller.status().canUndo);
  };

  const fill = () =>
    run(async () => {
      const request = await deps.loadRequest();
      if (request === null)
        return 'Aucune facture choisie : ouvrez le panneau Chorus Assist et choisissez une facture.';
      const result = await controller.fill(request);
      return result.ok ? summarizeFill(result.report) : result.error.message.fr;
    });
  const undo = () =>
    run(async () => {
      const result = await controller.undo();
      return result.ok
        ? `Remplissage annulé : ${result.report.restored} champ(s) rétabli(s), ${result.report.rowsRemoved} ligne(s) retirée(s).`
        : result.error.message.fr;
    });
  const capture = () =>
    run(async () => {
      const result = await controller.capture();
      if (!result.ok) return result.error.message.fr;
      await deps.saveCapture(result.capture);
      download(result.capture, holder);
      return `Formulaire capturé : ${result.capture.fields.length} éléments, ${result.diff.missing.length} entrée(s) de la table introuvable(s).`;
    });
  const pick = () =>
    run(async () => {
      setChoosing(false);
      const result = await controller.pick({ key });
      if (!result.ok) return result.error.message.fr;
      return result.outcome.picked
        ? 'Correction enregistrée : elle servira aux prochains remplissages.'
        : 'Correction annulée.';
    });

  if (folded) {
    return html`<div class="bar"><header>Chorus Assist<button class="fold" title="Déplier" onClick=${() => setFolded(false)}>+</button></header></div>`;
  }
  return html`<div class="bar" role="region" aria-label="Chorus Assist">
    <header>Chorus Assist<button class="fold" title="Replier" onClick=${() => setFolded(true)}>–</button></header>
    <button data-action="fill" disabled=${state === 'working'} onClick=${fill}>Remplir</button>
    <button data-action="undo" disabled=${state === 'working' || !canUndo} onClick=${undo}>Annuler le remplissage</button>
    <button data-action="capture" disabled=${state === 'working'} onClick=${capture}>Capturer le formulaire</button>
    <button data-action="correct" disabled=${state === 'working'} onClick=${() => setChoosing(!choosing)}>Corriger un champ</button>
    ${
      choosing
        ? html`<label>Champ à corriger
            <select onChange=${(event: Event) => setKey((event.target as HTMLSelectElement).value as PortalMappingKey)}>
              ${CORRECTABLE.map(
                (ref) =>
                  html`<option value=${ref.mappingKey} selected=${ref.mappingKey === key}>${'block' in ref.entry && ref.entry.block ? `${PORTAL_FORM_BLOCKS[ref.entry.block].headings[0]} › ` : ''}${ref.entry.label}</option>`,
              )}
            </select></label>
            <button data-action="pick" onClick=${pick}>Choisir sur la page</button>`
        : null
    }
    <div role="status" data-state=${state}>${message}</div>
  </div>`;
}

export function toolbarView(deps: ToolbarDeps, holder: HTMLElement): ComponentChild {
  return html`<${Toolbar} deps=${deps} holder=${holder} />`;
}

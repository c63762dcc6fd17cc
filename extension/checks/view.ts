/**
 * What the live checks draw on the portal page, inside their own shadow root (the portal's CSS
 * and ours never mix): a note under each field with an issue, a collapsible summary whose items
 * take the clerk to the field, and a notice next to « Valider et envoyer » when fatal issues
 * remain. Positions are computed by the caller in one animation frame and given here; this module
 * only draws (preact).
 */
import { type ComponentChild, h } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../../shared/i18n/text';
import type { Severity } from '../../shared/rules/finding';

export const CHECKS_CSS = `
.notes{position:absolute;top:0;left:0;font:12px/1.3 system-ui,sans-serif;color:#161616}
.note{position:absolute;z-index:2147483646;max-width:420px;padding:2px 6px;background:#fff;border:1px solid #ccc;border-left:4px solid #ce0500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.note:hover,.open{white-space:normal;z-index:2147483647}
.compact:not(:hover){width:12px;min-width:0!important;height:12px;padding:0;border-width:0 0 0 12px;border-radius:6px;color:transparent}
p{margin:0;overflow:hidden;text-overflow:ellipsis}
.alert{position:absolute;z-index:2147483647;transform:translateY(-100%);width:300px;padding:6px;background:#ce0500;color:#fff;font-weight:600}
section{position:fixed;left:8px;bottom:8px;z-index:2147483647;width:340px;max-height:45vh;overflow:auto;font:13px/1.35 system-ui,sans-serif;color:#161616;background:#fff;border:1px solid #000091;border-radius:6px}
header{padding:6px 8px;font-weight:600;color:#000091;cursor:pointer}
ul{margin:0;padding:0 8px 8px;list-style:none}
li{margin:4px 0;padding-left:6px;border-left:3px solid #ce0500}
.warning{border-left-color:#b34000}.info{border-left-color:#0063cb}
li button{display:block;padding:0;font:inherit;font-weight:600;text-align:left;color:#000091;background:none;border:none;cursor:pointer;text-decoration:underline}
.status{padding:0 8px 6px;font-size:12px}
`;

/** Where the page style marks fields (injected once into the page, scoped by our attributes). */
export const MARK_ATTRIBUTE = 'data-chorus-assist-check';
export const PULSE_ATTRIBUTE = 'data-chorus-assist-pulse';
export const PAGE_CSS = `[${MARK_ATTRIBUTE}=fatal]{outline:2px solid #ce0500!important;outline-offset:1px!important}
[${MARK_ATTRIBUTE}=warning]{outline:2px dashed #b34000!important;outline-offset:1px!important}
[${PULSE_ATTRIBUTE}]{animation:chorus-assist-pulse .7s ease-in-out 4!important}
@keyframes chorus-assist-pulse{50%{outline-width:5px;outline-offset:3px}}`;

const WORDS = {
  fr: {
    title: 'Contrôles Chorus Assist',
    fatal: 'bloquant(s)',
    warning: 'avertissement(s)',
    info: 'information(s)',
    none: 'Aucune anomalie détectée.',
    fold: 'Replier',
    unfold: 'Déplier',
    invoice: 'Facture',
    alert: (n: number) =>
      `${n} erreur(s) bloquante(s) : Chorus Pro refusera cette facture en l'état. Voir les champs marqués en rouge.`,
  },
  en: {
    title: 'Chorus Assist checks',
    fatal: 'blocking',
    warning: 'warning(s)',
    info: 'note(s)',
    none: 'No issue found.',
    fold: 'Fold',
    unfold: 'Unfold',
    invoice: 'Invoice',
    alert: (n: number) =>
      `${n} blocking error(s): Chorus Pro will refuse this invoice as it is. See the fields outlined in red.`,
  },
} as const;

export interface NoteView {
  readonly id: string;
  readonly severity: Severity;
  readonly messages: readonly string[];
  /** Page coordinates relative to the notes layer. */
  readonly top: number;
  readonly left: number;
  readonly minWidth: number;
  /** The field has the focus: the note shows in full. */
  readonly open: boolean;
  /** A table cell's note: a dot at the cell's corner until hovered or open (rows are close). */
  readonly compact: boolean;
}

export interface SummaryItemView {
  readonly id: string;
  readonly severity: Severity;
  /** The field's label (« Quantité de la ligne 3 »), absent for the invoice as a whole. */
  readonly label?: string;
  readonly message: string;
  readonly go?: () => void;
}

export interface ChecksViewModel {
  readonly language: Language;
  readonly counts: { readonly fatal: number; readonly warning: number; readonly info: number };
  readonly notes: readonly NoteView[];
  readonly items: readonly SummaryItemView[];
  /** A line about the run itself (the recipient lookup, an error). */
  readonly status?: string;
  /** Shown above the submit button while the clerk is on it with fatal issues (its top-left). */
  readonly alert?: { readonly top: number; readonly left: number; readonly fatal: number };
  /** Opens the summary (the clerk reached the submit button). */
  readonly expand: boolean;
}

function Note({ note }: { note: NoteView }): ComponentChild {
  return h(
    'div',
    {
      class: `note ${note.severity}${note.open ? ' open' : note.compact ? ' compact' : ''}`,
      role: 'note',
      style: { top: `${note.top}px`, left: `${note.left}px`, minWidth: `${note.minWidth}px` },
    },
    note.messages.map((message) => h('p', null, message)),
  );
}

function Summary({ model }: { model: ChecksViewModel }): ComponentChild {
  const words = WORDS[model.language];
  const [unfolded, setUnfolded] = useState(false);
  const open = model.expand || unfolded;
  const { fatal, warning, info } = model.counts;
  const counts = [
    fatal > 0 ? `${fatal} ${words.fatal}` : '',
    warning > 0 ? `${warning} ${words.warning}` : '',
    info > 0 ? `${info} ${words.info}` : '',
  ].filter(Boolean);
  return h(
    'section',
    { role: 'region', 'aria-label': words.title },
    h(
      'header',
      {
        role: 'button',
        'aria-expanded': open,
        title: open ? words.fold : words.unfold,
        onClick: () => setUnfolded(!open),
      },
      `${words.title} : `,
      h('span', { 'data-counts': '' }, counts.length === 0 ? words.none : counts.join(', ')),
      open ? ' –' : ' +',
    ),
    model.status ? h('div', { class: 'status', role: 'status' }, model.status) : null,
    open &&
      h(
        'ul',
        null,
        model.items.map((item) =>
          h(
            'li',
            { class: item.severity, key: item.id },
            item.go
              ? h('button', { onClick: item.go }, item.label)
              : h('b', null, item.label ?? words.invoice),
            ` ${item.message}`,
          ),
        ),
      ),
  );
}

function ChecksView({ model }: { model: ChecksViewModel }): ComponentChild {
  const { alert } = model;
  return [
    h(
      'div',
      { class: 'notes' },
      model.notes.map((note) => h(Note, { key: note.id, note })),
      alert &&
        h(
          'div',
          {
            class: 'alert',
            role: 'alert',
            style: { top: `${alert.top}px`, left: `${alert.left}px` },
          },
          WORDS[model.language].alert(alert.fatal),
        ),
    ),
    h(Summary, { model }),
  ];
}

export function checksView(model: ChecksViewModel): ComponentChild {
  return h(ChecksView, { model });
}

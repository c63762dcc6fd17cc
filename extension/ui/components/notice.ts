/**
 * A message box. Errors are alerts (read out at once); the rest are polite status messages. The
 * tone is also written out in text for whoever does not see the colour.
 */
import { html } from 'htm/preact';
import type { VNode } from 'preact';

export type Tone = 'error' | 'warning' | 'info' | 'success';

export function Notice(props: { tone: Tone; children: unknown; id?: string }): VNode {
  return html`<div
    id=${props.id}
    class=${`notice notice-${props.tone}`}
    role=${props.tone === 'error' ? 'alert' : 'status'}
  >
    ${props.children}
  </div>`;
}

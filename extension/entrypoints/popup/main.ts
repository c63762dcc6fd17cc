import '../sidepanel/zod-config';
import '../../ui/theme.css';
import './popup.css';
import { html } from 'htm/preact';
import { render } from 'preact';
import { browserPortalLink } from '../../ui/portal-link';
import { browserPanelOpener, Popup } from './popup';

const root = document.getElementById('app');
if (root) {
  render(html`<${Popup} portal=${browserPortalLink()} opener=${browserPanelOpener()} />`, root);
}

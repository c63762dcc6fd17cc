import './zod-config';
import '../../ui/theme.css';
import './panel.css';
import { html } from 'htm/preact';
import { render } from 'preact';
import { App } from './app';
import { browserServices } from './services';

const root = document.getElementById('app');
if (root) render(html`<${App} services=${browserServices()} />`, root);

import { defineConfig } from 'wxt';
import { portalMatches } from './shared/chorus/portal-hosts';

/**
 * The edge URL the extension may call. Only this origin gets host access, next to the portal
 * hosts: least privilege. Set CHORUS_ASSIST_EDGE_URL at build time for a deployed Worker.
 */
const edgeUrl = new URL(process.env.CHORUS_ASSIST_EDGE_URL ?? 'http://127.0.0.1:8787/');

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ mode }) => ({
    name: 'Chorus Assist',
    description: 'Remplit et vérifie vos factures Chorus Pro avant envoi.',
    permissions: ['storage', 'sidePanel'],
    host_permissions: [...portalMatches(mode), `${edgeUrl.origin}/*`],
  }),
});

import { defineConfig } from 'wxt';
import { portalMatches } from './shared/chorus/portal-hosts';

/**
 * The edge URL the extension may call. Only this origin gets host access, next to the portal
 * hosts: least privilege. Set CHORUS_ASSIST_EDGE_URL at build time for a deployed Worker.
 */
const edgeUrl = new URL(process.env.CHORUS_ASSIST_EDGE_URL ?? 'http://127.0.0.1:8787/');

/**
 * Extension pages (side panel, popup) run the XSD layer: libxml2 compiled to WebAssembly needs
 * 'wasm-unsafe-eval' (docs/xsd.md). Nothing else is loosened: no eval, no remote script.
 */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";

/**
 * Another edge than the built-in one is asked for at run time, one origin at a time, when the
 * clerk saves its address (docs/extension-ui.md § Edge access): https anywhere, http only on this
 * computer. Optional permissions grant nothing at install.
 */
const OPTIONAL_EDGE_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Firefox only. MV3 add-ons need a fixed id (AMO signs by id; it also keeps the add-on's storage
 * across reinstalls). Host permissions of the manifest are granted at install from Firefox 127;
 * the floor (140, an ESR) comes from the data-collection consent below.
 */
const GECKO_SETTINGS = {
  gecko: {
    id: 'chorus-assist@chorus-assist.dev',
    strict_min_version: '140.0',
    // Firefox's own consent at install (required for new add-ons since November 2025, read from
    // 140 on; 128 ESR is out of support). What leaves the browser goes to the
    // configured edge only, never stored there: a plain PDF invoice the clerk sends for extraction
    // (amounts, IBAN) and the SIRET typed on the portal page for the recipient lookup.
    data_collection_permissions: { required: ['financialAndPaymentInfo', 'websiteContent'] },
  },
};

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'Chorus Assist',
    description: 'Remplit et vérifie vos factures Chorus Pro avant envoi.',
    // From the sidepanel entrypoint WXT writes `side_panel` and the `sidePanel` permission for
    // Chromium, and `sidebar_action` for Firefox (which has no such permission); titles and
    // `open_at_install` come from the `manifest.*` meta tags of the popup and side panel pages.
    permissions: ['storage'],
    host_permissions: [...portalMatches(mode), `${edgeUrl.origin}/*`],
    optional_host_permissions: OPTIONAL_EDGE_ORIGINS,
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO_SETTINGS } : {}),
  }),
});

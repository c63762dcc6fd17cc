import type { LibxmlModule } from '../../shared/xsd';

/**
 * libxml2 for extension pages (side panel, offscreen document): libxml2-wasm as published, which
 * compiles its embedded wasm at run time, so the page's CSP needs 'wasm-unsafe-eval'. Loaded on
 * first use.
 */
export const loadLibxml = (): Promise<LibxmlModule> => import('libxml2-wasm');

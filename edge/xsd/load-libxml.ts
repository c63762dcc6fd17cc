import type { LibxmlModule } from '../../shared/xsd';

/**
 * libxml2 for workerd: the build (scripts/build-xsd.mjs) bundles libxml2-wasm with its wasm as a
 * separate module, because workerd refuses to compile wasm from bytes at run time. Loaded on
 * first use so that requests that need no schema never pay for it.
 */
export const loadLibxml = (): Promise<LibxmlModule> => import('./libxml2-workerd.generated.mjs');

/**
 * Imported first by the panel: the extension's pages forbid `eval`, and zod would otherwise probe
 * `new Function` (a CSP violation in the console) before falling back to the same checks.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

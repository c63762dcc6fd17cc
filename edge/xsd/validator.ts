import { createXsdValidator } from '../../shared/xsd';
import { loadLibxml } from './load-libxml';

/** One validator per isolate: each schema set compiles once, on first use, then stays. */
export const xsdValidator = createXsdValidator(loadLibxml);

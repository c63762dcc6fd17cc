import { createXsdValidator, type XsdValidator } from '../shared/xsd';

let validator: XsdValidator | undefined;

/** The XSD validator as Node runs it: libxml2-wasm as published, loaded on first use. */
export function nodeXsdValidator(): XsdValidator {
  validator ??= createXsdValidator(() => import('libxml2-wasm'));
  return validator;
}

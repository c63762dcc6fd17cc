/**
 * The engine's single shared copy of a string. Names and namespace URIs are compared with `===`
 * millions of times by the readers and rules: two internalized strings compare by identity, while
 * a string cut from the document is compared character by character, 70 of them for a UBL URI.
 * A property key is internalized by the engine, and the literals of our code are the same shared
 * copies, so `element.namespace === NS.cac` becomes one pointer comparison. In an engine that does
 * no such thing, the result is simply an equal string.
 */
export function internalized(text: string): string {
  const holder: Record<string, true> = { [text]: true };
  for (const key in holder) return key;
  return text;
}

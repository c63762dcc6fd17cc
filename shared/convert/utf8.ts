/**
 * UTF-8 bytes of what a conversion writes, by the runtime's TextEncoder: browsers, workerd and
 * Node all have one, but the ES library shared/ is typed against does not name it, hence this
 * narrow view. shared/xsd's encodeUtf8 does without it, ~35 times slower on a megabyte of XML
 * (measured 121 ms against 3.4 ms in Node 24): too slow for /v1/convert.
 */
interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

let encoder: Utf8Encoder | undefined;

export function utf8Bytes(text: string): Uint8Array {
  encoder ??= new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();
  return encoder.encode(text);
}

/**
 * Reading PDF objects defensively: a value of the wrong type, a dangling reference or a string
 * the library cannot decode gives `undefined`, never an exception, so that one odd entry does not
 * sink the reading of a whole document.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';

/** The value of `name` in `dict`, references resolved; `undefined` when it cannot be looked up. */
export function entry(dict: PDFDict, name: string): PDFObject | undefined {
  try {
    return dict.lookup(PDFName.of(name));
  } catch {
    return undefined;
  }
}

export function dictAt(dict: PDFDict, name: string): PDFDict | undefined {
  const value = entry(dict, name);
  return value instanceof PDFDict ? value : undefined;
}

export function arrayAt(dict: PDFDict, name: string): PDFArray | undefined {
  const value = entry(dict, name);
  return value instanceof PDFArray ? value : undefined;
}

export function streamAt(dict: PDFDict, name: string): PDFRawStream | undefined {
  const value = entry(dict, name);
  return value instanceof PDFRawStream ? value : undefined;
}

/** A name's text without the slash (`Data`, `text/xml`), `#xx` escapes decoded. */
export function nameAt(dict: PDFDict, name: string): string | undefined {
  const value = entry(dict, name);
  return value instanceof PDFName ? value.decodeText() : undefined;
}

export function numberAt(dict: PDFDict, name: string): number | undefined {
  const value = entry(dict, name);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** A text string (PDFDocEncoding or UTF-16), as the document means it. */
export function textOfString(value: PDFObject | undefined): string | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  try {
    return value.decodeText();
  } catch {
    return undefined;
  }
}

export function textAt(dict: PDFDict, name: string): string | undefined {
  return textOfString(entry(dict, name));
}

/** Element `index` of an array, references resolved. */
export function itemOf(array: PDFArray, index: number): PDFObject | undefined {
  try {
    return array.lookup(index);
  } catch {
    return undefined;
  }
}

/** The reference a dictionary entry is written as, when it is one. */
export function refAt(dict: PDFDict, name: string): PDFRef | undefined {
  const raw = dict.get(PDFName.of(name));
  return raw instanceof PDFRef ? raw : undefined;
}

/**
 * Writing XML: an element tree in, UTF-8 text out, with the XML declaration, the namespace
 * declarations on the root element and two-space indentation. Elements hold either text or child
 * elements (the invoice syntaxes have no mixed content), so indentation never changes a value.
 *
 * Text and attribute values are escaped so that a parser gives back exactly the string written:
 * `&`, `<` and `>` in text; `&`, `<` and `"` in attributes, where tab, line feed and carriage return
 * become character references (a parser would otherwise turn them into spaces); a carriage return
 * in text too (a parser would turn it into a line feed). Characters XML 1.0 cannot hold at all
 * (most C0 controls, lone surrogates, U+FFFE, U+FFFF) make `serializeXml` throw: callers check
 * their values first with `hasForbiddenXmlChar`.
 */
import { FORBIDDEN_CHAR, XML_NAME } from './chars';

export interface XmlOutElement {
  /** Qualified name as written, e.g. `ram:ID`. */
  readonly name: string;
  readonly attributes?: readonly (readonly [name: string, value: string])[];
  /** Text content; ignored when the element has children. */
  readonly text?: string;
  readonly children?: readonly XmlOutElement[];
}

export interface SerializeOptions {
  /** Namespace declarations put on the root element: prefix ('' for the default) → URI. */
  readonly namespaces?: Readonly<Record<string, string>>;
  /** Indentation unit; '' writes everything on one line. Default: two spaces. */
  readonly indent?: string;
}

/** True when `text` holds a character that no XML 1.0 document can contain. */
export function hasForbiddenXmlChar(text: string): boolean {
  return FORBIDDEN_CHAR.test(text);
}

function checked(text: string): string {
  if (FORBIDDEN_CHAR.test(text)) {
    throw new RangeError(`XML 1.0 cannot hold this character: ${JSON.stringify(text)}`);
  }
  return text;
}

export function escapeText(text: string): string {
  return checked(text).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

export function escapeAttribute(value: string): string {
  return checked(value).replace(/[&<"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

function checkName(name: string): string {
  if (!XML_NAME.test(name)) throw new RangeError(`Not an XML name: ${JSON.stringify(name)}`);
  return name;
}

/** The document's text: declaration, then the root element and its descendants. */
export function serializeXml(root: XmlOutElement, options: SerializeOptions = {}): string {
  const indent = options.indent ?? '  ';
  const newline = indent === '' ? '' : '\n';
  const declarations = Object.entries(options.namespaces ?? {}).map(
    ([prefix, uri]) =>
      [prefix === '' ? 'xmlns' : `xmlns:${checkName(prefix)}`, uri] as [string, string],
  );
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?>${newline}`];
  // Iterative, so that no document depth can exhaust the stack.
  type Frame = { element: XmlOutElement; depth: number; closing: boolean };
  const stack: Frame[] = [{ element: root, depth: 0, closing: false }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { element, depth } = frame;
    const pad = indent.repeat(depth);
    if (frame.closing) {
      out.push(`${pad}</${element.name}>${newline}`);
      continue;
    }
    const attributes =
      depth === 0 ? [...declarations, ...(element.attributes ?? [])] : (element.attributes ?? []);
    let start = `${pad}<${checkName(element.name)}`;
    for (const [name, value] of attributes)
      start += ` ${checkName(name)}="${escapeAttribute(value)}"`;
    const children = element.children ?? [];
    if (children.length > 0) {
      out.push(`${start}>${newline}`);
      stack.push({ element, depth, closing: true });
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ element: children[i] as XmlOutElement, depth: depth + 1, closing: false });
      }
    } else if (element.text !== undefined && element.text !== '') {
      out.push(`${start}>${escapeText(element.text)}</${element.name}>${newline}`);
    } else {
      out.push(`${start}/>${newline}`);
    }
  }
  return out.join('');
}

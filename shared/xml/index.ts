/**
 * The hardened XML layer: every invoice document is read here (see parse.ts for the safety
 * rules, select.ts for the path language).
 */
export { isBlank, normalizeSpace, trimXmlSpace } from './chars';
export type { TextEncoding } from './decode';
export type { TextPosition, XmlError, XmlErrorCode } from './errors';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './limits';
export { attr, child, children, descendants, textOf } from './navigate';
export { type ParseResult, parseXml, type XmlInput } from './parse';
export { exists, select, selectAttributes, selectFirst, valueAt, valuesAt } from './select';
export type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from './tree';
export { xpathOf } from './xpath';

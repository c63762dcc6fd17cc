/** The prefixes the UBL and CII specifications write their namespaces with. */
const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2': 'ext',
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2': '',
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2': '',
  'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100': 'rsm',
  'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100': 'ram',
  'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100': 'udt',
  'urn:un:unece:uncefact:data:standard:QualifiedDataType:100': 'qdt',
  'http://www.w3.org/2000/09/xmldsig#': 'ds',
};

/**
 * A name as libxml2 writes it (`{namespace}local`, `local`, or a wildcard such as
 * `##other{namespace}*`) turned into the prefixed form users see in their files (`cbc:IssueDate`).
 * Unknown namespaces stay in braces: a prefix we made up would mislead.
 */
export function displayName(name: string): string {
  const qualified = /^\{([^}]*)\}(.+)$/.exec(name);
  if (qualified === null) return name;
  const [, namespace = '', local = ''] = qualified;
  const prefix = CONVENTIONAL_PREFIXES[namespace];
  if (prefix === undefined) return name;
  return prefix === '' ? local : `${prefix}:${local}`;
}

/** Whether libxml2 wrote a wildcard (`##other{…}*`, `{ns}*`) rather than an element name. */
export function isWildcard(name: string): boolean {
  return name.startsWith('##') || name.endsWith('*');
}

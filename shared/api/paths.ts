/**
 * Paths of the edge API, in OpenAPI template form. The Worker registers its routes with these and
 * the client builds its URLs from them, so the two cannot drift apart.
 */
export const API_PATHS = {
  health: '/health',
  openapi: '/openapi.json',
  docs: '/docs',
  siret: '/v1/siret/{siret}',
  siren: '/v1/siren/{siren}',
  companies: '/v1/companies',
  structure: '/v1/structures/{siret}',
  validate: '/v1/validate',
  convert: '/v1/convert',
  extract: '/v1/extract',
} as const;

/** Fills `{name}` placeholders, URL-encoding each value. */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

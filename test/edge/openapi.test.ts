import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api/paths';
import { PROBLEM_MEDIA_TYPE } from '../../shared/api/problem';
import { harness } from './support/harness';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, unknown> };
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

/** Every `$ref` in the document points at a component that exists. */
function danglingRefs(document: OpenApiDocument): string[] {
  const refs = [
    ...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return refs.filter((name) => !(name in document.components.schemas));
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route with its problems', async () => {
    const h = await harness();
    const response = await h.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe('0.1.0');

    expect(Object.keys(document.paths).sort()).toEqual(
      [
        API_PATHS.health,
        API_PATHS.siret,
        API_PATHS.siren,
        API_PATHS.companies,
        API_PATHS.structure,
        API_PATHS.validate,
        API_PATHS.convert,
        API_PATHS.extract,
      ].sort(),
    );
    const posted: string[] = [API_PATHS.validate, API_PATHS.convert, API_PATHS.extract];
    for (const [path, operations] of Object.entries(document.paths)) {
      const operation = posted.includes(path) ? operations.post : operations.get;
      expect(operation, path).toBeDefined();
      expect(
        operation?.responses['200']?.content?.['application/json']?.schema,
        path,
      ).toBeDefined();
      if (path.startsWith('/v1/')) {
        for (const status of ['400', '401', '429']) {
          expect(
            operation?.responses[status]?.content?.[PROBLEM_MEDIA_TYPE],
            `${path} ${status}`,
          ).toBeDefined();
        }
      }
    }
    for (const path of posted) {
      const post = document.paths[path]?.post;
      expect(Object.keys(post?.requestBody?.content ?? {}), path).toContain(
        'application/octet-stream',
      );
      for (const status of ['413', '415', '422']) {
        expect(
          post?.responses[status]?.content?.[PROBLEM_MEDIA_TYPE],
          `${path} ${status}`,
        ).toBeDefined();
      }
    }
    expect(
      Object.keys(document.paths[API_PATHS.validate]?.post?.responses['200']?.content ?? {}),
    ).toEqual(['application/json', 'text/html']);
    expect(
      document.paths[API_PATHS.validate]?.post?.parameters?.map((parameter) => parameter.name),
    ).toEqual(
      expect.arrayContaining([
        'rules',
        'xsd',
        'today',
        'lookupRecipient',
        'recipient.serviceCodeRequired',
      ]),
    );
    expect(
      document.paths[API_PATHS.convert]?.post?.parameters
        ?.map((parameter) => parameter.name)
        .sort(),
    ).toEqual(['from', 'profile', 'to']);
    expect(
      document.paths[API_PATHS.siret]?.get?.responses['422']?.content?.[PROBLEM_MEDIA_TYPE],
    ).toBeDefined();
    expect(document.paths[API_PATHS.siret]?.get?.responses['504']).toBeDefined();
    expect(document.paths[API_PATHS.siret]?.get?.parameters).toEqual([
      expect.objectContaining({ name: 'siret', in: 'path' }),
    ]);
    expect(
      document.paths[API_PATHS.companies]?.get?.parameters
        ?.map((parameter) => parameter.name)
        .sort(),
    ).toEqual(['page', 'perPage', 'postcode', 'q']);
    for (const name of [
      'Establishment',
      'Company',
      'CompanySearchResult',
      'ChorusStructure',
      'Problem',
      'Health',
      'ValidationResult',
      'Finding',
      'Conversion',
      'Extraction',
    ]) {
      expect(document.components.schemas, name).toHaveProperty(name);
    }
    expect(document.components.securitySchemes).toHaveProperty('apiKey');
    expect(danglingRefs(document)).toEqual([]);
  });
});

describe('GET /docs', () => {
  it('serves the Scalar reference page pointing at /openapi.json', async () => {
    const h = await harness();
    const response = await h.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('/openapi.json');
    expect(html).toContain('Chorus Assist API');
  });
});

import * as libxml from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, SCHEMA_ROOTS } from '../../../shared/xsd/schema-bundle.generated';
import { SCHEMA_BASE_URL, SchemaFileServer } from '../../../shared/xsd/schema-files';
import { XSD_SCHEMA_SETS } from '../../../shared/xsd/schema-sets';
import { nodeValidator, readFixture } from './helpers';

function drain(server: SchemaFileServer, fd: number): string {
  const chunks: number[] = [];
  const buffer = new Uint8Array(4096);
  for (let read = server.read(fd, buffer); read > 0; read = server.read(fd, buffer)) {
    chunks.push(...buffer.subarray(0, read));
  }
  server.close(fd);
  return String.fromCharCode(...chunks);
}

describe('the schema file server', () => {
  const server = new SchemaFileServer(SCHEMA_FILES, libxml);

  it('serves bundled schemas under its base URL', () => {
    const path = SCHEMA_ROOTS['facturx-minimum'];
    const fd = server.open(`${SCHEMA_BASE_URL}${path}`);
    expect(fd).toBeTypeOf('number');
    expect(drain(server, fd ?? -1)).toBe(SCHEMA_FILES[path]);
  });

  it.each([
    'file:///etc/passwd',
    'http://docs.oasis-open.org/ubl/os-UBL-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd',
    '/etc/passwd',
    `${SCHEMA_BASE_URL}../etc/passwd`,
    `${SCHEMA_BASE_URL}constructor`,
    `${SCHEMA_BASE_URL}ubl-2.1/maindoc/UBL-Order-2.1.xsd`,
  ])('refuses %s', (url) => {
    expect(server.match(url)).toBe(true);
    expect(server.open(url)).toBeUndefined();
    expect(server.refused).toContain(url);
  });
});

describe('the schema bundle', () => {
  it('has a root for every set, and no documentation left', () => {
    for (const set of XSD_SCHEMA_SETS) expect(SCHEMA_FILES[SCHEMA_ROOTS[set]], set).toBeDefined();
    for (const text of Object.values(SCHEMA_FILES)) expect(text).not.toMatch(/<(xsd?:)?annotation/);
  });

  it('keeps the copyright notices the schema licences require', () => {
    const ubl = SCHEMA_FILES['ubl-2.1/common/UBL-CommonBasicComponents-2.1.xsd'];
    expect(ubl).toContain('Copyright (c) OASIS Open');
    expect(SCHEMA_FILES[SCHEMA_ROOTS['cii-d16b']]).toContain('Copyright (C) UN/CEFACT');
  });

  it('a document naming a schema on the network is still checked against the bundle', async () => {
    // The UBL examples carry xsi:schemaLocation pointing at docs.oasis-open.org.
    const ubl = readFixture('en16931/examples/ubl/ubl-tc434-example1.xml');
    expect(ubl).toContain('xsi:schemaLocation');
    expect(await nodeValidator().validate(ubl, 'ubl-invoice')).toMatchObject({
      status: 'ran',
      findings: [],
    });
  });
});

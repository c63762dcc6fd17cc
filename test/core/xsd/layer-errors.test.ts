import { describe, expect, it } from 'vitest';
import { createXsdValidator } from '../../../shared/xsd';
import { nodeValidator, readFixture, replaceOnce } from './helpers';

describe('when the layer cannot check a document it says so', () => {
  it('libxml2 fails to load: an error result, never findings', async () => {
    const validator = createXsdValidator(() => Promise.reject(new Error('wasm unavailable')));
    const result = await validator.validate('<a/>', 'cii-d16b');
    expect(result).toMatchObject({ status: 'error', set: 'cii-d16b', cause: 'wasm unavailable' });
    if (result.status === 'error') {
      expect(result.message.fr).toContain("n'a pas été vérifié");
      expect(result.message.en).toContain('was not checked');
    }
    expect(await validator.prepare('cii-d16b')).toEqual({ ok: false, cause: 'wasm unavailable' });
  });

  it('a failed load is retried on the next document', async () => {
    let attempts = 0;
    const validator = createXsdValidator(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('first try fails')) : import('libxml2-wasm');
    });
    expect((await validator.validate('<a/>', 'cii-d16b')).status).toBe('error');
    expect((await validator.validate('<a/>', 'cii-d16b')).status).toBe('ran');
  });

  it('libxml2 unable to validate (an entity it will not expand): an error, not "valid"', async () => {
    const ubl = readFixture('en16931/examples/ubl/ubl-tc434-example1.xml');
    const withEntity = replaceOnce(
      ubl.replace(/^<\?xml[^>]*>/, ''),
      '<cbc:ID>12115118</cbc:ID>',
      '<cbc:ID>&secret;</cbc:ID>',
    );
    const xml = `<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${withEntity}`;
    const result = await nodeValidator().validate(xml, 'ubl-invoice');
    expect(result.status).toBe('error');
  });

  it('every schema set compiles from the bundle', async () => {
    const validator = nodeValidator();
    const sets = [
      'ubl-invoice',
      'ubl-creditnote',
      'cii-d16b',
      'cii-d22b',
      'facturx-minimum',
      'facturx-basicwl',
      'facturx-basic',
      'facturx-en16931',
      'facturx-extended',
    ] as const;
    for (const set of sets) expect(await validator.prepare(set), set).toEqual({ ok: true });
  });
});

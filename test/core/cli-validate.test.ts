import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { memoryIO } from '../support/cli-io';

const EXAMPLES = 'test/fixtures/en16931/examples';
const UBL_EXAMPLE = `${EXAMPLES}/ubl/ubl-tc434-example1.xml`;

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('chorus-assist validate', () => {
  it('reports an official example as valid, with JSON Lines and exit 0', async () => {
    const m = memoryIO();
    const status = await main(['validate', '--format', 'json', UBL_EXAMPLE], m.io);
    const [record] = jsonLines(m.out());
    expect(record).toMatchObject({
      file: UBL_EXAMPLE,
      syntax: 'ubl',
      verdict: 'valid',
      findings: [],
    });
    expect(status).toBe(0);
  });

  it('exits 1 with the finding for a document that breaks a rule, in French text by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-validate-'));
    const broken = join(dir, 'doctype.xml');
    writeFileSync(broken, '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    const m = memoryIO();
    const status = await main(['validate', broken], m.io);
    expect(status).toBe(1);
    expect(m.out()).toContain('NON VALIDE');
    expect(m.out()).toContain('xml-doctype');
  });

  it('exits 2 when a document is not an invoice it can check (verdict error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-validate-'));
    const order = join(dir, 'order.xml');
    writeFileSync(order, '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>');
    const m = memoryIO();
    const status = await main(['validate', '--format', 'json', '--no-xsd', order], m.io);
    expect(status).toBe(2);
    expect(jsonLines(m.out())[0]).toMatchObject({ verdict: 'error' });
  });

  it('validates a Factur-X PDF: the embedded XML and its container', async () => {
    const m = memoryIO();
    const pdf = 'test/fixtures/facturx-pdf/EN16931/Facture_UE_EN16931.pdf';
    const status = await main(['validate', '--format', 'json', '--no-xsd', pdf], m.io);
    const [record] = jsonLines(m.out());
    expect(record).toMatchObject({ file: pdf, format: 'pdf', syntax: 'cii' });
    const layers = ((record?.layers ?? []) as { layer: string }[]).map((l) => l.layer);
    expect(layers).toContain('pdf');
    expect(status).toBe(record?.verdict === 'valid' ? 0 : 1);
  });

  it('walks folders and validates every XML file in them', async () => {
    const m = memoryIO();
    await main(['validate', '--format', 'json', '--no-xsd', `${EXAMPLES}/cii`], m.io);
    const records = jsonLines(m.out());
    expect(records.length).toBe(15);
    expect(records.every((r) => r.syntax === 'cii')).toBe(true);
  });

  it('reports missing paths and bad options as usage errors (exit 2)', async () => {
    const missing = memoryIO();
    expect(await main(['validate', 'no/such/file.xml'], missing.io)).toBe(2);
    expect(missing.err()).toContain('Introuvable');
    const badRules = memoryIO();
    expect(await main(['validate', '--rules', 'en16931,nope', UBL_EXAMPLE], badRules.io)).toBe(2);
    expect(badRules.err()).toContain('--rules');
    expect(await main(['validate'], memoryIO().io)).toBe(2);
  });

  describe('BR-FR findings', () => {
    // FNFE sample with two BR-FR defects (payee SIREN with spaces, two 0088 seller ids).
    const F20260030 =
      'test/fixtures/facturx/Extended/Facture_F20260030-LE_FOURNISSEUR-POUR-LE_CLIENT_EXTENDED.xml';
    const frRecords = async (...options: string[]) => {
      const m = memoryIO();
      const status = await main(
        ['validate', '--format', 'json', '--no-xsd', '--rules', 'fr', ...options, F20260030],
        m.io,
      );
      const [record] = jsonLines(m.out());
      return { status, findings: (record?.findings ?? []) as Record<string, unknown>[] };
    };

    it('are fatal by default, each with its official assert id in JSON', async () => {
      const { status, findings } = await frRecords();
      expect(status).toBe(1);
      expect(findings.map((f) => [f.rule, f.assert, f.severity]).sort()).toEqual([
        ['BR-FR-32', 'BR-FR-32-LEGALID', 'fatal'],
        ['BR-FR-CO-10', 'BR-FR-CO-10_BT-29-2', 'fatal'],
      ]);
    });

    it('are warnings with --fr-severity warning (transition mode): exit 0', async () => {
      const { status, findings } = await frRecords('--fr-severity', 'warning');
      expect(status).toBe(0);
      expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
      expect((await frRecords('--fr-severity', 'fatal')).status).toBe(1);
    });

    it('show the assert id and the transition mode in the text report', async () => {
      const m = memoryIO();
      await main(
        ['validate', '--no-xsd', '--rules', 'fr', '--fr-severity', 'warning', F20260030],
        m.io,
      );
      expect(m.out()).toMatch(/: VALIDE\n/);
      expect(m.out()).toContain('Mode transitoire');
      expect(m.out()).toMatch(/avertissement BR-FR-32 \(contrôle BR-FR-32-LEGALID\) \[/);
    });

    it('refuses a bad --fr-severity, and one without the fr layer (exit 2)', async () => {
      const bad = memoryIO();
      expect(await main(['validate', '--fr-severity', 'soft', UBL_EXAMPLE], bad.io)).toBe(2);
      expect(bad.err()).toContain('--fr-severity');
      const withoutFr = memoryIO();
      expect(await main(['validate', '--fr-severity', 'warning', UBL_EXAMPLE], withoutFr.io)).toBe(
        2,
      );
      expect(withoutFr.err()).toContain('couche fr');
    });
  });
});

describe('chorus-assist validate --edge', () => {
  it('sends each file to POST /v1/validate and prints the answer like a local report', async () => {
    const { createServer } = await import('node:http');
    const { validateDocument } = await import('../../shared/rules/validate-document');
    const requests: string[] = [];
    // A stand-in for the Worker that answers with the report contract, from the same core.
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        requests.push(`${req.method} ${req.url}`);
        const report = await validateDocument(new Uint8Array(Buffer.concat(chunks)), {
          rules: ['en16931'],
        });
        res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r1' });
        const checked = { rules: ['en16931'], xsd: true, today: '2026-11-26' };
        res.end(JSON.stringify({ ...report, checked }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const m = memoryIO();
      const status = await main(
        [
          'validate',
          '--edge',
          `http://127.0.0.1:${port}`,
          '--rules',
          'en16931',
          '--format',
          'json',
          UBL_EXAMPLE,
        ],
        m.io,
      );
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(/^POST \/v1\/validate\?rules=en16931/);
      expect(jsonLines(m.out())[0]).toMatchObject({
        file: UBL_EXAMPLE,
        syntax: 'ubl',
        verdict: 'valid',
      });
      expect(status).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reports an unreachable edge as a check that could not be made (exit 2)', async () => {
    const m = memoryIO();
    const status = await main(['validate', '--edge', 'http://127.0.0.1:9', UBL_EXAMPLE], m.io);
    expect(status).toBe(2);
    expect(m.err()).toContain("n'a pas répondu");
    expect(await main(['validate', '--edge', 'ftp://x', UBL_EXAMPLE], memoryIO().io)).toBe(2);
  });
});

import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import worker from '../../edge/index';
import { scheduledDirectoryRefresh } from '../../edge/scheduled';
import seedSql from '../../edge/seed/chorus-directory.sql?raw';
import { ChorusStructureSchema } from '../../shared/api/structure';
import { jsonResponse } from './support/fake-network';
import {
  bodyOf,
  expectedAccountHeader,
  fakePisteToken,
  PISTE_SANDBOX_API,
  PISTE_SECRETS,
} from './support/fake-piste';
import { type Harness, harness } from './support/harness';
import { sqlStatements } from './support/migrations';

const DOWNLOAD = `${PISTE_SANDBOX_API}/cpro/transverses/v1/telecharger/annuaire/destinataire`;

const HEADER =
  'TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays';

const DIRECTORY_CSV = [
  HEADER,
  'SIRET;21920023500014;COMMUNE DE CLAMART;false;false;true;true;false;false;false;false;true;1 PL MAURICE GUNSBOURG;;;92140;CLAMART;;;FR;France',
  'SIRET;21750001600019;"COMMUNE DE PARIS; HOTEL DE VILLE";false;false;true;false;true;false;false;false;true;;;;75004;PARIS;;;FR;France',
  'SIRET;26750045200011;ASSISTANCE PUBLIQUE HOPITAUX DE PARIS;true;true;true;false;false;true;false;false;false;;;;75004;PARIS;;;FR;France',
  'RIDET;1234567;STRUCTURE CALEDONIENNE;false;false;false;false;false;false;false;false;true;;;;98800;NOUMEA;;;NC;Nouvelle-Calédonie',
].join('\r\n');

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The PISTE download answer: codeRetour, libelle and the ZIP in base64 (go-choruspro's field name). */
function downloadAnswer(files: Record<string, string>) {
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]),
    ),
  );
  return { codeRetour: 0, libelle: 'GCU_MSG_01_000', fichierResultat: base64(zip) };
}

async function seeded(overrides = {}): Promise<Harness> {
  const h = await harness(overrides);
  await env.DB.batch(sqlStatements(seedSql).map((statement) => env.DB.prepare(statement)));
  return h;
}

async function count(table: string): Promise<number> {
  return (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<number>('n')) ?? -1;
}

describe('cron refresh of the directory from PISTE', () => {
  it('does nothing without PISTE credentials', async () => {
    const h = await seeded();
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const outcome = await scheduledDirectoryRefresh(h.env, h.deps);
    expect(outcome).toEqual({ status: 'skipped', reason: 'PISTE credentials not configured' });
    expect(h.network.calls).toHaveLength(0);
    expect(await count('chorus_structures')).toBe(12);
  });

  it('downloads the ZIP, loads its structures into D1 and retires the demonstration seed', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakePisteToken(h.network);
    h.network.on('POST', DOWNLOAD, () =>
      jsonResponse(downloadAnswer({ 'annuaire_destinataires.csv': DIRECTORY_CSV })),
    );
    vi.spyOn(console, 'log').mockImplementation(() => {});

    const outcome = await scheduledDirectoryRefresh(h.env, h.deps);
    expect(outcome).toEqual({
      status: 'imported',
      importId: 'piste-2026-11-20T10:00:00.000Z',
      structures: 3,
      services: 0,
      skipped: 1,
    });

    const [download] = h.network.callsTo(DOWNLOAD);
    expect(download?.headers.get('cpro-account')).toBe(expectedAccountHeader());
    expect(download?.headers.get('authorization')).toBe('Bearer token-1');
    expect(bodyOf(download)).toEqual({});

    expect(await count('chorus_structures')).toBe(3);
    expect(await count('chorus_services')).toBe(0);
    const paris = ChorusStructureSchema.parse(
      await (await h.request('/v1/structures/21750001600019')).json(),
    );
    expect(paris).toMatchObject({
      name: 'COMMUNE DE PARIS; HOTEL DE VILLE',
      active: true,
      flags: { serviceCodeRequired: true, engagementRequired: false, engagementOrService: false },
      source: 'directory',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    const aphp = ChorusStructureSchema.parse(
      await (await h.request('/v1/structures/26750045200011')).json(),
    );
    expect(aphp.active).toBe(false);
    expect(aphp.flags.engagementOrService).toBe(true);
    const seedLeft = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM chorus_structures WHERE source = 'seed'",
    ).first('n');
    expect(seedLeft).toBe(0);
  });

  it('replaces the previous download on the next run', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakePisteToken(h.network);
    h.network.on('POST', DOWNLOAD, () => jsonResponse(downloadAnswer({ 'a.csv': DIRECTORY_CSV })));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await scheduledDirectoryRefresh(h.env, h.deps);

    h.advance(24 * 3600);
    const smaller = DIRECTORY_CSV.split('\r\n').slice(0, 2).join('\n');
    h.network.on('POST', DOWNLOAD, () => jsonResponse(downloadAnswer({ 'a.csv': smaller })));
    const outcome = await scheduledDirectoryRefresh(h.env, h.deps);
    expect(outcome).toMatchObject({ status: 'imported', structures: 1 });
    const rows = await env.DB.prepare('SELECT identifier, import_id FROM chorus_structures').all();
    expect(rows.results).toEqual([
      { identifier: '21920023500014', import_id: 'piste-2026-11-21T10:00:00.000Z' },
    ]);
  });

  it('keeps the current directory when the download holds no usable structure', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakePisteToken(h.network);
    h.network.on('POST', DOWNLOAD, () =>
      jsonResponse(downloadAnswer({ 'a.csv': `${HEADER}\nSIRET;123;CASSE;x;x;x;x;x;x;x;x;x` })),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(scheduledDirectoryRefresh(h.env, h.deps)).rejects.toThrow(/no usable structure/);
    expect(await count('chorus_structures')).toBe(12);
  });

  it('fails on a business error from PISTE without touching D1', async () => {
    const h = await seeded(PISTE_SECRETS);
    fakePisteToken(h.network);
    h.network.on('POST', DOWNLOAD, () =>
      jsonResponse({ codeRetour: 20003, libelle: 'TRA_MSG_02.003' }, 400),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(scheduledDirectoryRefresh(h.env, h.deps)).rejects.toThrow(/piste/);
    expect(await count('chorus_structures')).toBe(12);
  });

  it('is wired as the Worker’s scheduled handler', async () => {
    await seeded();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const ctx = createExecutionContext();
    await worker.scheduled?.(createScheduledController({ cron: '17 3 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"event":"directory-refresh"'));
  });
});

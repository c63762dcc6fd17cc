// `npm run bench:edge`: a load run against the local Worker. Starts `wrangler dev` on a free port
// with its own local state (no rate limiter, TIMING=on), seeds one SIRET in the local KV cache so
// the lookup is answered offline, then drives it with autocannon for ~10 s per scenario and prints
// Markdown tables: throughput and latency, then the Worker's own time per validation (Server-Timing).
//
// Options: --duration <s> (default 10), --connections <n> (default 4).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const wrangler = resolve(root, 'node_modules/.bin/wrangler');
const { values } = parseArgs({
  options: { duration: { type: 'string' }, connections: { type: 'string' } },
});
const duration = Number(values.duration ?? 10);
const connections = Number(values.connections ?? 4);

/** Examples above this size (one 3.3 MB UBL with attachments) are timed apart, not in the load. */
const LOAD_MAX_BYTES = 1024 * 1024;
const SIRET = '21920023500014';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * wrangler.toml for the bench: the project's, with absolute paths (it lives in a temporary
 * directory), without the rate limiter (120 requests a minute would turn the run into 429s) and
 * without the cron trigger.
 */
function benchConfig(dir) {
  const text = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/^main = ".*"$/m, `main = ${JSON.stringify(join(root, 'edge/index.ts'))}`)
    .replace(
      /^migrations_dir = ".*"$/m,
      `migrations_dir = ${JSON.stringify(join(root, 'edge/migrations'))}`,
    )
    .replace(/^\[\[ratelimits\]\][\s\S]*?(?=^\[)/m, '')
    .replace(/^\[triggers\][\s\S]*?(?=^\[)/m, '');
  const path = join(dir, 'wrangler.toml');
  writeFileSync(path, text);
  return path;
}

/** A cached establishment as the lookup cache stores it (edge/cache/lookup-cache.ts). */
function cachedEstablishment() {
  return JSON.stringify({
    storedAt: Date.now(),
    value: {
      siret: SIRET,
      siren: SIRET.slice(0, 9),
      name: 'COMMUNE DE CLAMART',
      tradeName: 'MAIRIE',
      address: {
        line1: '1 PL MAURICE GUNSBOURG',
        line2: null,
        postcode: '92140',
        city: 'CLAMART',
        country: 'FR',
        foreignCountry: null,
      },
      active: true,
      closedSince: null,
      headOffice: true,
      nafCode: '84.11Z',
      legalFormCode: '7210',
      companyActive: true,
      vatNumber: 'FR81219200235',
      source: 'insee',
      retrievedAt: new Date().toISOString(),
    },
  });
}

function examples() {
  const files = [];
  for (const syntax of ['ubl', 'cii']) {
    const dir = join(root, 'test/fixtures/en16931/examples', syntax);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.xml$/i.test(name)) continue;
      const path = join(dir, name);
      files.push({ name, size: statSync(path).size, body: readFileSync(path) });
    }
  }
  return files;
}

async function waitForHealth(base, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode})`);
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('wrangler dev did not answer /health within 2 minutes');
}

/** Durations by step from a Server-Timing header: `validate;dur=1.2` → { validate: 1.2 }. */
function timingOf(response) {
  const header = response.headers.get('server-timing') ?? '';
  const steps = {};
  for (const part of header.split(',')) {
    const match = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
    if (match) steps[match[1]] = Number(match[2]);
  }
  return steps;
}

async function validateOnce(base, file, query = '') {
  const response = await fetch(`${base}/v1/validate${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', accept: 'application/json' },
    body: file.body,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${file.name}: HTTP ${response.status}`);
  return timingOf(response);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (value) => (value === undefined ? '–' : value.toFixed(1));

async function load(title, options) {
  const result = await autocannon({ connections, duration, ...options });
  return {
    title,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'chorus-assist-bench-edge-'));
let dev;
try {
  const config = benchConfig(dir);
  const state = join(dir, 'state');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;

  const seeded = spawnSync(
    wrangler,
    [
      'kv',
      'key',
      'put',
      `siret:v1:${SIRET}`,
      cachedEstablishment(),
      '--binding',
      'CACHE',
      '--local',
      '--config',
      config,
      '--persist-to',
      state,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (seeded.status !== 0) throw new Error(`KV seed failed: ${seeded.stderr}`);

  dev = spawn(
    wrangler,
    [
      'dev',
      '--config',
      config,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--var',
      'TIMING:on',
      '--log-level',
      'warn',
      '--show-interactive-dev-session=false',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      // No `request.cf` sample fetched from workers.cloudflare.com: the Worker does not read it.
      env: { CLOUDFLARE_CF_FETCH_ENABLED: 'false', ...process.env },
    },
  );
  await waitForHealth(base, dev);

  const all = examples();
  const typical = all.filter((file) => file.size <= LOAD_MAX_BYTES);
  const large = all.filter((file) => file.size > LOAD_MAX_BYTES);
  const ubl = typical.find((file) => file.name === 'ubl-tc434-example1.xml');
  const cii = typical.find((file) => file.name === 'CII_example1.xml');

  // First requests of the isolate: the rule engine warms up on the first (no XSD), then libxml2
  // and the UBL schema compile on the first UBL request with XSD, the CII schema on the first CII.
  const cold = {
    noXsd: await validateOnce(base, ubl, '?xsd=false'),
    ubl: await validateOnce(base, ubl),
    cii: await validateOnce(base, cii),
  };
  // Warm-up of every example, then the Worker's own time per validation, one request at a time.
  for (const file of all) await validateOnce(base, file);
  const warm = { xsd: [], noXsd: [] };
  for (let round = 0; round < 5; round++) {
    for (const file of typical) {
      warm.xsd.push((await validateOnce(base, file)).validate);
      warm.noXsd.push((await validateOnce(base, file, '?xsd=false')).validate);
    }
  }
  // Extraction of a plain PDF (pdf.js loads on the first one).
  const plainPdf = readFileSync(
    join(root, 'test/fixtures/facturx-pdf/Custom/2023-6013_facture.pdf'),
  );
  const extractOnce = async () => {
    const response = await fetch(`${base}/v1/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: plainPdf,
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`extract: HTTP ${response.status}`);
    return timingOf(response).extract;
  };
  const extraction = { cold: await extractOnce(), warm: [] };
  for (let round = 0; round < 5; round++) extraction.warm.push(await extractOnce());
  extraction.warm.sort((a, b) => a - b);
  const largeTimes = [];
  for (const file of large) largeTimes.push([file, (await validateOnce(base, file)).validate]);

  const requests = (query) =>
    typical.map((file) => ({
      method: 'POST',
      path: `/v1/validate${query}`,
      headers: { 'content-type': 'application/xml', accept: 'application/json' },
      body: file.body,
    }));
  const runs = [
    await load(`POST /v1/validate (${typical.length} official examples, XSD on)`, {
      url: base,
      requests: requests(''),
    }),
    await load('POST /v1/validate?xsd=false (same examples)', {
      url: base,
      requests: requests('?xsd=false'),
    }),
    await load(`GET /v1/siret/${SIRET} (KV cache hit)`, { url: `${base}/v1/siret/${SIRET}` }),
  ];

  console.log(
    `\n## bench:edge — wrangler dev (local workerd), ${connections} connections, ${duration} s each\n`,
  );
  console.log('| scenario | requests/s | p50 (ms) | p99 (ms) | errors | requests |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const run of runs) {
    console.log(
      `| ${run.title} | ${run.rps.toFixed(0)} | ${run.p50} | ${run.p99} | ${run.errors} | ${run.total} |`,
    );
  }

  const sortedXsd = warm.xsd.filter((v) => v !== undefined).sort((a, b) => a - b);
  const sortedNoXsd = warm.noXsd.filter((v) => v !== undefined).sort((a, b) => a - b);
  console.log(
    '\n## Worker time per validation (Server-Timing `validate`, one request at a time)\n',
  );
  console.log('| case | median (ms) | p90 (ms) | max (ms) |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| first request of the isolate, xsd=false (UBL example 1) | ${ms(cold.noXsd.validate)} | | |`,
  );
  console.log(
    `| first UBL request with XSD (libxml2 loaded, UBL schema compiled) | ${ms(cold.ubl.validate)} | | |`,
  );
  console.log(
    `| first CII request after it (CII schema compiled) | ${ms(cold.cii.validate)} | | |`,
  );
  console.log(
    `| warm, XSD on (${typical.length} examples × 5) | ${ms(quantile(sortedXsd, 0.5))} | ${ms(quantile(sortedXsd, 0.9))} | ${ms(sortedXsd.at(-1))} |`,
  );
  console.log(
    `| warm, xsd=false | ${ms(quantile(sortedNoXsd, 0.5))} | ${ms(quantile(sortedNoXsd, 0.9))} | ${ms(sortedNoXsd.at(-1))} |`,
  );
  for (const [file, time] of largeTimes) {
    console.log(
      `| warm, ${file.name} (${(file.size / 1024 / 1024).toFixed(1)} MB) | ${ms(time)} | | |`,
    );
  }
  console.log(
    `| POST /v1/extract, plain 1-page PDF: first of the isolate (pdf.js loaded) | ${ms(extraction.cold)} | | |`,
  );
  console.log(
    `| POST /v1/extract, same PDF, warm (5 runs) | ${ms(quantile(extraction.warm, 0.5))} | | ${ms(extraction.warm.at(-1))} |`,
  );
  console.log(
    '\nServer-Timing is measured with performance.now() inside the local workerd; on deployed Workers the clock stands still during computation, so use these local figures (or the dashboard CPU time) instead.',
  );
} finally {
  if (dev?.pid && dev.exitCode === null) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

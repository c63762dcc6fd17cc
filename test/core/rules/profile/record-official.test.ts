/**
 * Records what the OFFICIAL compiled Factur-X schematrons report on the FNFE samples and on the
 * cases of cases.ts, into official-results.json (the answers profile.test.ts compares with).
 * Skipped unless PROFILE_ORACLE_XSLT is set: it needs Java, Saxon HE 9.9+ and the compiled XSLTs,
 * which are not in this repository. To run it:
 *
 *   mkdir -p fx/{MINIMUM,BASIC,BASICWL,EN16931,EXTENDED}
 *   # Factur-X 1.07.3, public repository thierryjmartin/facturation_electronique (commit 6ff3d28):
 *   #   facture_electronique/xsd/facturx-minimum/_XSLT_MINIMUM/FACTUR-X_MINIMUM.xslt + _codedb.xml → fx/MINIMUM/
 *   #   facture_electronique/xsd/facturx-basic/_XSLT_BASIC/FACTUR-X_BASIC.xslt + _codedb.xml      → fx/BASIC/
 *   # Factur-X 1.09, public repository fnfempe/France_RFE (commit e9520ce), FNFE_RFE_INVOICE/Factur-X/:
 *   #   BASICWL/2xslt/FACTUR-X_BASIC-WL.xslt + codedb → fx/BASICWL/, EN16931/2xslt/… → fx/EN16931/,
 *   #   EXTENDED/2xslt/Factur-X_EXTENDED.xslt + codedb → fx/EXTENDED/
 *   PROFILE_ORACLE_XSLT=fx [SAXON_JAR=/usr/share/java/Saxon-HE.jar] \
 *     npx vitest run --project core test/core/rules/profile/record-official.test.ts
 *
 * Only rule ids and counts are kept: the bracketed id of each failed assertion or successful
 * report, and how many structural checks (cardinalities, code lists, "not used" reports, which
 * have no id) fired.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type OracleProfile, PROFILE_CASES } from './cases';
import { applyEdits } from './edits';
import {
  OFFICIAL_RESULTS,
  type OfficialResults,
  type OfficialVerdict,
  SAMPLE_FOLDERS,
} from './official';

const XSLT_ROOT = process.env.PROFILE_ORACLE_XSLT;
const SAXON = process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar';
const FIXTURES = 'test/fixtures/facturx';

interface Job {
  readonly key: string;
  readonly profile: OracleProfile;
  readonly xml: string;
}

function jobs(): Job[] {
  const list: Job[] = [];
  for (const [folder, profile] of Object.entries(SAMPLE_FOLDERS)) {
    for (const file of readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      list.push({
        key: `${folder}/${file}`,
        profile,
        xml: readFileSync(join(FIXTURES, folder, file), 'utf8'),
      });
    }
  }
  for (const c of PROFILE_CASES) {
    const base = readFileSync(join(FIXTURES, c.base), 'utf8');
    list.push({ key: c.name, profile: c.profile, xml: applyEdits(base, c.edits) });
  }
  return list;
}

function stylesheetOf(profile: OracleProfile): string {
  const dir = join(XSLT_ROOT ?? '', profile);
  const xslt = readdirSync(dir).find((f) => f.endsWith('.xslt'));
  if (xslt === undefined) throw new Error(`No .xslt in ${dir}`);
  return join(dir, xslt);
}

/** Failed assertions and successful reports of an SVRL output, by id. */
function verdictOf(svrl: string): OfficialVerdict {
  const ids: Record<string, number> = {};
  let structural = 0;
  const pattern = /<svrl:(failed-assert|successful-report)\b[^>]*>([\s\S]*?)<\/svrl:\1>/g;
  for (const match of svrl.matchAll(pattern)) {
    const message = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(match[2] ?? '')?.[1] ?? '';
    const id = /^\s*\[([^\]]+)\]/.exec(message)?.[1];
    if (id === undefined) structural++;
    else ids[id] = (ids[id] ?? 0) + 1;
  }
  return { ids, structural };
}

/**
 * The bracketed ids a compiled stylesheet can report, with their flag (`fatal` when the assertion
 * has none, as Schematron reads a missing flag here).
 */
function idsOf(stylesheet: string): Record<string, 'fatal' | 'warning'> {
  const ids: Record<string, 'fatal' | 'warning'> = {};
  const pattern =
    /<svrl:(?:failed-assert|successful-report)\b([\s\S]*?)<svrl:text>\s*\[([^\]]+)\]/g;
  for (const match of stylesheet.matchAll(pattern)) {
    const flag = /<xsl:attribute name="flag">([^<]*)</.exec(match[1] ?? '')?.[1];
    ids[match[2] ?? ''] = flag === 'warning' ? 'warning' : 'fatal';
  }
  return ids;
}

describe.runIf(XSLT_ROOT !== undefined)('official Factur-X verdicts (recorder)', () => {
  it('writes official-results.json', () => {
    const work = mkdtempSync(join(tmpdir(), 'profile-oracle-'));
    const all = jobs();
    const verdicts: Record<string, OfficialVerdict> = {};
    const stylesheets: Record<string, Record<string, 'fatal' | 'warning'>> = {};
    for (const profile of ['MINIMUM', 'BASICWL', 'BASIC', 'EN16931', 'EXTENDED'] as const) {
      stylesheets[profile] = idsOf(readFileSync(stylesheetOf(profile), 'utf8'));
      const mine = all.filter((j) => j.profile === profile);
      const input = join(work, profile, 'in');
      const output = join(work, profile, 'out');
      mkdirSync(input, { recursive: true });
      mkdirSync(output, { recursive: true });
      mine.forEach((job, i) => {
        writeFileSync(join(input, `${i}.xml`), job.xml);
      });
      execFileSync('java', [
        '-cp',
        SAXON,
        'net.sf.saxon.Transform',
        `-s:${input}`,
        `-xsl:${stylesheetOf(profile)}`,
        `-o:${output}`,
      ]);
      mine.forEach((job, i) => {
        verdicts[job.key] = verdictOf(readFileSync(join(output, `${i}.xml`), 'utf8'));
      });
    }
    const results: OfficialResults = { stylesheets, documents: verdicts };
    writeFileSync(OFFICIAL_RESULTS, `${JSON.stringify(results, null, 1)}\n`);
    expect(Object.keys(verdicts)).toHaveLength(all.length);
  }, 300_000);
});

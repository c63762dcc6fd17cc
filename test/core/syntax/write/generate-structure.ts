/**
 * Regenerates the writers' structure tables from the XSDs:
 *   npx jiti test/core/syntax/write/generate-structure.ts ubl|cii
 * rewrites the part between `// generated:start` and `// generated:end` of
 * shared/syntax/<syntax>/write-structure.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ciiStructureTable,
  renderCiiStructure,
  renderUblStructure,
  ublStructureTable,
} from './structure-tables';

const syntax = process.argv[2];
if (syntax !== 'ubl' && syntax !== 'cii') throw new Error('usage: generate-structure.ts ubl|cii');
const file = join(import.meta.dirname, `../../../../shared/syntax/${syntax}/write-structure.ts`);
const [name, type] =
  syntax === 'ubl'
    ? ['UBL_STRUCTURE', 'Readonly<Record<string, string>>']
    : ['CII_STRUCTURE', 'CiiStructureTable'];
const body =
  syntax === 'ubl'
    ? renderUblStructure(ublStructureTable())
    : renderCiiStructure(ciiStructureTable());
const text = readFileSync(file, 'utf8');
const start = text.indexOf('// generated:start');
const end = text.indexOf('// generated:end');
if (start < 0 || end < 0) throw new Error(`no generated markers in ${file}`);
writeFileSync(
  file,
  `${text.slice(0, start)}// generated:start\nexport const ${name}: ${type} = {\n${body}};\n${text.slice(end)}`,
);

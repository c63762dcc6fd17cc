/**
 * `node scripts/bench.mjs hostile`: how long the parser takes to refuse (or read) hostile and
 * degenerate inputs: the sample attacks of test/fixtures/xml and the generated cases of
 * test/core/xml/hostile.test.ts, which checks what each gives but not its time. Every case should
 * take milliseconds: anything near a second means a path went quadratic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, type XmlInput } from '../shared/xml';

const FIXTURES = 'test/fixtures/xml';
const ROUNDS = 5;

const cases: [string, XmlInput][] = [
  ...readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .map((file): [string, XmlInput] => [file, readFileSync(join(FIXTURES, file))]),
  ['50 MB of bytes', new Uint8Array(50 * 1024 * 1024).fill(0xff)],
  ['100,000 levels of nesting', `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`],
  ['300,000 elements', `<r>${'<a/>'.repeat(300_000)}</r>`],
  ['an unclosed comment', `<a><!--${'x'.repeat(5_000_000)}`],
  ['an unclosed CDATA section', `<a><![CDATA[${'x'.repeat(5_000_000)}`],
  ['an unclosed attribute value', `<a x="${'x'.repeat(5_000_000)}`],
  ['a million bare ampersands', `<a>${'&'.repeat(1_000_000)}</a>`],
  ['a million unterminated references', `<a>${'&amp'.repeat(1_000_000)}</a>`],
  ['a million less-than signs', `<a>${'<'.repeat(1_000_000)}</a>`],
  ['a million end tags', `<a></a>${'</a>'.repeat(1_000_000)}`],
  [
    '20,000 valid lines',
    `<r>${Array.from({ length: 20_000 }, (_, i) => `<l n="${i}">t&amp;${i}</l>`).join('\n')}</r>`,
  ],
];

console.log(`| input | outcome | median of ${ROUNDS} |`);
console.log('|---|---|---|');
for (const [name, input] of cases) {
  const times: number[] = [];
  let outcome = '';
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const result = parseXml(input);
    times.push(performance.now() - start);
    outcome = result.ok ? 'read' : result.error.code;
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${outcome} | ${(times[ROUNDS >> 1] ?? 0).toFixed(2)} ms |`);
}

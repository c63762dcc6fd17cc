/**
 * BR-CL-08 in UBL. UBL has no element for the note subject (BT-21): it is written inside the note,
 * `#AAI#Text…`, and the UBL schematron checks it among its model rules, not with the other code
 * lists, so shared/codes (generated from the code-list schematrons) has no UBL entry for it.
 *
 * The test, on each `cbc:Note` child of the root: when the note contains `#` and the text between
 * the first `#` and the next one is three characters long, those three characters must occur in
 * the list written as one string, codes separated by single spaces. As in the schematron, a
 * fragment spanning two codes (`A A` in `AAA AAB`) is accepted too.
 */
import { codeRuleData } from '../../../codes';
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { stringValue } from './context-pattern';
import type { CodeFinding } from './xml-scan';

/**
 * UNTDID 4451 codes of the CII list that the UBL rule of 1.3.16 does not have yet (the UBL list
 * is the CII one without them, in the same order: a test compares it with the UBL schematron).
 */
export const NOTE_SUBJECTS_NOT_IN_UBL: ReadonlySet<string> = new Set([
  'BAT',
  'BAU',
  'BAV',
  'BAW',
  'BAX',
  'BAY',
  'BAZ',
  'BBA',
  'BBB',
  'BMF',
  'BMG',
  'BMH',
  'CCJ',
  'CCK',
  'CCL',
  'CCM',
  'CCN',
  'CCO',
]);

let listText: string | undefined;

/** The UBL list as the schematron's `contains()` sees it: ` AAA AAB … ZZZ `. */
export function ublNoteSubjectListText(): string {
  if (listText === undefined) {
    const codes = codeRuleData('BR-CL-08').find((data) => data.syntax === 'CII')?.branches[0]
      ?.codes;
    if (!codes) throw new Error('BR-CL-08: no CII list in shared/codes.');
    listText = ` ${codes.filter((code) => !NOTE_SUBJECTS_NOT_IN_UBL.has(code)).join(' ')} `;
  }
  return listText;
}

/** The `#XXX#` subject the rule would test in a note, or undefined when the rule passes anyway. */
export function noteSubjectOf(note: string): string | undefined {
  const first = note.indexOf('#');
  if (first < 0) return undefined;
  const after = note.slice(first + 1);
  const next = after.indexOf('#');
  if (next < 0) return undefined;
  const subject = after.slice(0, next);
  // string-length counts characters, not UTF-16 units.
  return [...subject].length === 3 ? subject : undefined;
}

export function scanUblNoteSubjects(root: XmlElement): CodeFinding[] {
  const isRoot =
    (root.namespace === NS.ubl && root.localName === 'Invoice') ||
    (root.namespace === NS.cn && root.localName === 'CreditNote');
  if (!isRoot) return [];
  const findings: CodeFinding[] = [];
  // Indexed: the root holds every line, and this loop runs once per document, often before V8
  // optimises it, when for…of allocates at each step.
  const list = root.children;
  for (let i = 0; i < list.length; i++) {
    const note = list[i] as XmlElement;
    if (note.namespace !== NS.cbc || note.localName !== 'Note') continue;
    const subject = noteSubjectOf(stringValue(note));
    if (subject !== undefined && !ublNoteSubjectListText().includes(subject)) {
      findings.push({ rule: 'BR-CL-08', node: note, element: note, value: subject });
    }
  }
  return findings;
}

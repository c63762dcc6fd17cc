import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LIST_RULE_IDS } from '../../../../shared/codes';
import type { Invoice } from '../../../../shared/model';
import { CODE_LIST_RULES } from '../../../../shared/rules/en16931/codes';
import { MODEL_CODE_TERMS } from '../../../../shared/rules/en16931/codes/model-scan';
import {
  noteSubjectOf,
  ublNoteSubjectListText,
} from '../../../../shared/rules/en16931/codes/ubl-note-subject';
import {
  codeFindings,
  codeFindingsOfModel,
  codeFindingsOfXml,
  modelContext,
} from './run-code-rules';

const EXAMPLES = 'test/fixtures/en16931/examples';
const UBL_SCHEMATRON = 'test/fixtures/en16931-schematron/EN16931-UBL-validation-preprocessed.sch';
const CODE_SCHEMATRONS = [
  UBL_SCHEMATRON,
  'test/fixtures/codelists/EN16931-UBL-codes.sch',
  'test/fixtures/codelists/EN16931-CII-codes.sch',
];

/** `id` and `flag` of every BR-CL assert in the official files. */
function officialAsserts(): { id: string; flag: string }[] {
  return CODE_SCHEMATRONS.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<assert id="(BR-CL-\d+)" flag="(\w+)"/g)].map(
      ([, id = '', flag = '']) => ({ id, flag }),
    ),
  );
}

describe('BR-CL rule set', () => {
  it('covers exactly the BR-CL asserts of the official schematrons, with their flags', () => {
    const asserts = officialAsserts();
    expect(new Set(CODE_LIST_RULES.map((r) => r.id))).toEqual(new Set(asserts.map((a) => a.id)));
    for (const { id, flag } of asserts) {
      expect(CODE_LIST_RULES.find((r) => r.id === id)?.flag, id).toBe(flag);
    }
  });

  it('has one rule per BR-CL id of the 1.3.16 artefacts, all fatal, all without a syntax', () => {
    expect(CODE_LIST_RULES.map((r) => r.id)).toEqual([...CODE_LIST_RULE_IDS]);
    expect(new Set(CODE_LIST_RULES.map((r) => r.id)).size).toBe(CODE_LIST_RULES.length);
    for (const rule of CODE_LIST_RULES) {
      expect(rule.flag).toBe('fatal');
      expect(rule.layer).toBe('en16931');
      // One rule serves both syntaxes and the model: a syntax would hide it from the model path.
      expect(rule.syntax).toBeUndefined();
      expect(rule.bt.length).toBeGreaterThan(0);
    }
  });

  it('explains every rule in French and in English, naming the terms', () => {
    for (const rule of CODE_LIST_RULES) {
      expect(rule.message.fr, rule.id).toMatch(/doit être un code de la liste .+\. \S/);
      expect(rule.message.en, rule.id).toMatch(/must be a code of the .+ list\. \S/);
      expect(rule.message.fr).not.toBe(rule.message.en);
      const named = rule.id === 'BR-CL-03' ? 'currencyID' : (rule.bt[0] ?? '?');
      expect(rule.message.fr).toContain(named);
    }
  });

  it('maps model terms only to rules that name them', () => {
    for (const rule of CODE_LIST_RULES) {
      const terms = MODEL_CODE_TERMS[rule.id as keyof typeof MODEL_CODE_TERMS];
      for (const { id } of terms) expect(rule.bt, rule.id).toContain(id);
    }
  });
});

describe('BR-CL messages', () => {
  it('names the term from the source map and shows the value found', () => {
    const xml = readFileSync(`${EXAMPLES}/ubl/ubl-tc434-example1.xml`, 'utf8')
      .replace(/(<cac:AccountingCustomerParty>[\s\S]*?<cbc:IdentificationCode>)NL/, '$1NLD')
      .replace(/(<cac:LegalMonetaryTotal>\s*<cbc:LineExtensionAmount currencyID=")EUR/, '$1eur');
    const findings = codeFindingsOfXml(xml);
    expect(findings.map((f) => f.rule)).toEqual(['BR-CL-03', 'BR-CL-14']);
    const [currency, country] = findings;
    expect(country?.message.fr).toBe(
      "Code de pays de l'acheteur (BT-55) : « NLD » n’est pas un code de la liste ISO 3166-1 alpha-2. Indiquez le code ISO 3166-1 de deux lettres majuscules, par exemple FR (GR pour la Grèce, GB pour le Royaume-Uni).",
    );
    expect(country?.message.en).toContain('Buyer country code (BT-55): "NLD" is not a code');
    expect(country?.location?.xpath).toMatch(/AccountingCustomerParty.*cbc:IdentificationCode$/);
    expect(currency?.message.fr).toBe(
      'La devise (attribut currencyID) de « Somme des montants nets des lignes de facture » (BT-106) : « eur » n’est pas un code de la liste ISO 4217. Écrivez plutôt « EUR ».',
    );
    expect(currency?.location?.xpath).toBe(
      '/ubl:Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount/@currencyID',
    );
  });

  it('says when the value is empty or missing, and falls back to the rule’s wording', () => {
    const [finding] = codeFindings('ubl', '<cbc:LineExtensionAmount>1</cbc:LineExtensionAmount>');
    expect(finding?.message.fr).toMatch(
      /^La devise d’un montant \(attribut currencyID\) : valeur vide ou absente ; il faut un code de la liste ISO 4217\./,
    );
    expect(finding?.location?.xpath).toBe('/ubl:Invoice/cbc:LineExtensionAmount');
  });

  it('reads CII examples the same way', () => {
    const xml = readFileSync(`${EXAMPLES}/cii/CII_example1.xml`, 'utf8').replace(
      '<ram:InvoiceCurrencyCode>EUR<',
      '<ram:InvoiceCurrencyCode>EURO<',
    );
    const findings = codeFindingsOfXml(xml);
    expect(findings.map((f) => f.rule)).toEqual(['BR-CL-04']);
    expect(findings[0]?.message.fr).toContain('(BT-5) : « EURO »');
  });

  it('finds nothing in the official examples', () => {
    for (const file of [
      'ubl/ubl-tc434-example1.xml',
      'ubl/guide-example1.xml',
      'cii/CII_example5.xml',
    ]) {
      expect(codeFindingsOfXml(readFileSync(`${EXAMPLES}/${file}`, 'utf8')), file).toEqual([]);
    }
  });
});

describe('UBL BR-CL-08 (note subject inside the note text)', () => {
  it('tests the three characters between the first two #', () => {
    expect(noteSubjectOf('#AAI#Note')).toBe('AAI');
    expect(noteSubjectOf('Voir #REG# ci-dessous')).toBe('REG');
    expect(noteSubjectOf('#AB#')).toBeUndefined();
    expect(noteSubjectOf('#ABC')).toBeUndefined();
    expect(noteSubjectOf('Prix # 12')).toBeUndefined();
  });

  it('uses the list of the UBL schematron, character for character', () => {
    const schematron = readFileSync(UBL_SCHEMATRON, 'utf8');
    const rule = /<rule context="([^"]*)">\s*<assert id="BR-CL-08"[^>]*test="([^"]*)"/.exec(
      schematron,
    );
    expect(rule?.[1]).toBe('/ubl:Invoice/cbc:Note | /cn:CreditNote/cbc:Note');
    const list = /contains\(\s*'([^']*)'\s*,\s*substring-before/.exec(rule?.[2] ?? '')?.[1];
    expect(list).toBe(ublNoteSubjectListText());
  });

  it('accepts, as the schematron does, a fragment spanning two codes', () => {
    const list = ublNoteSubjectListText();
    expect(list.startsWith(' AAA AAB ')).toBe(true);
    expect(list.includes('A A')).toBe(true);
    expect(codeFindings('ubl', '<cbc:Note>#A A#texte</cbc:Note>')).toEqual([]);
    expect(codeFindings('ubl', '<cbc:Note>#A_A#texte</cbc:Note>').map((f) => f.rule)).toEqual([
      'BR-CL-08',
    ]);
  });
});

describe('BR-CL on a model that did not come from XML', () => {
  const valid: Invoice = {
    'BT-3': '380',
    'BT-5': 'EUR',
    'BG-1': [{ 'BT-21': 'AAI', 'BT-22': 'Note' }],
    'BG-4': {
      'BT-29': [{ id: 'FR12ZZZ123456', scheme: 'SEPA' }],
      'BT-34': { id: '123456789', scheme: '0225' },
      'BG-5': { 'BT-40': 'FR' },
    },
    'BG-7': { 'BT-46': { id: '1', scheme: '0009' }, 'BG-8': { 'BT-55': 'FR' } },
    'BG-16': { 'BT-81': '30' },
    'BG-23': [{ 'BT-118': 'S', 'BT-121': 'vatex-eu-ic' }],
    'BG-24': [{ 'BT-122': 'A', 'BT-125': { mimeCode: 'application/pdf', filename: 'a.pdf' } }],
    'BG-25': [{ 'BT-130': 'C62', 'BG-30': { 'BT-151': 'S' } }],
  };

  it('accepts a model whose codes are all in their lists', () => {
    expect(codeFindingsOfModel(valid)).toEqual([]);
  });

  it('reports each wrong code at its model place, with the term named', () => {
    const invoice: Invoice = {
      ...valid,
      'BT-5': 'EUX',
      'BG-7': { 'BT-46': { id: '1', scheme: 'SEPA' }, 'BG-8': { 'BT-55': 'fr' } },
      'BG-23': [{ 'BT-118': 'A' }],
      'BG-24': [{ 'BT-122': 'A', 'BT-125': { mimeCode: 'image/gif', filename: 'a.gif' } }],
      'BG-25': [{ 'BT-130': 'C62' }, { 'BT-130': 'PCE', 'BG-30': { 'BT-151': 'S' } }],
    };
    const findings = codeFindingsOfModel(invoice);
    expect(findings.map((f) => f.rule).sort()).toEqual(
      ['BR-CL-04', 'BR-CL-10', 'BR-CL-14', 'BR-CL-17', 'BR-CL-23', 'BR-CL-24'].sort(),
    );
    const byRule = new Map(findings.map((f) => [f.rule, f]));
    expect(byRule.get('BR-CL-10')?.message.fr).toContain(
      "Identifiant de l'acheteur (BT-46), schéma BT-46-1 : « SEPA »",
    );
    expect(byRule.get('BR-CL-14')?.message.fr).toContain('Écrivez plutôt « FR ».');
    expect(byRule.get('BR-CL-23')?.message.en).toContain('"PCE" is not a code');
  });

  it('points each violation at its model place', () => {
    const invoice: Invoice = {
      ...valid,
      'BT-3': '999',
      'BG-25': [{ 'BT-130': 'C62' }, { 'BT-130': 'PCE' }],
    };
    const context = modelContext(invoice);
    const at = (id: string) =>
      CODE_LIST_RULES.find((r) => r.id === id)
        ?.check(context)
        .map((v) => v.at);
    expect(at('BR-CL-01')).toEqual(['/BT-3']);
    expect(at('BR-CL-23')).toEqual(['/BG-25/1/BT-130']);
    expect(at('BR-CL-24')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { renderReportText } from '../../shared/report/text';
import type { ValidationReport } from '../../shared/rules/report';

const report: ValidationReport = {
  verdict: 'valid',
  layers: [
    {
      layer: 'fr',
      status: 'ran',
      artefact: { name: 'BR-FR', version: '1.4.0' },
      reason: { fr: 'Mode transitoire.', en: 'Transition mode.' },
      counts: { fatal: 0, warning: 1, info: 0 },
      rules: 59,
    },
    {
      layer: 'chorus',
      status: 'ran',
      artefact: { name: 'Chorus', version: '1' },
      counts: { fatal: 0, warning: 0, info: 1 },
      rules: 30,
    },
  ],
  findings: [
    {
      rule: 'BR-FR-05',
      assert: 'BR-FR-05_BT-22_PMT',
      severity: 'warning',
      layer: 'fr',
      message: { fr: 'Ajoutez la note PMT.', en: 'Add the PMT note.' },
      bt: ['BT-21', 'BT-22'],
      location: { line: 12, column: 3 },
    },
    {
      rule: 'CHORUS-34',
      severity: 'info',
      layer: 'chorus',
      message: { fr: 'Unicité non vérifiée.', en: 'Uniqueness not checked.' },
      bt: [],
    },
  ],
};

describe('renderReportText', () => {
  it("names a finding's official test after its rule, and a ran layer's note", () => {
    const lines = renderReportText(report, { title: 'f.xml' }).split('\n');
    expect(lines).toContain(
      '  Règles françaises (BR-FR) : 0 erreur, 1 avertissement — Mode transitoire.',
    );
    expect(lines).toContain(
      '  - avertissement BR-FR-05 (contrôle BR-FR-05_BT-22_PMT) [BT-21, BT-22] (ligne 12) : Ajoutez la note PMT.',
    );
    expect(lines).toContain('  - info CHORUS-34 : Unicité non vérifiée.');
  });

  it('speaks English when asked', () => {
    const text = renderReportText(report, { language: 'en' });
    expect(text).toContain('  French rules (BR-FR) : 0 errors, 1 warning — Transition mode.');
    expect(text).toContain(
      '  - warning BR-FR-05 (check BR-FR-05_BT-22_PMT) [BT-21, BT-22] (line 12) : Add the PMT note.',
    );
  });
});

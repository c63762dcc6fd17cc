import { describe, expect, it } from 'vitest';
import { checkPortalForm } from '../../../extension/checks/form-checks';
import { fieldOfFinding, placeFindings } from '../../../extension/checks/placement';
import type { FormIssue } from '../../../extension/checks/report';
import { portalFormToModel } from '../../../shared/chorus/portal-model';
import type { Finding } from '../../../shared/rules/finding';
import type { RecipientObligations } from '../../../shared/rules/rule';
import { NBSP, recap, sampleForm, simpleForm, v, withFields } from './form-values';

const TODAY = '2026-02-10';
const off = { status: 'off' } as const;

const hospital: RecipientObligations = {
  name: 'CENTRE HOSPITALIER DES TROIS RIVIERES',
  siret: '26990002300012',
  serviceCodeRequired: false,
  engagementRequired: true,
  engagementOrServiceRequired: false,
};

function finding(rule: string, bt: string[], xpath?: string): Finding {
  return {
    rule,
    severity: 'fatal',
    layer: 'en16931',
    message: { fr: rule, en: rule },
    bt,
    ...(xpath === undefined ? {} : { location: { xpath } }),
  };
}

const blocking = (issues: readonly FormIssue[]) =>
  issues.filter((issue) => issue.severity !== 'info');
const where = (issue: FormIssue | undefined) =>
  issue?.field === undefined
    ? undefined
    : `${issue.field.key}${issue.field.row === undefined ? '' : `#${issue.field.row}`}`;

describe('findings → form fields', () => {
  const model = portalFormToModel(sampleForm());
  const sound = portalFormToModel(simpleForm());

  it('follows the model pointer to its field, else the one header field holding the term', () => {
    expect(fieldOfFinding(finding('BR-22', ['BT-129'], '/BG-25/1/BT-129'), model)).toEqual({
      key: 'lines.quantity',
      row: 1,
    });
    expect(fieldOfFinding(finding('X', ['BT-13']), model)).toEqual({ key: 'engagement' });
    // BT-131 sits in every row: no single field.
    expect(fieldOfFinding(finding('X', ['BT-131']), model)).toBeUndefined();
  });

  it('leaves out what the form cannot judge', () => {
    const issues = placeFindings(
      [
        // The seller's address: the portal adds it.
        finding('BR-08', ['BG-5']),
        // A term the form decides and one it does not.
        finding('BR-S-02', ['BT-151', 'BT-31']),
        // Advice against a mandatory list of the form.
        finding('CHORUS-13', ['BG-19', 'BT-81', 'BT-3'], '/BG-16/BT-81'),
        finding('BR-02', ['BT-1'], '/BT-1'),
      ],
      sound,
    );
    expect(issues.map((issue) => issue.rule)).toEqual(['BR-02']);
    expect(issues[0]?.label).toEqual({ fr: 'Numéro de facture', en: 'Numéro de facture' });
  });

  it('says an unreadable value once, and nothing of a field the page computes from missing values', () => {
    const form = withFields(simpleForm(), { invoiceDate: v('32/01/2026') });
    const lines = [{ ...(form.lines[0] ?? {}), quantity: v(''), netAmount: v('') }];
    // The page leaves the line amount empty without a quantity, and the recap without the line.
    const unreadable = portalFormToModel({ ...form, lines, vatRecap: [] });
    const issues = placeFindings(
      [
        finding('BR-03', ['BT-2'], '/BT-2'),
        finding('BR-24', ['BT-131'], '/BG-25/0/BT-131'),
        finding('BR-22', ['BT-129'], '/BG-25/0/BT-129'),
      ],
      unreadable,
    );
    expect(issues.map((issue) => [issue.rule, where(issue)])).toEqual([
      ['SAISIE-VALEUR', 'invoiceDate'],
      ['BR-22', 'lines.quantity#0'],
    ]);
    expect(issues[1]?.label?.fr).toBe('Quantité de la ligne 1');
  });
});

describe('checking the portal form', () => {
  it('finds nothing blocking in the sample as filled, and says where its recap differs from its lines', () => {
    const report = checkPortalForm(sampleForm(), { today: TODAY, recipient: off });
    expect(report.counts.fatal).toBe(0);
    expect(blocking(report.issues).map((issue) => [issue.rule, where(issue)])).toEqual([
      ['SAISIE-RECAP', 'vatRecap.base#0'],
      ['SAISIE-RECAP', 'vatRecap.base#1'],
      ['SAISIE-RECAP', 'vatRecap.base#2'],
    ]);
    expect(checkPortalForm(simpleForm(), { today: TODAY, recipient: off }).counts).toMatchObject({
      fatal: 0,
      warning: 0,
    });
  });

  it('puts an invalid SIRET on the recipient field, with how to fix it', () => {
    const report = checkPortalForm(
      withFields(simpleForm(), { recipientSiret: v('21990001600012') }),
      { today: TODAY, recipient: { status: 'no-siret' } },
    );
    const issue = report.issues.find((found) => found.rule === 'CHORUS-05');
    expect(where(issue)).toBe('recipientSiret');
    expect(issue?.severity).toBe('fatal');
    expect(issue?.message.fr).toContain('« 21990001600012 »');
    expect(issue?.message.fr).toContain(
      'Corrigez le champ « Identifiant (SIRET) du destinataire »',
    );
    // No SIRET to look up: the obligations are not said to be unchecked on top of it.
    expect(report.issues.some((found) => found.rule === 'CHORUS-28')).toBe(false);
  });

  it('puts wrong arithmetic on the recap row and the total that do not add up', () => {
    const form = simpleForm();
    const report = checkPortalForm(
      {
        ...withFields(form, { totalWithoutVat: v(`1${NBSP}300,00`) }),
        vatRecap: [recap('20 %', `1${NBSP}300,00`, '250,00')],
      },
      { today: TODAY, recipient: off },
    );
    const fatal = report.issues.filter((issue) => issue.severity === 'fatal');
    expect(fatal.map((issue) => [issue.rule, where(issue)])).toContainEqual([
      'BR-CO-17',
      'vatRecap.vatAmount#0',
    ]);
    expect(fatal.find((issue) => issue.rule === 'BR-CO-17')?.message.fr).toContain('250.00');
    // The base differs from the line by 50.00: read as a charge, and said on the base.
    expect(where(report.issues.find((issue) => issue.rule === 'SAISIE-RECAP'))).toBe(
      'vatRecap.base#0',
    );
    // The totals follow the recap as the page computes them: no error on them.
    expect(report.issues.some((issue) => issue.rule === 'BR-CO-13')).toBe(false);

    const totals = checkPortalForm(withFields(form, { totalWithoutVat: v(`1${NBSP}200,00`) }), {
      today: TODAY,
      recipient: off,
    });
    expect(totals.issues.filter((issue) => issue.rule === 'BR-CO-13').map(where)).toEqual([
      'totalWithoutVat',
    ]);
  });

  it('puts a recipient obligation on its field, naming the recipient', () => {
    const report = checkPortalForm(
      withFields(simpleForm(), {
        recipientSiret: v(hospital.siret),
        recipientName: v(hospital.name),
        engagement: v(''),
      }),
      {
        today: TODAY,
        recipient: { status: 'found', name: hospital.name, siret: hospital.siret },
        obligations: hospital,
      },
    );
    const issue = report.issues.find((found) => found.rule === 'CHORUS-24');
    expect(where(issue)).toBe('engagement');
    expect(issue?.severity).toBe('fatal');
    expect(issue?.message.fr).toContain('CENTRE HOSPITALIER DES TROIS RIVIERES');
    expect(report.recipient).toEqual({
      status: 'found',
      name: hospital.name,
      siret: hospital.siret,
    });
  });

  it('says why the obligations were not checked: settings off, or the edge away', () => {
    const away = checkPortalForm(simpleForm(), {
      today: TODAY,
      recipient: {
        status: 'failed',
        message: { fr: 'Le service ne répond pas.', en: 'No answer.' },
      },
    });
    const notRun = away.issues.filter((issue) => issue.rule === 'CHORUS-28');
    expect(notRun).toHaveLength(1);
    expect(notRun[0]?.severity).toBe('info');
    expect(notRun[0]?.message.fr).toBe(
      'Obligations du destinataire (code service, numéro d’engagement) non vérifiées. Le service ne répond pas.',
    );
    const settingsOff = checkPortalForm(simpleForm(), { today: TODAY, recipient: off });
    expect(settingsOff.issues.find((issue) => issue.rule === 'CHORUS-28')?.message.en).toContain(
      'online checks are off',
    );
  });

  it('checks dates against the day it is given', () => {
    const future = withFields(simpleForm(), { invoiceDate: v('11/02/2026') });
    expect(
      checkPortalForm(future, { today: TODAY, recipient: off }).issues.map((issue) => issue.rule),
    ).toContain('CHORUS-06');
    expect(
      checkPortalForm(future, { today: '2026-02-11', recipient: off }).issues.map(
        (issue) => issue.rule,
      ),
    ).not.toContain('CHORUS-06');
  });

  it('orders fatal issues first, then as the page shows its fields, and counts them', () => {
    const report = checkPortalForm(
      withFields(simpleForm(), {
        invoiceNumber: v(''),
        recipientSiret: v(''),
        paymentMode: v(''),
      }),
      { today: TODAY, recipient: { status: 'no-siret' } },
    );
    const fatal = report.issues.filter((issue) => issue.severity === 'fatal');
    // The account chosen without a payment mode: BR-49 and CHORUS-11 both on « Mode de paiement ».
    expect(fatal.map(where)).toEqual([
      'recipientSiret',
      'invoiceNumber',
      'paymentMode',
      'paymentMode',
    ]);
    expect(report.counts.fatal).toBe(4);
    expect(report.counts.info).toBe(report.issues.filter((i) => i.severity === 'info').length);
  });
});

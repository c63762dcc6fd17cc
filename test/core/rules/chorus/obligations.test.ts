import { describe, expect, it } from 'vitest';
import { sampleInvoice } from '../../model/sample-invoice';
import {
  CHORUS_SAMPLE,
  chorusFindings,
  findingsOf,
  fixture,
  fullOptions,
  invoiceWith,
  recipient,
  TODAY,
  xmlFindings,
} from './helpers';

const withoutService = () => invoiceWith((i) => delete i['BT-10']);
const withoutEngagement = () => invoiceWith((i) => delete i['BT-13']);
const withoutBoth = () =>
  invoiceWith((i) => {
    delete i['BT-10'];
    delete i['BT-13'];
  });

describe('CHORUS-23 service code required', () => {
  const options = fullOptions({ recipient: recipient({ serviceCodeRequired: true }) });

  it('refuses a missing BT-10, naming the recipient and the portal field', () => {
    const [finding, ...more] = findingsOf('CHORUS-23', withoutService(), options);
    expect(more).toEqual([]);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain(
      'Le destinataire COMMUNE DU VAL-FLEURI (SIRET 212 600 126 00016) exige un code service',
    );
    expect(finding?.message.fr).toContain('« Code service » du bloc Destinataire');
    expect(finding?.message.en).toContain('Recipient COMMUNE DU VAL-FLEURI');
  });

  it('passes with BT-10, and without the flag', () => {
    expect(findingsOf('CHORUS-23', sampleInvoice(), options)).toEqual([]);
    expect(findingsOf('CHORUS-23', withoutService(), fullOptions())).toEqual([]);
  });
});

describe('CHORUS-24 engagement required', () => {
  const options = fullOptions({ recipient: recipient({ engagementRequired: true }) });

  it('refuses a missing BT-13 with the recipient and the field « Numéro de bon de commande / engagement »', () => {
    const [finding] = findingsOf('CHORUS-24', withoutEngagement(), options);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain(
      "Le destinataire COMMUNE DU VAL-FLEURI (SIRET 212 600 126 00016) exige un numéro d'engagement",
    );
    expect(finding?.message.fr).toContain(
      '« Numéro de bon de commande / engagement » du bloc Références',
    );
  });

  it('passes with BT-13, and without the flag', () => {
    expect(findingsOf('CHORUS-24', sampleInvoice(), options)).toEqual([]);
    expect(findingsOf('CHORUS-24', withoutEngagement(), fullOptions())).toEqual([]);
  });
});

describe('CHORUS-25 service code or engagement required', () => {
  const options = fullOptions({ recipient: recipient({ engagementOrServiceRequired: true }) });

  it('refuses an invoice with neither, naming both fields', () => {
    const [finding] = findingsOf('CHORUS-25', withoutBoth(), options);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« Code service » du bloc Destinataire');
    expect(finding?.message.fr).toContain(
      '« Numéro de bon de commande / engagement » du bloc Références',
    );
  });

  it('passes with either one', () => {
    expect(findingsOf('CHORUS-25', withoutService(), options)).toEqual([]);
    expect(findingsOf('CHORUS-25', withoutEngagement(), options)).toEqual([]);
  });

  it('is not repeated when a stricter flag already reports it', () => {
    const strict = fullOptions({
      recipient: recipient({ engagementOrServiceRequired: true, engagementRequired: true }),
    });
    expect(chorusFindings(withoutBoth(), strict).map((f) => f.rule)).toEqual([
      'CHORUS-24',
      'CHORUS-34',
    ]);
  });
});

describe('CHORUS-26 service requiring an engagement', () => {
  const options = (engagementRequired: boolean | null) =>
    fullOptions({
      recipient: recipient({
        services: [
          { code: 'SERV-TECH-01', engagementRequired },
          { code: 'ECOLES', engagementRequired: false },
        ],
      }),
    });

  it('refuses a missing BT-13 when the chosen service requires it', () => {
    const [finding] = findingsOf('CHORUS-26', withoutEngagement(), options(true));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain(
      'Le service « SERV-TECH-01 » du destinataire COMMUNE DU VAL-FLEURI',
    );
    expect(finding?.message.fr).toContain('« Numéro de bon de commande / engagement »');
  });

  it('passes when the service does not require it or does not say', () => {
    expect(findingsOf('CHORUS-26', withoutEngagement(), options(false))).toEqual([]);
    expect(findingsOf('CHORUS-26', withoutEngagement(), options(null))).toEqual([]);
    expect(findingsOf('CHORUS-26', sampleInvoice(), options(true))).toEqual([]);
  });
});

describe('CHORUS-27 service code known at the recipient', () => {
  const options = fullOptions({
    recipient: recipient({
      services: [
        { code: 'DIRFIN', engagementRequired: null },
        { code: 'ECOLES', engagementRequired: null },
      ],
    }),
  });

  it('refuses an unknown service code and lists the known ones', () => {
    const [finding] = findingsOf('CHORUS-27', sampleInvoice(), options);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« SERV-TECH-01 »');
    expect(finding?.message.fr).toContain('DIRFIN, ECOLES');
    expect(finding?.message.fr).toContain('« Code service » du bloc Destinataire');
  });

  it('passes a listed code, and runs only when services are listed', () => {
    const listed = invoiceWith((i) => (i['BT-10'] = 'ECOLES'));
    expect(findingsOf('CHORUS-27', listed, options)).toEqual([]);
    expect(findingsOf('CHORUS-27', sampleInvoice(), fullOptions())).toEqual([]);
  });
});

describe('CHORUS-28 recipient data missing', () => {
  it('says once, as info, that the obligations were not checked, naming the SIRET', () => {
    const found = chorusFindings(withoutBoth(), { today: TODAY });
    const notRun = found.filter((f) => f.rule === 'CHORUS-28');
    expect(notRun).toHaveLength(1);
    expect(notRun[0]?.severity).toBe('info');
    expect(notRun[0]?.message.fr).toContain('non vérifiées pour le SIRET 212 600 126 00016');
    expect(found.filter((f) => /CHORUS-2[3-7]/.test(f.rule))).toEqual([]);
  });

  it('is silent when the recipient data is given', () => {
    expect(findingsOf('CHORUS-28', sampleInvoice())).toEqual([]);
  });

  it('reports on an XML sample without options', async () => {
    const found = (await xmlFindings(fixture(CHORUS_SAMPLE))).filter((f) => f.rule === 'CHORUS-28');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
});

describe('CHORUS-18 market number', () => {
  it('says it could not check a missing market number when the recipient is known', () => {
    const noMarket = invoiceWith((i) => delete i['BT-12']);
    expect(findingsOf('CHORUS-18', noMarket).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf('CHORUS-18', sampleInvoice())).toEqual([]);
    expect(findingsOf('CHORUS-18', noMarket, { today: TODAY })).toEqual([]);
  });
});

describe('CHORUS-35 recipient data for another SIRET', () => {
  it('warns when the directory data is about another structure', () => {
    const other = fullOptions({
      recipient: recipient({ siret: '812 456 374 00022', name: 'AUTRE' }),
    });
    const [finding] = findingsOf('CHORUS-35', sampleInvoice(), other);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.fr).toContain('212 600 126 00016');
    expect(finding?.message.fr).toContain('AUTRE (SIRET 812 456 374 00022)');
  });

  it('passes the same SIRET written differently', () => {
    const same = fullOptions({ recipient: recipient({ siret: '212 600 126 00016' }) });
    expect(findingsOf('CHORUS-35', sampleInvoice(), same)).toEqual([]);
  });
});

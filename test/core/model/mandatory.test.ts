import { describe, expect, it } from 'vitest';
import {
  BUSINESS_TERMS,
  childrenOf,
  type Invoice,
  isMandatory,
  missingMandatoryTerms,
} from '../../../shared/model';
import { sampleInvoice } from './sample-invoice';

function missing(invoice: Invoice): string[] {
  return missingMandatoryTerms(invoice).map((entry) => `${entry.id} ${entry.pointer}`);
}

describe('missingMandatoryTerms', () => {
  it('finds nothing missing in a complete invoice', () => {
    expect(missingMandatoryTerms(sampleInvoice())).toEqual([]);
  });

  it('lists every mandatory top-level element of an empty document, descending 1..1 groups', () => {
    expect(missing({})).toEqual([
      'BT-1 /BT-1',
      'BT-2 /BT-2',
      'BT-3 /BT-3',
      'BT-5 /BT-5',
      'BG-2 /BG-2',
      'BT-24 /BG-2/BT-24',
      'BG-4 /BG-4',
      'BT-27 /BG-4/BT-27',
      'BG-5 /BG-4/BG-5',
      'BT-40 /BG-4/BG-5/BT-40',
      'BG-7 /BG-7',
      'BT-44 /BG-7/BT-44',
      'BG-8 /BG-7/BG-8',
      'BT-55 /BG-7/BG-8/BT-55',
      'BG-22 /BG-22',
      'BT-106 /BG-22/BT-106',
      'BT-109 /BG-22/BT-109',
      'BT-112 /BG-22/BT-112',
      'BT-115 /BG-22/BT-115',
      'BG-23 /BG-23',
      'BG-25 /BG-25',
    ]);
  });

  it('lists exactly the 1..1 root terms the catalogue declares', () => {
    const rootTerms = childrenOf('root').filter(
      (element) => element.kind === 'term' && isMandatory(element.cardinality),
    );
    const reported = missingMandatoryTerms({}).filter(
      (entry) => entry.id.startsWith('BT-') && entry.pointer.split('/').length === 2,
    );
    expect(reported.map((entry) => entry.id)).toEqual(rootTerms.map((term) => term.id));
  });

  it('requires the content of an optional group only when the group is present', () => {
    const invoice = sampleInvoice();
    expect(missing(invoice)).not.toContain('BT-59 /BG-10/BT-59');
    invoice['BG-10'] = { 'BT-60': { id: '81245637400022', scheme: '0009' } };
    expect(missing(invoice)).toEqual(['BT-59 /BG-10/BT-59']);
  });

  it('descends into a present optional group to its mandatory sub-group', () => {
    const invoice = sampleInvoice();
    invoice['BG-11'] = { 'BT-62': 'Représentant' };
    expect(missing(invoice)).toEqual([
      'BT-63 /BG-11/BT-63',
      'BG-12 /BG-11/BG-12',
      'BT-69 /BG-11/BG-12/BT-69',
    ]);
  });

  it('checks each occurrence of a repeated group', () => {
    const invoice = sampleInvoice();
    invoice['BG-1'] = [{ 'BT-22': 'ok' }, { 'BT-21': 'PMD' }];
    const lines = invoice['BG-25'] ?? [];
    const second = lines[1];
    if (!second) throw new Error('sample has two lines');
    delete second['BT-129'];
    second['BG-29'] = {};
    expect(missing(invoice)).toEqual([
      'BT-22 /BG-1/1/BT-22',
      'BT-129 /BG-25/1/BT-129',
      'BT-146 /BG-25/1/BG-29/BT-146',
    ]);
  });

  it('lists an empty mandatory repeated group once', () => {
    const invoice = sampleInvoice();
    invoice['BG-25'] = [];
    expect(missing(invoice)).toEqual(['BG-25 /BG-25']);
  });

  it('requires the scheme of electronic addresses and item identifiers, per occurrence', () => {
    const invoice = sampleInvoice();
    invoice['BG-7'] = { ...invoice['BG-7'], 'BT-49': { id: '212600126' } };
    const line = invoice['BG-25']?.[1];
    if (!line?.['BG-31']) throw new Error('sample line has item information');
    line['BG-31']['BT-158'] = [{ id: '49019900', scheme: 'HS' }, { id: '1234' }];
    line['BG-31']['BT-157'] = { id: '3012345678901' };
    expect(missing(invoice)).toEqual([
      'BT-49-1 /BG-7/BT-49/scheme',
      'BT-157-1 /BG-25/1/BG-31/BT-157/scheme',
      'BT-158-1 /BG-25/1/BG-31/BT-158/1/scheme',
    ]);
  });

  it('does not require optional schemes', () => {
    const invoice = sampleInvoice();
    invoice['BG-4'] = { ...invoice['BG-4'], 'BT-29': [{ id: '81245637400022' }] };
    expect(missing(invoice)).toEqual([]);
  });

  it('requires the mime code and file name of an attachment', () => {
    const invoice = sampleInvoice();
    invoice['BG-24'] = [{ 'BT-122': 'BL-17', 'BT-125': { content: 'JVBERi0=' } }];
    expect(missing(invoice)).toEqual([
      'BT-125-1 /BG-24/0/BT-125/mimeCode',
      'BT-125-2 /BG-24/0/BT-125/filename',
    ]);
  });

  it('reports each mandatory term of the catalogue when its group is present but empty', () => {
    const mandatoryTerms = BUSINESS_TERMS.filter((term) => isMandatory(term.cardinality));
    const everyGroupEmpty: Invoice = {
      'BG-1': [{}],
      'BG-2': {},
      'BG-3': [{}],
      'BG-4': { 'BG-5': {}, 'BG-6': {} },
      'BG-7': { 'BG-8': {}, 'BG-9': {} },
      'BG-10': {},
      'BG-11': { 'BG-12': {} },
      'BG-13': { 'BG-14': {}, 'BG-15': {} },
      'BG-16': { 'BG-17': [{}], 'BG-18': {}, 'BG-19': {} },
      'BG-20': [{}],
      'BG-21': [{}],
      'BG-22': {},
      'BG-23': [{}],
      'BG-24': [{}],
      'BG-25': [
        {
          'BG-26': {},
          'BG-27': [{}],
          'BG-28': [{}],
          'BG-29': {},
          'BG-30': {},
          'BG-31': { 'BG-32': [{}] },
        },
      ],
    };
    const reported = missingMandatoryTerms(everyGroupEmpty).map((entry) => entry.id);
    expect(reported).toEqual(mandatoryTerms.map((term) => term.id));
  });
});

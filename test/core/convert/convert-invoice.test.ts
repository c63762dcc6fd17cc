import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  type ConversionFailure,
  type Converted,
  convertInvoice,
  type Failed,
  readSource,
  type SourceInvoice,
  TARGET_FORMATS,
  takesProfile,
} from '../../../shared/convert';
import { sampleInvoice } from '../model/sample-invoice';
import {
  EXTENDED_PDF,
  facturxOf,
  fixture,
  MINIMUM_PDF,
  modelOfXml,
  PLAIN_PDF,
  UBL,
} from './support';

async function read(path: string): Promise<SourceInvoice> {
  const source = await readSource(fixture(path));
  if (!source.ok) throw new Error(source.failure.message.en);
  return source;
}

function converted(result: Converted | Failed): Converted {
  if (!result.ok) throw new Error(result.failure.message.en);
  return result;
}

function failureOf(result: Converted | Failed): ConversionFailure {
  if (result.ok) throw new Error('converted, a failure was expected');
  return result.failure;
}

const MINIMUM_ID = 'urn:factur-x.eu:1p0:minimum';

describe('convertInvoice: Factur-X profiles', () => {
  it('writes the profile the invoice names when none is asked for', async () => {
    const minimum = await read(MINIMUM_PDF);
    expect(minimum.invoice['BG-2']?.['BT-24']).toBe(MINIMUM_ID);
    for (const to of ['cii', 'facturx'] as const) {
      expect(converted(await convertInvoice(minimum, { to })).profile).toBe('minimum');
    }
  });

  it('writes EN 16931 into a Factur-X PDF when the invoice names no Factur-X profile', async () => {
    const invoice = sampleInvoice();
    const peppol = {
      ...invoice,
      'BG-2': {
        ...invoice['BG-2'],
        'BT-24': 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      },
    };
    const pdf = converted(await convertInvoice({ invoice: peppol }, { to: 'facturx' }));
    expect(pdf.profile).toBe('en16931');
    // Plain CII says no profile it was not asked for.
    expect(converted(await convertInvoice({ invoice: peppol }, { to: 'cii' })).profile).toBe(
      undefined,
    );
  });

  it('writes the profile asked for, and lists what it leaves out', async () => {
    const extended = await read(EXTENDED_PDF);
    const result = converted(await convertInvoice(extended, { to: 'facturx', profile: 'minimum' }));
    expect(result.profile).toBe('minimum');
    expect(result.dropped.some((term) => term.reason === 'profile')).toBe(true);
    expect(result.dropped.every((term) => term.message.fr.length > 0)).toBe(true);
    const xml = (await facturxOf(result.bytes)).xml;
    expect(modelOfXml(xml)['BG-2']?.['BT-24']).toBe(MINIMUM_ID);
  });

  it('refuses a profile for a target that has none, as a request failure', async () => {
    const ubl = await read(UBL);
    for (const to of TARGET_FORMATS) {
      const result = await convertInvoice(ubl, { to, profile: 'basic' });
      if (takesProfile(to)) expect(result.ok).toBe(true);
      else
        expect(failureOf(result)).toMatchObject({
          stage: 'request',
          code: 'profile-not-applicable',
        });
    }
  });
});

describe('convertInvoice: the PDF it writes', () => {
  it('dates the PDF as asked, and names the seller as its author on an attached PDF', async () => {
    const plain = await read(PLAIN_PDF);
    expect(plain.invoice['BG-4']?.['BT-27']).toBeTruthy();
    const date = new Date('2031-02-03T04:05:06Z');
    const result = converted(await convertInvoice(plain, { to: 'facturx', date }));
    const document = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(document.getModificationDate()?.toISOString()).toBe(date.toISOString());
    expect(document.getAuthor()).toBe(plain.invoice['BG-4']?.['BT-27']);
  }, 30_000);

  it('fails at the write stage with the writer’s code when the PDF given cannot be opened', async () => {
    const source = { invoice: sampleInvoice(), pdf: new TextEncoder().encode('not a PDF') };
    const failure = failureOf(await convertInvoice(source, { to: 'facturx' }));
    expect(failure).toMatchObject({ stage: 'write', code: 'pdf-not-pdf' });
    expect(failure.message.fr.length).toBeGreaterThan(0);
  });

  it('keeps to its PDF bounds', async () => {
    const plain = await read(PLAIN_PDF);
    const failure = failureOf(
      await convertInvoice(plain, { to: 'facturx', pdfLimits: { maxBytes: 1000 } }),
    );
    expect(failure).toMatchObject({ stage: 'write', code: 'pdf-too-large' });
  }, 30_000);
});

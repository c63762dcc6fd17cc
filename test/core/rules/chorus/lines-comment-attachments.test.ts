import { describe, expect, it } from 'vitest';
import { extensionOf, isAllowedExtension } from '../../../../shared/chorus/attachment-extensions';
import { base64DecodedSize } from '../../../../shared/chorus/attachment-size';
import type { SupportingDocument } from '../../../../shared/model';
import { sampleInvoice } from '../../model/sample-invoice';
import {
  CHORUS_SAMPLE,
  findingsOf,
  fixture,
  fullOptions,
  invoiceWith,
  replaceOnce,
  xmlFindings,
} from './helpers';

describe('CHORUS-14 gross price without price discount', () => {
  it('refuses a gross price alone, accepts it with a discount of 0', () => {
    const grossOnly = invoiceWith((i) => {
      const line = i['BG-25']?.[1];
      if (line) line['BG-29'] = { 'BT-146': '42.50', 'BT-148': '42.50' };
    });
    const [finding, ...more] = findingsOf('CHORUS-14', grossOnly);
    expect(more).toEqual([]);
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('Ligne 2');
    expect(finding?.message.fr).toContain('« Remise HT » (ligne 2) du bloc Lignes de poste');
    const withDiscount = invoiceWith((i) => {
      const line = i['BG-25']?.[1];
      if (line) line['BG-29'] = { 'BT-146': '42.50', 'BT-147': '0', 'BT-148': '42.50' };
    });
    expect(findingsOf('CHORUS-14', withDiscount)).toEqual([]);
  });

  it('finds it in an FNFE sample (credit note line 2: gross price, no discount)', async () => {
    const found = await xmlFindings(fixture('facturx/EN16931/Avoir_FR_type381_EN16931.xml'));
    const lines = found.filter((f) => f.rule === 'CHORUS-14');
    expect(lines.map((f) => f.message.fr.slice(0, 8))).toEqual(['Ligne 2 ']);
    expect(lines[0]?.location?.line).toBeGreaterThan(0);
  });
});

describe('CHORUS-16 comment length', () => {
  const note = (text: string) =>
    invoiceWith((i) => {
      i['BG-1'] = [...(i['BG-1'] ?? []), { 'BT-22': text }];
    });

  it('refuses a portal comment over 200 characters (fatal), accepts 200', () => {
    expect(findingsOf('CHORUS-16', note('c'.repeat(200)))).toEqual([]);
    const [finding] = findingsOf('CHORUS-16', note('c'.repeat(201)));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('201 caractères');
    expect(finding?.message.fr).toContain('« Commentaire » du bloc Commentaire');
  });

  it('leaves out notes with a subject code (legal mentions)', () => {
    const mentions = invoiceWith((i) => {
      i['BG-1'] = [{ 'BT-21': 'AAB', 'BT-22': 'm'.repeat(300) }];
    });
    expect(findingsOf('CHORUS-16', mentions)).toEqual([]);
  });

  it('only warns in an XML flow', async () => {
    const xml = replaceOnce(
      fixture(CHORUS_SAMPLE),
      '</ram:IssueDateTime>',
      `</ram:IssueDateTime><ram:IncludedNote><ram:Content>${'x'.repeat(250)}</ram:Content></ram:IncludedNote>`,
    );
    const found = (await xmlFindings(xml)).filter((f) => f.rule === 'CHORUS-16');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});

const contents = new Map<number, string>();
/** Base64 of `bytes` zero bytes; one string per size, shared between attachments. */
function zeros(bytes: number): string {
  let content = contents.get(bytes);
  if (content === undefined) {
    const rest = bytes % 3;
    content =
      'A'.repeat(Math.floor(bytes / 3) * 4) + (rest === 0 ? '' : rest === 1 ? 'AA==' : 'AAA=');
    contents.set(bytes, content);
  }
  return content;
}

/** A supporting document with an attached file of `bytes` bytes. */
function attachment(filename: string | undefined, bytes: number | undefined): SupportingDocument {
  const file: NonNullable<SupportingDocument['BT-125']> = { mimeCode: 'application/pdf' };
  return {
    'BT-122': 'PJ-1',
    'BT-125': {
      ...file,
      ...(filename === undefined ? {} : { filename }),
      ...(bytes === undefined ? {} : { content: zeros(bytes) }),
    },
  };
}

function withAttachments(...documents: SupportingDocument[]) {
  return invoiceWith((i) => {
    i['BG-24'] = documents;
  });
}

describe('CHORUS-19 attachment file names', () => {
  it('accepts 50 characters with the extension, refuses 51 and a name without extension', () => {
    const fifty = `${'n'.repeat(46)}.pdf`;
    expect(findingsOf('CHORUS-19', withAttachments(attachment(fifty, 3)))).toEqual([]);
    const [long] = findingsOf('CHORUS-19', withAttachments(attachment(`n${fifty}`, 3)));
    expect(long?.severity).toBe('fatal');
    expect(long?.message.fr).toContain('51 caractères');
    expect(long?.message.fr).toContain('« Fichier » du bloc Pièces jointes');
    const [bare] = findingsOf('CHORUS-19', withAttachments(attachment('bon-de-livraison', 3)));
    expect(bare?.message.fr).toContain("n'a pas d'extension");
    const [unnamed] = findingsOf('CHORUS-19', withAttachments(attachment(undefined, 3)));
    expect(unnamed?.message.fr).toContain('pas de nom de fichier');
  });
});

describe('CHORUS-20 attachment formats', () => {
  it('refuses .exe, accepts .pdf and .Xlsx whatever the case', () => {
    const [finding] = findingsOf('CHORUS-20', withAttachments(attachment('outil.exe', 3)));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('« .EXE »');
    expect(
      findingsOf('CHORUS-20', withAttachments(attachment('a.pdf', 3), attachment('b.Xlsx', 3))),
    ).toEqual([]);
  });

  it('reads extensions as the portal does', () => {
    expect(extensionOf('facture.Pdf')).toBe('.PDF');
    expect(extensionOf('.pdf')).toBeUndefined();
    expect(extensionOf('facture.')).toBeUndefined();
    expect(isAllowedExtension('.p7s')).toBe(true);
    expect(isAllowedExtension('.EXE')).toBe(false);
  });
});

describe('CHORUS-21 attachment size', () => {
  const MiB = 1024 * 1024;

  it('refuses 10 MiB and an empty file, accepts just under 10 MiB', () => {
    expect(findingsOf('CHORUS-21', withAttachments(attachment('a.pdf', 10 * MiB - 2)))).toEqual([]);
    const [big] = findingsOf('CHORUS-21', withAttachments(attachment('a.pdf', 10 * MiB + 1)));
    expect(big?.severity).toBe('fatal');
    expect(big?.message.fr).toContain('pèse 10,0 Mo');
    expect(big?.message.en).toContain('is 10.0 MB');
    const [empty] = findingsOf('CHORUS-21', withAttachments(attachment('a.pdf', 0)));
    expect(empty?.message.fr).toContain('vide');
  });

  it('says it could not check a file whose content the model does not hold', () => {
    const [finding] = findingsOf('CHORUS-21', withAttachments(attachment('a.pdf', undefined)));
    expect(finding?.severity).toBe('info');
  });

  it('counts an empty embedded file in XML as empty', async () => {
    const xml = replaceOnce(
      fixture(CHORUS_SAMPLE),
      '</ram:BuyerTradeParty>',
      '</ram:BuyerTradeParty><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>PJ1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode="application/pdf" filename="pj.pdf"></ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>',
    );
    const found = (await xmlFindings(xml)).filter((f) => f.rule === 'CHORUS-21');
    expect(found.map((f) => f.severity)).toEqual(['fatal']);
  });

  it('measures base64 without decoding', () => {
    expect(base64DecodedSize('')).toBe(0);
    expect(base64DecodedSize('QQ==')).toBe(1);
    expect(base64DecodedSize('QUI=')).toBe(2);
    expect(base64DecodedSize('QUJD')).toBe(3);
    expect(base64DecodedSize('QUJD\nREVG')).toBe(6);
    expect(base64DecodedSize('QQ=\n=')).toBe(1);
    expect(base64DecodedSize(' QUJD\r\n\tREVH ')).toBe(6);
    expect(base64DecodedSize(btoa('x'.repeat(1000)))).toBe(1000);
  });

  it('gives the decoded length of wrapped base64, white space anywhere, padding or not', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let size = 0; size < 200; size++) {
      const bytes = String.fromCharCode(...Array.from({ length: size }, () => next(256)));
      let text = '';
      for (const char of btoa(bytes)) text += ['', '', '', '\n', '\r\n', ' ', '\t'][next(7)] + char;
      text += ['', '\n', ' \n'][next(3)];
      expect(base64DecodedSize(text), JSON.stringify(text)).toBe(
        atob(text.replace(/\s/g, '')).length,
      );
      expect(base64DecodedSize(text.replace(/=+/, ''))).toBe(size);
    }
  });
});

describe('CHORUS-22 total size of the deposit', () => {
  const MiB = 1024 * 1024;
  it('refuses attachments over 120 MiB together, accepts 120 MiB', () => {
    const files = (count: number, size: number) =>
      Array.from({ length: count }, (_, n) => attachment(`pj${n}.pdf`, size));
    expect(findingsOf('CHORUS-22', withAttachments(...files(12, 10 * MiB - 1)))).toEqual([]);
    const [finding] = findingsOf('CHORUS-22', withAttachments(...files(13, 10 * MiB - 1)));
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('130,0 Mo');
    expect(findingsOf('CHORUS-22', sampleInvoice(), fullOptions())).toEqual([]);
  });
});

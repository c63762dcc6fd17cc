/**
 * Writes the XMP packet of a Factur-X PDF: PDF/A identification, the document information
 * mirrored as PDF/A requires (ISO 19005-3 §6.6.3: Info and XMP shall agree), the Factur-X
 * properties and the PDF/A extension schema that declares them. The property names, value types
 * and categories are those Factur-X 1.0 publishes; the descriptions are ours.
 */
import { FACTURX_SCHEMA, type InvoiceXmpSchema, XMP_NS } from './xmp-schemas';

export interface XmpFields {
  readonly pdfaPart: 3;
  readonly pdfaConformance: 'A' | 'B' | 'U';
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  readonly creatorTool?: string;
  readonly producer?: string;
  readonly createDate?: Date;
  readonly modifyDate?: Date;
  readonly documentId?: string;
  readonly facturx: {
    readonly schema?: InvoiceXmpSchema;
    readonly documentType: string;
    readonly documentFileName: string;
    readonly version: string;
    readonly conformanceLevel: string;
  };
}

/** The packet's fixed id (XMP specification part 1, §7.3.2). */
const PACKET_ID = 'W5M0MpCehiHzreSzNTczkc9d';

const PROPERTY_DESCRIPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['DocumentFileName', 'Name of the embedded invoice XML file'],
  ['DocumentType', 'Type of the hybrid document: INVOICE'],
  ['Version', 'Version of the Factur-X XML schema of the embedded file'],
  ['ConformanceLevel', 'Factur-X profile of the embedded XML data'],
];

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** ISO 8601 in UTC, to the second: the precision of a PDF date, so Info and XMP stay equal. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function description(namespaces: Record<string, string>, body: string[]): string {
  const declarations = Object.entries(namespaces)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return `  <rdf:Description rdf:about=""${declarations}>\n${body.map((line) => `   ${line}\n`).join('')}  </rdf:Description>\n`;
}

function alt(text: string): string {
  return `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
}

export function buildXmpPacket(fields: XmpFields): string {
  const schema = fields.facturx.schema ?? FACTURX_SCHEMA;
  const dc = ['<dc:format>application/pdf</dc:format>'];
  if (fields.title !== undefined) dc.push(`<dc:title>${alt(fields.title)}</dc:title>`);
  if (fields.author !== undefined) {
    dc.push(
      `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    );
  }
  if (fields.subject !== undefined)
    dc.push(`<dc:description>${alt(fields.subject)}</dc:description>`);

  const xmp: string[] = [];
  if (fields.creatorTool !== undefined) {
    xmp.push(`<xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>`);
  }
  if (fields.createDate) xmp.push(`<xmp:CreateDate>${xmpDate(fields.createDate)}</xmp:CreateDate>`);
  if (fields.modifyDate) {
    xmp.push(`<xmp:ModifyDate>${xmpDate(fields.modifyDate)}</xmp:ModifyDate>`);
    xmp.push(`<xmp:MetadataDate>${xmpDate(fields.modifyDate)}</xmp:MetadataDate>`);
  }

  const pdf: string[] = [];
  if (fields.producer !== undefined)
    pdf.push(`<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`);
  if (fields.keywords !== undefined)
    pdf.push(`<pdf:Keywords>${escapeXml(fields.keywords)}</pdf:Keywords>`);

  const properties = PROPERTY_DESCRIPTIONS.map(
    ([name, text]) =>
      `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${text}</pdfaProperty:description></rdf:li>`,
  ).join('');
  const { facturx } = fields;
  const p = schema.prefix;

  return [
    `<?xpacket begin="\uFEFF" id="${PACKET_ID}"?>\n`,
    `<x:xmpmeta xmlns:x="${XMP_NS.x}">\n`,
    ` <rdf:RDF xmlns:rdf="${XMP_NS.rdf}">\n`,
    description({ pdfaid: XMP_NS.pdfaid }, [
      `<pdfaid:part>${fields.pdfaPart}</pdfaid:part>`,
      `<pdfaid:conformance>${fields.pdfaConformance}</pdfaid:conformance>`,
    ]),
    description({ dc: XMP_NS.dc }, dc),
    xmp.length > 0 ? description({ xmp: XMP_NS.xmp }, xmp) : '',
    pdf.length > 0 ? description({ pdf: XMP_NS.pdf }, pdf) : '',
    fields.documentId !== undefined
      ? description({ xmpMM: XMP_NS.xmpMM }, [
          `<xmpMM:DocumentID>${escapeXml(fields.documentId)}</xmpMM:DocumentID>`,
        ])
      : '',
    description(
      {
        pdfaExtension: XMP_NS.pdfaExtension,
        pdfaSchema: XMP_NS.pdfaSchema,
        pdfaProperty: XMP_NS.pdfaProperty,
      },
      [
        `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource"><pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema><pdfaSchema:namespaceURI>${schema.namespace}</pdfaSchema:namespaceURI><pdfaSchema:prefix>${p}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${properties}</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>`,
      ],
    ),
    description({ [p]: schema.namespace }, [
      `<${p}:DocumentType>${escapeXml(facturx.documentType)}</${p}:DocumentType>`,
      `<${p}:DocumentFileName>${escapeXml(facturx.documentFileName)}</${p}:DocumentFileName>`,
      `<${p}:Version>${escapeXml(facturx.version)}</${p}:Version>`,
      `<${p}:ConformanceLevel>${escapeXml(facturx.conformanceLevel)}</${p}:ConformanceLevel>`,
    ]),
    ' </rdf:RDF>\n',
    '</x:xmpmeta>\n',
    '<?xpacket end="w"?>',
  ].join('');
}

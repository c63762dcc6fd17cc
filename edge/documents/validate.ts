/**
 * /v1/validate without HTTP: the document through validateDocument, with the Worker's XSD
 * validator and limits. A document that could not be read at all is a problem (413/422), not a
 * report whose only finding says so; everything read is a report, whatever its verdict.
 */
import type { RuleLayer } from '../../shared/rules/engine';
import type { ValidationReport } from '../../shared/rules/report';
import type { RuleOptions } from '../../shared/rules/rule';
import { type DocumentFormat, validateDocument } from '../../shared/rules/validate-document';
import { ProblemError } from '../http/problem';
import { xsdValidator } from '../xsd/validator';
import type { DocumentLimits } from './limits';
import { isXmlErrorCode, xmlProblem } from './problems';

export interface ValidationRequest {
  readonly bytes: Uint8Array;
  readonly format: DocumentFormat;
  readonly rules: readonly RuleLayer[];
  readonly xsd: boolean;
  readonly ruleOptions: RuleOptions;
  readonly limits: DocumentLimits;
}

/** The pdf finding of a PDF the reader could not open (damaged, too complex, attachment unreadable). */
const UNREADABLE_PDF_RULE = 'PDF-04';

export async function validateBody(
  request: ValidationRequest,
): Promise<ValidationReport & { readonly format: DocumentFormat }> {
  const { bytes, format, limits } = request;
  if (format === 'pdf' && bytes.byteLength > limits.maxBytes) {
    throw new ProblemError(
      'payload-too-large',
      {
        fr: `Le PDF dépasse la limite de ${limits.maxBytes} octets : il n'est pas lu.`,
        en: `The PDF exceeds the limit of ${limits.maxBytes} bytes: it is not read.`,
      },
      { reason: 'pdf-too-large' },
    );
  }
  const report = await validateDocument(bytes, {
    rules: request.rules,
    ...(request.xsd ? { xsd: xsdValidator } : {}),
    ruleOptions: request.ruleOptions,
    xmlLimits: limits.xml,
    pdfLimits: limits.pdf,
  });
  throwIfUnread(report);
  return report;
}

function throwIfUnread(report: ValidationReport & { readonly format: DocumentFormat }): void {
  for (const finding of report.findings) {
    if (finding.layer === 'xml' && isXmlErrorCode(finding.rule)) {
      throw xmlProblem(finding.rule, finding.message, report.format === 'pdf');
    }
    if (finding.layer === 'pdf' && finding.rule === UNREADABLE_PDF_RULE && !report.document) {
      throw new ProblemError('document-unreadable', finding.message, { reason: 'pdf-unreadable' });
    }
  }
}

/**
 * /v1/validate without HTTP: the document through validateDocument, with the Worker's XSD
 * validator and limits. A document that could not be read at all is a problem (413/422), not a
 * report whose only finding says so; everything read is a report, whatever its verdict.
 */
import { inEmbeddedXml } from '../../shared/convert/failure';
import type { Invoice } from '../../shared/model';
import type { RuleLayer, ValidateOptions } from '../../shared/rules/engine';
import type { RuleOptions } from '../../shared/rules/rule';
import {
  type DocumentFormat,
  type DocumentReport,
  validateDocumentRun,
} from '../../shared/rules/validate-document';
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
  /** Rule options found from the invoice once read (the recipient looked up from its BT-47). */
  readonly ruleOptionsFor?: ValidateOptions['ruleOptionsFor'];
  readonly limits: DocumentLimits;
}

/** The report, and the model the validation read: the route needs it for no second reading. */
export interface ValidatedBody {
  readonly report: DocumentReport;
  readonly invoice?: Invoice;
}

/** The pdf finding of a PDF the reader could not open (damaged, too complex, attachment unreadable). */
const UNREADABLE_PDF_RULE = 'PDF-04';

export async function validateBody(request: ValidationRequest): Promise<ValidatedBody> {
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
  const run = await validateDocumentRun(bytes, {
    rules: request.rules,
    ...(request.xsd ? { xsd: xsdValidator } : {}),
    ruleOptions: request.ruleOptions,
    ...(request.ruleOptionsFor ? { ruleOptionsFor: request.ruleOptionsFor } : {}),
    xmlLimits: limits.xml,
    pdfLimits: limits.pdf,
  });
  throwIfUnread(run.report);
  return run;
}

function throwIfUnread(report: DocumentReport): void {
  for (const finding of report.findings) {
    if (finding.layer === 'xml' && isXmlErrorCode(finding.rule)) {
      const message = report.format === 'pdf' ? inEmbeddedXml(finding.message) : finding.message;
      throw xmlProblem(finding.rule, message);
    }
    if (finding.layer === 'pdf' && finding.rule === UNREADABLE_PDF_RULE && !report.document) {
      throw new ProblemError('document-unreadable', finding.message, { reason: 'pdf-unreadable' });
    }
  }
}

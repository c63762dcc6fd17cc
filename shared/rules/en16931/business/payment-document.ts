/**
 * BR-49, BR-50 and BR-61 as both schematrons test them: per payment means element (UBL
 * `cac:PaymentMeans`, CII `ram:SpecifiedTradeSettlementPaymentMeans`) and per account in it. The
 * model keeps one payment instruction (BG-16) with the accounts of every means, so a document
 * with several means, or with a payment reference but no means, is read here from the document.
 */
import { NS } from '../../../syntax/namespaces';
import { children, normalizeSpace, select, type XmlElement } from '../../../xml';
import type { RuleContext, Violation } from '../../rule';

const CII_MEANS =
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans';

/** UNTDID 4461 codes of credit transfers: 30 credit transfer, 58 SEPA credit transfer. */
const CREDIT_TRANSFER = ['30', '58'];

interface Means {
  readonly element: XmlElement;
  /** The code elements' texts, as written. */
  readonly codes: readonly string[];
  /** The accounts, each with the texts of its identifiers (UBL `cbc:ID`, CII IBAN or other). */
  readonly accounts: readonly { readonly element: XmlElement; readonly ids: readonly string[] }[];
}

const MEMO_KEY = 'business:payment-means';

/**
 * The payment means of the document, or undefined for a model that did not come from XML. Read
 * once per document for BR-49, BR-50 and BR-61 (UBL looks for them among the root's children,
 * every line included).
 */
export function paymentMeansOf(c: RuleContext): readonly Means[] | undefined {
  const xml = c.xml;
  if (xml === undefined) return undefined;
  const cached = c.memo.get(MEMO_KEY) as readonly Means[] | undefined;
  if (cached !== undefined) return cached;
  const means = readPaymentMeans(xml.document.root, xml.syntax);
  c.memo.set(MEMO_KEY, means);
  return means;
}

function readPaymentMeans(root: XmlElement, syntax: 'ubl' | 'cii'): readonly Means[] {
  if (syntax === 'ubl') {
    return children(root, NS.cac, 'PaymentMeans').map((element) => ({
      element,
      codes: children(element, NS.cbc, 'PaymentMeansCode').map((code) => code.text),
      accounts: children(element, NS.cac, 'PayeeFinancialAccount').map((account) => ({
        element: account,
        ids: children(account, NS.cbc, 'ID').map((id) => id.text),
      })),
    }));
  }
  return select(root, CII_MEANS).map((element) => ({
    element,
    codes: children(element, NS.ram, 'TypeCode').map((code) => code.text),
    accounts: children(element, NS.ram, 'PayeePartyCreditorFinancialAccount').map((account) => ({
      element: account,
      ids: [
        ...children(account, NS.ram, 'IBANID'),
        ...children(account, NS.ram, 'ProprietaryID'),
      ].map((id) => id.text),
    })),
  }));
}

/** `[code = '30' or code = '58']`: a code element written exactly so. */
function writtenAsCreditTransfer(means: Means): boolean {
  return means.codes.some((code) => CREDIT_TRANSFER.includes(code));
}

/** BR-49: each payment means has its code element (blank or not). */
export function meansWithoutCode(means: readonly Means[]): Violation[] {
  return means.filter((m) => m.codes.length === 0).map((m) => ({ node: m.element }));
}

/** BR-50: each account of a credit transfer has a filled identifier. */
export function accountsWithoutFilledId(means: readonly Means[]): Violation[] {
  return means
    .filter(writtenAsCreditTransfer)
    .flatMap((m) => m.accounts)
    .filter((account) => !account.ids.some((id) => normalizeSpace(id) !== ''))
    .map((account) => ({ node: account.element }));
}

/**
 * BR-61. UBL: a means whose code, space-normalised, is 30 or 58 has an account identifier
 * element. CII: each account of a means written 30 or 58 has an identifier element.
 */
export function creditTransfersWithoutAccount(
  means: readonly Means[],
  syntax: 'ubl' | 'cii',
): Violation[] {
  if (syntax === 'cii') {
    return means
      .filter(writtenAsCreditTransfer)
      .flatMap((m) => m.accounts)
      .filter((account) => account.ids.length === 0)
      .map((account) => ({ node: account.element }));
  }
  return means
    .filter((m) => m.codes.some((code) => CREDIT_TRANSFER.includes(normalizeSpace(code))))
    .filter((m) => !m.accounts.some((account) => account.ids.length > 0))
    .map((m) => ({ node: m.element }));
}

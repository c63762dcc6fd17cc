/**
 * What the BR-FR rules look at, in one shape for every source. The official schematrons exist in
 * two versions (CII, UBL) whose XPaths differ and which read details the EN 16931 model does not
 * keep: raw lexical forms (BR-FR-02, -03, -16, DEC), repeated elements (CO-10), parties outside
 * the norm (payer, agents, invoicee, invoicer, line ship-to), the French extension terms
 * (EXT-FR-FE-…) and the UBL `#CODE#` notes. Each adapter (cii.ts, ubl.ts, model.ts) reads its
 * source once and fills these facts with the semantics of its official file; the rules are then
 * written once for all sources.
 *
 * Texts are XPath string values: untrimmed, as written (line ends normalised by XML). A rule
 * trims where the official test does (`normalize-space`).
 */
import type { Violation } from '../../rule';

/** Where a finding points: an XML node, or a model pointer when the source is a model. */
export type Place = Pick<Violation, 'at' | 'node'>;

/** One occurrence of a value in the source. */
export interface Value {
  readonly text: string;
  readonly place: Place;
}

/** An identifier with its scheme attribute (`undefined` when the attribute is absent). */
export interface SchemedValue extends Value {
  readonly scheme: string | undefined;
}

/**
 * `cii` and `ubl`: read from the XML with that file's semantics. `model`: read from the EN 16931
 * model (a JSON document, the portal form…), with the CII semantics, which is the reference.
 */
export type FactsSource = 'cii' | 'ubl' | 'model';

/** A value some BR-FR check runs on, with the id of that check in the CII file (see assert-ids.ts). */
export interface CheckedValue {
  readonly check: string;
  /** The business term, for messages (e.g. `BT-92` for an allowance, `BT-99` for a charge). */
  readonly term: string;
  readonly value: Value;
}

export interface NotesFacts {
  /** Context of the note checks (CII `rsm:ExchangedDocument`); absent: those checks do not run. */
  readonly place: Place | undefined;
  /**
   * Notes per subject code: CII notes with that `ram:SubjectCode`; UBL occurrences of `#CODE#` in
   * the concatenation of every `cbc:Note`.
   */
  readonly subjectCounts: ReadonlyMap<string, number>;
  /** BAR treatments to check against the list (BR-FR-20); `value` undefined: no text. */
  readonly barTreatments: readonly { readonly value: Value | undefined; readonly place: Place }[];
  /** The BAR treatment is B2B (BR-FR-11, -21, -22). */
  readonly isB2B: boolean;
  /** How many valid BAR treatments the document gives (BR-FR-31). */
  readonly barTreatmentCount: number;
  /** A TXD note says MEMBRE_ASSUJETTI_UNIQUE (BR-FR-CO-14). */
  readonly hasSingleVatGroupMention: boolean;
}

/** A reference to a preceding invoice (BG-3 at header level, EXT-FR-FE-136…138 on a line). */
export interface PrecedingReference {
  readonly place: Place;
  readonly numbers: readonly Value[];
  readonly dates: readonly Value[];
  readonly typeCodes: readonly Value[];
}

/** Parties whose identifiers BR-FR-09 and CO-10 check. */
export type PartyRole =
  | 'seller'
  | 'buyer'
  | 'payee'
  | 'buyerAgent'
  | 'payer'
  | 'sellerAgent'
  | 'invoicee'
  | 'invoicer'
  | 'shipTo'
  | 'lineShipTo';

export interface PartyFacts {
  readonly role: PartyRole;
  readonly place: Place;
  /** Line label for a line ship-to party. */
  readonly line?: string;
  /** Identifiers with a scheme (CII `ram:GlobalID`, UBL `cac:PartyIdentification/cbc:ID`). */
  readonly ids: readonly SchemedValue[];
  /** Legal registration identifiers (CII `ram:SpecifiedLegalOrganization/ram:ID`, UBL `cbc:CompanyID`). */
  readonly legalIds: readonly SchemedValue[];
  /** Electronic addresses (CII `ram:URIUniversalCommunication/ram:URIID`, UBL `cbc:EndpointID`). */
  readonly endpoints: readonly SchemedValue[];
}

/** A SIREN declaration anywhere in the document (BR-FR-32). */
export interface SirenDeclaration extends CheckedValue {}

/** A VAT category place (allowance or charge, breakdown, line) for BR-FR-15 and -16. */
export interface VatCategoryFacts {
  readonly kind: 'allowance-charge' | 'breakdown' | 'line';
  readonly place: Place;
  readonly category: Value | undefined;
  /** An absent category passes (UBL everywhere; CII on GROUP and INFORMATION lines). */
  readonly categoryMayBeAbsent: boolean;
  /** The rate BR-FR-16 checks, or undefined when that check does not run here. */
  readonly rate: Value | undefined;
}

/** An invoiced object reference (BT-18 at header level, BT-128 on a line). */
export interface ObjectReference {
  readonly place: Place;
  /** CII `ram:ReferenceTypeCode`, UBL `cbc:ID/@schemeID` (AFL, AVV …). */
  readonly scheme: string | undefined;
  /** CII `ram:TypeCode`, UBL `cbc:DocumentTypeCode` (130). */
  readonly typeCode: string | undefined;
  readonly ids: readonly Value[];
}

/** An item attribute (BG-32). */
export interface ItemAttributeFacts {
  readonly place: Place;
  readonly names: readonly Value[];
  readonly codes: readonly Value[];
  readonly valueCount: number;
  /** `@unitCode` of each measured value (CII `ram:ValueMeasure`, UBL `cbc:ValueQuantity`). */
  readonly measureUnits: readonly (string | undefined)[];
}

export interface LineFacts {
  readonly place: Place;
  /** BT-126 for messages (its trimmed text, else the line's rank). */
  readonly label: string;
  /** BT-126 as written. */
  readonly id: Value | undefined;
  /** EXT-FR-FE-163 DETAIL / GROUP / INFORMATION (UBL: status of the self-reference, '' when it has none). */
  readonly subType: Value | undefined;
  /** EXT-FR-FE-162, present even when empty. */
  readonly parentId: Value | undefined;
  readonly precedingInvoices: readonly PrecedingReference[];
  readonly objectReferences: readonly ObjectReference[];
  readonly netAmount: Value | undefined;
  /** EXT-FR-FE-164, -167 (every legal id), -177. */
  readonly sellerName: Value | undefined;
  readonly sellerLegalIds: readonly Value[];
  readonly sellerCountry: Value | undefined;
  /** EXT-FR-FE-181/182: line VAT totals with their `@currencyID`. */
  readonly vatTotals: readonly (Value & { readonly currency: string | undefined })[];
  /** EXT-FR-FE-184, present even when empty. */
  readonly grossTotal: Value | undefined;
  /** The line's VAT exemption reason text. */
  readonly exemptionReason: Value | undefined;
  readonly attributes: readonly ItemAttributeFacts[];
}

/** A header VAT breakdown as BR-FR-MV-09 sums it. */
export interface VatBreakdownFacts {
  readonly isVat: boolean;
  readonly exemptionReason: string | undefined;
  readonly amounts: readonly string[];
}

export interface FrFacts {
  readonly source: FactsSource;
  /** Findings about the document as a whole. */
  readonly root: Place;
  /** BT-1, every occurrence. */
  readonly invoiceNumbers: readonly Value[];
  /** BT-3, every occurrence. */
  readonly typeCodes: readonly Value[];
  /** Context of BR-FR-08 (CII `rsm:ExchangedDocumentContext`); absent: the check does not run. */
  readonly frameContext: Place | undefined;
  /** BT-23, every occurrence. */
  readonly frames: readonly Value[];
  readonly issueDate: Value | undefined;
  /** BT-9 (first occurrence). */
  readonly dueDate: Value | undefined;
  /** Dates BR-FR-03 checks, and how they are written (`yyyymmdd`: CII format 102; `iso`: YYYY-MM-DD). */
  readonly dates: readonly CheckedValue[];
  readonly dateFormat: 'yyyymmdd' | 'iso';
  readonly notes: NotesFacts;
  readonly precedingInvoices: readonly PrecedingReference[];
  readonly parties: readonly PartyFacts[];
  readonly sirenDeclarations: readonly SirenDeclaration[];
  readonly taxRepresentative: {
    readonly present: boolean;
    readonly vatId: Value | undefined;
  };
  readonly vatCategories: readonly VatCategoryFacts[];
  /** BT-123 descriptions BR-FR-17 checks (CII: trimmed, of TypeCode 916 documents). */
  readonly attachmentDescriptions: readonly Value[];
  /** Additional documents described exactly `LISIBLE` (BR-FR-18). */
  readonly readableCopies: readonly Place[];
  readonly objectReferences: readonly ObjectReference[];
  /** BT-12, BT-73, BT-74 (first occurrences), for BR-FR-CO-03. */
  readonly contractReference: Value | undefined;
  readonly periodStart: Value | undefined;
  readonly periodEnd: Value | undefined;
  /** BT-113, BT-112, BT-115 (first occurrences). */
  readonly paidAmount: Value | undefined;
  readonly totalWithVat: Value | undefined;
  readonly amountDue: Value | undefined;
  /** BT-5, BT-6 (every occurrence) and the first VAT total in EUR. */
  readonly invoiceCurrencies: readonly Value[];
  readonly accountingCurrencies: readonly Value[];
  readonly vatTotalInEuro: Value | undefined;
  /** Numeric values of the DEC rules. */
  readonly amounts: readonly CheckedValue[];
  readonly quantities: readonly CheckedValue[];
  readonly prices: readonly CheckedValue[];
  readonly rates: readonly CheckedValue[];
  readonly lines: readonly LineFacts[];
  readonly vatBreakdowns: readonly VatBreakdownFacts[];
}

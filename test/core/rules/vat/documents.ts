/**
 * Small UBL and CII documents for the VAT category rules: only what those rules read (categories,
 * rates, amounts, the parties' tax identifiers, delivery), written from a common description so
 * that one case can be run in both syntaxes.
 */

/** A VAT category element. `scheme`: UBL tax scheme / CII type code; `null` writes none. */
export interface Category {
  readonly code?: string;
  readonly rate?: string;
  readonly scheme?: string | null;
}

export interface Spec {
  readonly sellerVat?: string;
  /** BT-32: UBL tax scheme other than VAT, CII scheme FC. */
  readonly sellerTaxId?: string;
  readonly taxRepresentativeVat?: string;
  readonly buyerVat?: string;
  readonly buyerLegalId?: string;
  readonly deliveryDate?: string;
  readonly deliverToCountry?: string;
  readonly periodStart?: string;
  /** BT-8 (UBL: `cac:InvoicePeriod/cbc:DescriptionCode`). */
  readonly taxPointDateCode?: string;
  readonly lines?: readonly { readonly amount: string; readonly categories: readonly Category[] }[];
  readonly allowances?: readonly AllowanceCharge[];
  readonly charges?: readonly AllowanceCharge[];
  readonly breakdowns?: readonly {
    readonly taxable?: string;
    readonly tax?: string;
    readonly category: Category;
    readonly reason?: string;
    readonly reasonCode?: string;
  }[];
}

export interface AllowanceCharge {
  readonly amount: string;
  readonly category: Category;
}

const UBL_NS =
  'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ' +
  'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" ' +
  'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';

const CII_NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" ' +
  'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" ' +
  'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"';

function tag(name: string, value: string | undefined, attributes = ''): string {
  return value === undefined ? '' : `<${name}${attributes}>${value}</${name}>`;
}

function ublScheme(id: string): string {
  return `<cac:TaxScheme><cbc:ID>${id}</cbc:ID></cac:TaxScheme>`;
}

function ublCategory(element: string, c: Category, extra = ''): string {
  const scheme = c.scheme === null ? '' : ublScheme(c.scheme ?? 'VAT');
  return `<cac:${element}>${tag('cbc:ID', c.code)}${tag('cbc:Percent', c.rate)}${extra}${scheme}</cac:${element}>`;
}

function ublPartyTax(id: string | undefined, scheme: string): string {
  return id === undefined
    ? ''
    : `<cac:PartyTaxScheme><cbc:CompanyID>${id}</cbc:CompanyID>${ublScheme(scheme)}</cac:PartyTaxScheme>`;
}

const EUR = ' currencyID="EUR"';

export function ubl(spec: Spec): string {
  const period =
    spec.periodStart !== undefined || spec.taxPointDateCode !== undefined
      ? `<cac:InvoicePeriod>${tag('cbc:StartDate', spec.periodStart)}${tag('cbc:DescriptionCode', spec.taxPointDateCode)}</cac:InvoicePeriod>`
      : '';
  const seller = `<cac:AccountingSupplierParty><cac:Party>${ublPartyTax(spec.sellerVat, 'VAT')}${ublPartyTax(spec.sellerTaxId, 'TAX')}</cac:Party></cac:AccountingSupplierParty>`;
  const buyerLegal = tag('cbc:CompanyID', spec.buyerLegalId);
  const buyer = `<cac:AccountingCustomerParty><cac:Party>${ublPartyTax(spec.buyerVat, 'VAT')}${buyerLegal ? `<cac:PartyLegalEntity>${buyerLegal}</cac:PartyLegalEntity>` : ''}</cac:Party></cac:AccountingCustomerParty>`;
  const representative =
    spec.taxRepresentativeVat === undefined
      ? ''
      : `<cac:TaxRepresentativeParty>${ublPartyTax(spec.taxRepresentativeVat, 'VAT')}</cac:TaxRepresentativeParty>`;
  const country = tag('cbc:IdentificationCode', spec.deliverToCountry);
  const delivery =
    spec.deliveryDate !== undefined || spec.deliverToCountry !== undefined
      ? `<cac:Delivery>${tag('cbc:ActualDeliveryDate', spec.deliveryDate)}${country ? `<cac:DeliveryLocation><cac:Address><cac:Country>${country}</cac:Country></cac:Address></cac:DeliveryLocation>` : ''}</cac:Delivery>`
      : '';
  const allowanceCharge = (charge: boolean) => (a: AllowanceCharge) =>
    `<cac:AllowanceCharge><cbc:ChargeIndicator>${charge}</cbc:ChargeIndicator>${tag('cbc:Amount', a.amount, EUR)}${ublCategory('TaxCategory', a.category)}</cac:AllowanceCharge>`;
  const breakdowns = (spec.breakdowns ?? [])
    .map(
      (b) =>
        `<cac:TaxSubtotal>${tag('cbc:TaxableAmount', b.taxable, EUR)}${tag('cbc:TaxAmount', b.tax, EUR)}${ublCategory('TaxCategory', b.category, tag('cbc:TaxExemptionReasonCode', b.reasonCode) + tag('cbc:TaxExemptionReason', b.reason))}</cac:TaxSubtotal>`,
    )
    .join('');
  const lines = (spec.lines ?? [])
    .map(
      (l, i) =>
        `<cac:InvoiceLine><cbc:ID>${i + 1}</cbc:ID>${tag('cbc:LineExtensionAmount', l.amount, EUR)}<cac:Item><cbc:Name>Article</cbc:Name>${l.categories.map((c) => ublCategory('ClassifiedTaxCategory', c)).join('')}</cac:Item></cac:InvoiceLine>`,
    )
    .join('');
  return `<Invoice ${UBL_NS}>${period}${seller}${buyer}${representative}${delivery}${(spec.allowances ?? []).map(allowanceCharge(false)).join('')}${(spec.charges ?? []).map(allowanceCharge(true)).join('')}${breakdowns ? `<cac:TaxTotal>${breakdowns}</cac:TaxTotal>` : ''}${lines}</Invoice>`;
}

function ciiTax(element: string, c: Category, inner = ''): string {
  const type = c.scheme === null ? '' : tag('ram:TypeCode', c.scheme ?? 'VAT');
  return `<ram:${element}>${inner}${type}${tag('ram:CategoryCode', c.code)}${tag('ram:RateApplicablePercent', c.rate)}</ram:${element}>`;
}

function ciiRegistration(id: string | undefined, scheme: string): string {
  return id === undefined
    ? ''
    : `<ram:SpecifiedTaxRegistration><ram:ID schemeID="${scheme}">${id}</ram:ID></ram:SpecifiedTaxRegistration>`;
}

export function cii(spec: Spec): string {
  const legal =
    spec.buyerLegalId === undefined
      ? ''
      : `<ram:SpecifiedLegalOrganization><ram:ID>${spec.buyerLegalId}</ram:ID></ram:SpecifiedLegalOrganization>`;
  const representative =
    spec.taxRepresentativeVat === undefined
      ? ''
      : `<ram:SellerTaxRepresentativeTradeParty>${ciiRegistration(spec.taxRepresentativeVat, 'VA')}</ram:SellerTaxRepresentativeTradeParty>`;
  const agreement = `<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty>${ciiRegistration(spec.sellerVat, 'VA')}${ciiRegistration(spec.sellerTaxId, 'FC')}</ram:SellerTradeParty><ram:BuyerTradeParty>${legal}${ciiRegistration(spec.buyerVat, 'VA')}</ram:BuyerTradeParty>${representative}</ram:ApplicableHeaderTradeAgreement>`;
  const shipTo =
    spec.deliverToCountry === undefined
      ? ''
      : `<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:CountryID>${spec.deliverToCountry}</ram:CountryID></ram:PostalTradeAddress></ram:ShipToTradeParty>`;
  const event =
    spec.deliveryDate === undefined
      ? ''
      : `<ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">${spec.deliveryDate.replaceAll('-', '')}</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>`;
  const delivery = `<ram:ApplicableHeaderTradeDelivery>${shipTo}${event}</ram:ApplicableHeaderTradeDelivery>`;
  const breakdowns = (spec.breakdowns ?? [])
    .map((b) =>
      ciiTax(
        'ApplicableTradeTax',
        b.category,
        `${tag('ram:CalculatedAmount', b.tax)}${tag('ram:BasisAmount', b.taxable)}${tag('ram:ExemptionReason', b.reason)}${tag('ram:ExemptionReasonCode', b.reasonCode)}`,
      ),
    )
    .join('');
  const period =
    spec.periodStart === undefined
      ? ''
      : `<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format="102">${spec.periodStart.replaceAll('-', '')}</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>`;
  const allowanceCharge = (charge: boolean) => (a: AllowanceCharge) =>
    `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${charge}</udt:Indicator></ram:ChargeIndicator>${tag('ram:ActualAmount', a.amount)}${ciiTax('CategoryTradeTax', a.category)}</ram:SpecifiedTradeAllowanceCharge>`;
  const settlement = `<ram:ApplicableHeaderTradeSettlement>${breakdowns}${period}${(spec.allowances ?? []).map(allowanceCharge(false)).join('')}${(spec.charges ?? []).map(allowanceCharge(true)).join('')}</ram:ApplicableHeaderTradeSettlement>`;
  const lines = (spec.lines ?? [])
    .map(
      (l, i) =>
        `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedLineTradeSettlement>${l.categories.map((c) => ciiTax('ApplicableTradeTax', c)).join('')}<ram:SpecifiedTradeSettlementLineMonetarySummation>${tag('ram:LineTotalAmount', l.amount)}</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`,
    )
    .join('');
  return `<rsm:CrossIndustryInvoice ${CII_NS}><rsm:SupplyChainTradeTransaction>${lines}${agreement}${delivery}${settlement}</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
}

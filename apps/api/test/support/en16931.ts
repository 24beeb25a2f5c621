// The EN 16931 business rules (and the Peppol BIS Billing 3.0 rules) that Allot's invoices can
// touch, written as code over the UBL XML, plus the UBL 2.1 element order of every aggregate we
// emit. No validator is available offline, so the rules are transcribed from the specification's
// rule list: each check names its rule id, and an empty result means the document passes.
import { create } from 'xmlbuilder2';

const NS: Record<string, string> = {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2': 'ubl',
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2': 'cn',
};

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

interface DomLike {
  nodeType: number;
  namespaceURI: string | null;
  localName: string;
  textContent: string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<DomLike>;
}

function toNode(element: DomLike): XmlNode {
  const prefix = NS[element.namespaceURI ?? ''] ?? '?';
  const children: XmlNode[] = [];
  let text = '';
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i]!;
    if (child.nodeType === 1) children.push(toNode(child));
    else if (child.nodeType === 3 || child.nodeType === 4) text += child.textContent ?? '';
  }
  const attributes: Record<string, string> = {};
  for (let i = 0; i < element.attributes.length; i++) attributes[element.attributes[i]!.name] = element.attributes[i]!.value;
  return { name: `${prefix}:${element.localName}`, attributes, text: text.trim(), children };
}

export function parseXml(xml: string): XmlNode {
  return toNode(create(xml).root().node as unknown as DomLike);
}

/** Children of `node` along a path of names ('cac:LegalMonetaryTotal/cbc:PayableAmount'). */
export function all(node: XmlNode, path: string): XmlNode[] {
  let nodes = [node];
  for (const step of path.split('/')) nodes = nodes.flatMap((n) => n.children.filter((c) => c.name === step));
  return nodes;
}

export function one(node: XmlNode, path: string): XmlNode | undefined {
  return all(node, path)[0];
}

export function text(node: XmlNode, path: string): string | undefined {
  return one(node, path)?.text;
}

// ---------------------------------------------------------------------------------------------
// UBL 2.1 schema sequences (xsd:sequence order of the elements of each aggregate type), limited
// to the parts of the schema an EN 16931 invoice uses. A child must be listed for its parent and
// appear in this order; `required` children must be present.

const INVOICE_SEQUENCE = [
  'ext:UBLExtensions',
  'cbc:UBLVersionID',
  'cbc:CustomizationID',
  'cbc:ProfileID',
  'cbc:ProfileExecutionID',
  'cbc:ID',
  'cbc:CopyIndicator',
  'cbc:UUID',
  'cbc:IssueDate',
  'cbc:IssueTime',
  'cbc:DueDate',
  'cbc:InvoiceTypeCode',
  'cbc:Note',
  'cbc:TaxPointDate',
  'cbc:DocumentCurrencyCode',
  'cbc:TaxCurrencyCode',
  'cbc:PricingCurrencyCode',
  'cbc:PaymentCurrencyCode',
  'cbc:PaymentAlternativeCurrencyCode',
  'cbc:AccountingCostCode',
  'cbc:AccountingCost',
  'cbc:LineCountNumeric',
  'cbc:BuyerReference',
  'cac:InvoicePeriod',
  'cac:OrderReference',
  'cac:BillingReference',
  'cac:DespatchDocumentReference',
  'cac:ReceiptDocumentReference',
  'cac:StatementDocumentReference',
  'cac:OriginatorDocumentReference',
  'cac:ContractDocumentReference',
  'cac:AdditionalDocumentReference',
  'cac:ProjectReference',
  'cac:Signature',
  'cac:AccountingSupplierParty',
  'cac:AccountingCustomerParty',
  'cac:PayeeParty',
  'cac:BuyerCustomerParty',
  'cac:SellerSupplierParty',
  'cac:TaxRepresentativeParty',
  'cac:Delivery',
  'cac:DeliveryTerms',
  'cac:PaymentMeans',
  'cac:PaymentTerms',
  'cac:PrepaidPayment',
  'cac:AllowanceCharge',
  'cac:TaxExchangeRate',
  'cac:PricingExchangeRate',
  'cac:PaymentExchangeRate',
  'cac:PaymentAlternativeExchangeRate',
  'cac:TaxTotal',
  'cac:WithholdingTaxTotal',
  'cac:LegalMonetaryTotal',
  'cac:InvoiceLine',
];

const CREDIT_NOTE_SEQUENCE = [
  'ext:UBLExtensions',
  'cbc:UBLVersionID',
  'cbc:CustomizationID',
  'cbc:ProfileID',
  'cbc:ProfileExecutionID',
  'cbc:ID',
  'cbc:CopyIndicator',
  'cbc:UUID',
  'cbc:IssueDate',
  'cbc:IssueTime',
  'cbc:TaxPointDate',
  'cbc:CreditNoteTypeCode',
  'cbc:Note',
  'cbc:DocumentCurrencyCode',
  'cbc:TaxCurrencyCode',
  'cbc:PricingCurrencyCode',
  'cbc:PaymentCurrencyCode',
  'cbc:PaymentAlternativeCurrencyCode',
  'cbc:AccountingCostCode',
  'cbc:AccountingCost',
  'cbc:LineCountNumeric',
  'cbc:BuyerReference',
  'cac:InvoicePeriod',
  'cac:DiscrepancyResponse',
  'cac:OrderReference',
  'cac:BillingReference',
  'cac:DespatchDocumentReference',
  'cac:ReceiptDocumentReference',
  'cac:ContractDocumentReference',
  'cac:AdditionalDocumentReference',
  'cac:StatementDocumentReference',
  'cac:OriginatorDocumentReference',
  'cac:Signature',
  'cac:AccountingSupplierParty',
  'cac:AccountingCustomerParty',
  'cac:PayeeParty',
  'cac:BuyerCustomerParty',
  'cac:SellerSupplierParty',
  'cac:TaxRepresentativeParty',
  'cac:Delivery',
  'cac:DeliveryTerms',
  'cac:PaymentMeans',
  'cac:PaymentTerms',
  'cac:TaxExchangeRate',
  'cac:PricingExchangeRate',
  'cac:PaymentExchangeRate',
  'cac:PaymentAlternativeExchangeRate',
  'cac:AllowanceCharge',
  'cac:TaxTotal',
  'cac:LegalMonetaryTotal',
  'cac:CreditNoteLine',
];

const PARTY_SEQUENCE = [
  'cbc:MarkCareIndicator',
  'cbc:MarkAttentionIndicator',
  'cbc:WebsiteURI',
  'cbc:LogoReferenceID',
  'cbc:EndpointID',
  'cbc:IndustryClassificationCode',
  'cac:PartyIdentification',
  'cac:PartyName',
  'cac:Language',
  'cac:PostalAddress',
  'cac:PhysicalLocation',
  'cac:PartyTaxScheme',
  'cac:PartyLegalEntity',
  'cac:Contact',
  'cac:Person',
  'cac:AgentParty',
  'cac:ServiceProviderParty',
  'cac:PowerOfAttorney',
  'cac:FinancialAccount',
];

const ADDRESS_SEQUENCE = [
  'cbc:ID',
  'cbc:AddressTypeCode',
  'cbc:AddressFormatCode',
  'cbc:Postbox',
  'cbc:Floor',
  'cbc:Room',
  'cbc:StreetName',
  'cbc:AdditionalStreetName',
  'cbc:BlockName',
  'cbc:BuildingName',
  'cbc:BuildingNumber',
  'cbc:InhouseMail',
  'cbc:Department',
  'cbc:MarkAttention',
  'cbc:MarkCare',
  'cbc:PlotIdentification',
  'cbc:CitySubdivisionName',
  'cbc:CityName',
  'cbc:PostalZone',
  'cbc:CountrySubentity',
  'cbc:CountrySubentityCode',
  'cbc:Region',
  'cbc:District',
  'cbc:TimezoneOffset',
  'cac:AddressLine',
  'cac:Country',
  'cac:LocationCoordinate',
];

const TAX_CATEGORY_SEQUENCE = [
  'cbc:ID',
  'cbc:Name',
  'cbc:Percent',
  'cbc:BaseUnitMeasure',
  'cbc:PerUnitAmount',
  'cbc:TaxExemptionReasonCode',
  'cbc:TaxExemptionReason',
  'cbc:TierRange',
  'cbc:TierRatePercent',
  'cac:TaxScheme',
];

const INVOICE_LINE_SEQUENCE = [
  'cbc:ID',
  'cbc:UUID',
  'cbc:Note',
  'cbc:InvoicedQuantity',
  'cbc:LineExtensionAmount',
  'cbc:TaxPointDate',
  'cbc:AccountingCostCode',
  'cbc:AccountingCost',
  'cbc:PaymentPurposeCode',
  'cbc:FreeOfChargeIndicator',
  'cac:InvoicePeriod',
  'cac:OrderLineReference',
  'cac:DespatchLineReference',
  'cac:ReceiptLineReference',
  'cac:BillingReference',
  'cac:DocumentReference',
  'cac:PricingReference',
  'cac:OriginatorParty',
  'cac:Delivery',
  'cac:PaymentTerms',
  'cac:AllowanceCharge',
  'cac:TaxTotal',
  'cac:WithholdingTaxTotal',
  'cac:Item',
  'cac:Price',
  'cac:DeliveryTerms',
  'cac:SubInvoiceLine',
  'cac:ItemPriceExtension',
];

const CREDIT_NOTE_LINE_SEQUENCE = [
  'cbc:ID',
  'cbc:UUID',
  'cbc:Note',
  'cbc:CreditedQuantity',
  'cbc:LineExtensionAmount',
  'cbc:TaxPointDate',
  'cbc:AccountingCostCode',
  'cbc:AccountingCost',
  'cbc:PaymentPurposeCode',
  'cbc:FreeOfChargeIndicator',
  'cac:InvoicePeriod',
  'cac:OrderLineReference',
  'cac:DiscrepancyResponse',
  'cac:DespatchLineReference',
  'cac:ReceiptLineReference',
  'cac:BillingReference',
  'cac:DocumentReference',
  'cac:PricingReference',
  'cac:OriginatorParty',
  'cac:Delivery',
  'cac:TaxTotal',
  'cac:AllowanceCharge',
  'cac:Item',
  'cac:Price',
  'cac:DeliveryTerms',
  'cac:SubCreditNoteLine',
  'cac:ItemPriceExtension',
];

const ITEM_SEQUENCE = [
  'cbc:Description',
  'cbc:PackQuantity',
  'cbc:PackSizeNumeric',
  'cbc:CatalogueIndicator',
  'cbc:Name',
  'cbc:HazardousRiskIndicator',
  'cbc:AdditionalInformation',
  'cbc:Keyword',
  'cbc:BrandName',
  'cbc:ModelName',
  'cac:BuyersItemIdentification',
  'cac:SellersItemIdentification',
  'cac:ManufacturersItemIdentification',
  'cac:StandardItemIdentification',
  'cac:CatalogueItemIdentification',
  'cac:AdditionalItemIdentification',
  'cac:CatalogueDocumentReference',
  'cac:ItemSpecificationDocumentReference',
  'cac:OriginCountry',
  'cac:CommodityClassification',
  'cac:TransactionConditions',
  'cac:HazardousItem',
  'cac:ClassifiedTaxCategory',
  'cac:AdditionalItemProperty',
  'cac:ManufacturerParty',
  'cac:InformationContentProviderParty',
  'cac:OriginAddress',
  'cac:ItemInstance',
  'cac:Certificate',
  'cac:Dimension',
];

export const UBL_SEQUENCES: Record<string, { order: string[]; required: string[] }> = {
  'ubl:Invoice': {
    order: INVOICE_SEQUENCE,
    required: ['cbc:ID', 'cbc:IssueDate', 'cac:AccountingSupplierParty', 'cac:AccountingCustomerParty', 'cac:LegalMonetaryTotal', 'cac:InvoiceLine'],
  },
  'cn:CreditNote': {
    order: CREDIT_NOTE_SEQUENCE,
    required: ['cbc:ID', 'cbc:IssueDate', 'cac:AccountingSupplierParty', 'cac:AccountingCustomerParty', 'cac:LegalMonetaryTotal', 'cac:CreditNoteLine'],
  },
  'cac:InvoicePeriod': {
    order: ['cbc:StartDate', 'cbc:StartTime', 'cbc:EndDate', 'cbc:EndTime', 'cbc:DurationMeasure', 'cbc:DescriptionCode', 'cbc:Description'],
    required: [],
  },
  'cac:BillingReference': {
    order: [
      'cac:InvoiceDocumentReference',
      'cac:SelfBilledInvoiceDocumentReference',
      'cac:CreditNoteDocumentReference',
      'cac:SelfBilledCreditNoteDocumentReference',
      'cac:DebitNoteDocumentReference',
      'cac:ReminderDocumentReference',
      'cac:AdditionalDocumentReference',
      'cac:BillingReferenceLine',
    ],
    required: [],
  },
  'cac:InvoiceDocumentReference': {
    order: [
      'cbc:ID',
      'cbc:CopyIndicator',
      'cbc:UUID',
      'cbc:IssueDate',
      'cbc:IssueTime',
      'cbc:DocumentTypeCode',
      'cbc:DocumentType',
      'cbc:XPath',
      'cbc:LanguageID',
      'cbc:LocaleCode',
      'cbc:VersionID',
      'cbc:DocumentStatusCode',
      'cbc:DocumentDescription',
      'cac:Attachment',
      'cac:ValidityPeriod',
      'cac:IssuerParty',
      'cac:ResultOfVerification',
    ],
    required: ['cbc:ID'],
  },
  'cac:AccountingSupplierParty': {
    order: [
      'cbc:CustomerAssignedAccountID',
      'cbc:AdditionalAccountID',
      'cbc:DataSendingCapability',
      'cac:Party',
      'cac:DespatchContact',
      'cac:AccountingContact',
      'cac:SellerContact',
    ],
    required: ['cac:Party'],
  },
  'cac:AccountingCustomerParty': {
    order: [
      'cbc:CustomerAssignedAccountID',
      'cbc:SupplierAssignedAccountID',
      'cbc:AdditionalAccountID',
      'cac:Party',
      'cac:DeliveryContact',
      'cac:AccountingContact',
      'cac:BuyerContact',
    ],
    required: ['cac:Party'],
  },
  'cac:Party': { order: PARTY_SEQUENCE, required: [] },
  'cac:PartyName': { order: ['cbc:Name'], required: ['cbc:Name'] },
  'cac:PostalAddress': { order: ADDRESS_SEQUENCE, required: [] },
  'cac:Country': { order: ['cbc:IdentificationCode', 'cbc:Name'], required: [] },
  'cac:PartyTaxScheme': {
    order: [
      'cbc:RegistrationName',
      'cbc:CompanyID',
      'cbc:TaxLevelCode',
      'cbc:ExemptionReasonCode',
      'cbc:ExemptionReason',
      'cac:RegistrationAddress',
      'cac:TaxScheme',
    ],
    required: ['cac:TaxScheme'],
  },
  'cac:PartyLegalEntity': {
    order: [
      'cbc:RegistrationName',
      'cbc:CompanyID',
      'cbc:RegistrationDate',
      'cbc:RegistrationExpirationDate',
      'cbc:CompanyLegalFormCode',
      'cbc:CompanyLegalForm',
      'cbc:SoleProprietorshipIndicator',
      'cbc:CompanyLiquidationStatusCode',
      'cbc:CorporateStockAmount',
      'cbc:FullyPaidSharesIndicator',
      'cac:RegistrationAddress',
      'cac:CorporateRegistrationScheme',
      'cac:HeadOfficeParty',
      'cac:ShareholderParty',
    ],
    required: [],
  },
  'cac:Contact': { order: ['cbc:ID', 'cbc:Name', 'cbc:Telephone', 'cbc:Telefax', 'cbc:ElectronicMail', 'cbc:Note', 'cac:OtherCommunication'], required: [] },
  'cac:TaxScheme': { order: ['cbc:ID', 'cbc:Name', 'cbc:TaxTypeCode', 'cbc:CurrencyCode', 'cac:JurisdictionRegionAddress'], required: [] },
  'cac:PaymentTerms': {
    order: [
      'cbc:ID',
      'cbc:PaymentMeansID',
      'cbc:PrepaidPaymentReferenceID',
      'cbc:Note',
      'cbc:ReferenceEventCode',
      'cbc:SettlementDiscountPercent',
      'cbc:PenaltySurchargePercent',
      'cbc:PaymentPercent',
      'cbc:Amount',
      'cbc:SettlementDiscountAmount',
      'cbc:PenaltyAmount',
      'cbc:PaymentTermsDetailsURI',
      'cbc:PaymentDueDate',
      'cbc:InstallmentDueDate',
      'cbc:InvoicingPartyReference',
      'cac:SettlementPeriod',
      'cac:PenaltyPeriod',
      'cac:ExchangeRate',
      'cac:ValidityPeriod',
    ],
    required: [],
  },
  'cac:TaxTotal': {
    order: ['cbc:TaxAmount', 'cbc:RoundingAmount', 'cbc:TaxEvidenceIndicator', 'cbc:TaxIncludedIndicator', 'cac:TaxSubtotal'],
    required: ['cbc:TaxAmount'],
  },
  'cac:TaxSubtotal': {
    order: [
      'cbc:TaxableAmount',
      'cbc:TaxAmount',
      'cbc:CalculationSequenceNumeric',
      'cbc:TransactionCurrencyTaxAmount',
      'cbc:Percent',
      'cbc:BaseUnitMeasure',
      'cbc:PerUnitAmount',
      'cbc:TierRange',
      'cbc:TierRatePercent',
      'cac:TaxCategory',
    ],
    required: ['cbc:TaxAmount', 'cac:TaxCategory'],
  },
  'cac:TaxCategory': { order: TAX_CATEGORY_SEQUENCE, required: ['cac:TaxScheme'] },
  'cac:ClassifiedTaxCategory': { order: TAX_CATEGORY_SEQUENCE, required: ['cac:TaxScheme'] },
  'cac:LegalMonetaryTotal': {
    order: [
      'cbc:LineExtensionAmount',
      'cbc:TaxExclusiveAmount',
      'cbc:TaxInclusiveAmount',
      'cbc:AllowanceTotalAmount',
      'cbc:ChargeTotalAmount',
      'cbc:PrepaidAmount',
      'cbc:PayableRoundingAmount',
      'cbc:PayableAmount',
      'cbc:PayableAlternativeAmount',
    ],
    required: ['cbc:PayableAmount'],
  },
  'cac:InvoiceLine': { order: INVOICE_LINE_SEQUENCE, required: ['cbc:ID', 'cbc:LineExtensionAmount', 'cac:Item'] },
  'cac:CreditNoteLine': { order: CREDIT_NOTE_LINE_SEQUENCE, required: ['cbc:ID', 'cac:Item'] },
  'cac:Item': { order: ITEM_SEQUENCE, required: [] },
  'cac:Price': {
    order: [
      'cbc:PriceAmount',
      'cbc:BaseQuantity',
      'cbc:PriceChangeReason',
      'cbc:PriceTypeCode',
      'cbc:PriceType',
      'cbc:OrderableUnitFactorRate',
      'cac:ValidityPeriod',
      'cac:PriceList',
      'cac:AllowanceCharge',
      'cac:PricingExchangeRate',
    ],
    required: ['cbc:PriceAmount'],
  },
};

/** Problems with the element order and presence against the UBL 2.1 sequences above. */
export function checkUblStructure(root: XmlNode): string[] {
  const problems: string[] = [];
  const visit = (node: XmlNode, path: string) => {
    if (node.name.startsWith('cbc:')) {
      if (node.children.length > 0) problems.push(`${path}: a basic component has child elements`);
      return;
    }
    const rule = UBL_SEQUENCES[node.name];
    if (!rule) {
      problems.push(`${path}: no UBL sequence known for ${node.name}`);
      return;
    }
    let last = -1;
    for (const child of node.children) {
      const index = rule.order.indexOf(child.name);
      if (index < 0) problems.push(`${path}: ${child.name} is not an element of ${node.name}`);
      else if (index < last) problems.push(`${path}: ${child.name} is out of the schema's order`);
      last = Math.max(last, index);
      visit(child, `${path}/${child.name}`);
    }
    for (const name of rule.required) if (!node.children.some((child) => child.name === name)) problems.push(`${path}: ${name} is missing`);
  };
  visit(root, root.name);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Decimal arithmetic for the rules: values as bigint at 10^6 (4 decimals of quantity × 2 of price).

const SCALE = 6;

function dec(value: string | undefined): bigint {
  if (value === undefined) return 0n;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const fraction = (match[3] ?? '').padEnd(SCALE, '0');
  if (fraction.length > SCALE) throw new Error(`too many decimals: ${value}`);
  const magnitude = BigInt(match[2] + fraction);
  return match[1] === '-' ? -magnitude : magnitude;
}

function decimals(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

/** Rounds a 10^6-scaled value half away from zero to 2 decimals (still scaled 10^6). */
function round2(value: bigint): bigint {
  const unit = 10n ** BigInt(SCALE - 2);
  const magnitude = value < 0n ? -value : value;
  let rounded = (magnitude / unit) * unit;
  if ((magnitude % unit) * 2n >= unit) rounded += unit;
  return value < 0n ? -rounded : rounded;
}

/** x × percent / 100, both scaled 10^6, rounded to 2 decimals. */
function percentOf(amount: bigint, percent: bigint): bigint {
  return round2((amount * percent) / (100n * 10n ** BigInt(SCALE)));
}

const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XI'
  ).split(' '),
);

/** The subset of UN/ECE Recommendation 20 an invoice for time and fees uses. */
const UNIT_CODES = new Set(['MON', 'DAY', 'HUR', 'MIN', 'C62', 'H87', 'EA']);
const EAS_CODES = /^(EM|0\d{3}|99\d{2})$/;

/**
 * The EN 16931 (BR-*, BR-CO-*, BR-DEC-*, BR-S-*, BR-Z-*, BR-AE-*) and Peppol BIS 3.0 rules that
 * apply to Allot's invoices, checked on a UBL Invoice or CreditNote. Rules about allowances,
 * charges, payment means, tax representatives and categories Allot never uses (E, O, K, G, L, M)
 * are out of scope: checkNoUnusedParts asserts those parts are absent.
 */
export function checkEn16931(xml: string): string[] {
  const doc = parseXml(xml);
  const errors: string[] = [];
  const fail = (rule: string, message: string) => errors.push(`[${rule}] ${message}`);
  const credit = doc.name === 'cn:CreditNote';
  if (!credit && doc.name !== 'ubl:Invoice') return [`root element ${doc.name} is neither an Invoice nor a CreditNote`];
  const lineName = credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityName = credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  const currency = text(doc, 'cbc:DocumentCurrencyCode');
  const lines = all(doc, lineName);
  const seller = one(doc, 'cac:AccountingSupplierParty/cac:Party');
  const buyer = one(doc, 'cac:AccountingCustomerParty/cac:Party');
  const totals = one(doc, 'cac:LegalMonetaryTotal');
  const taxTotals = all(doc, 'cac:TaxTotal');
  const subtotals = all(doc, 'cac:TaxTotal/cac:TaxSubtotal');

  // Core presence rules.
  if (!text(doc, 'cbc:CustomizationID')) fail('BR-01', 'Specification identifier (BT-24) is missing');
  if (!text(doc, 'cbc:ID')) fail('BR-02', 'Invoice number (BT-1) is missing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text(doc, 'cbc:IssueDate') ?? '')) fail('BR-03', 'Invoice issue date (BT-2) is missing');
  const typeCode = text(doc, credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode');
  if (!typeCode) fail('BR-04', 'Invoice type code (BT-3) is missing');
  else if (
    !(
      credit
        ? ['381', '396', '81', '83', '532']
        : [
            '380',
            '383',
            '384',
            '386',
            '389',
            '751',
            '82',
            '80',
            '71',
            '102',
            '218',
            '219',
            '331',
            '382',
            '553',
            '575',
            '623',
            '780',
            '817',
            '870',
            '875',
            '876',
            '877',
          ]
    ).includes(typeCode)
  ) {
    fail('PEPPOL-EN16931-P0100/P0101', `type code ${typeCode} is not allowed`);
  }
  if (!currency || !/^[A-Z]{3}$/.test(currency)) fail('BR-05', 'Invoice currency code (BT-5) is missing');
  if (!text(seller ?? doc, 'cac:PartyLegalEntity/cbc:RegistrationName')) fail('BR-06', 'Seller name (BT-27) is missing');
  if (!text(buyer ?? doc, 'cac:PartyLegalEntity/cbc:RegistrationName')) fail('BR-07', 'Buyer name (BT-44) is missing');
  if (!seller || !one(seller, 'cac:PostalAddress')) fail('BR-08', 'Seller postal address (BG-5) is missing');
  if (!COUNTRY_CODES.has(text(seller ?? doc, 'cac:PostalAddress/cac:Country/cbc:IdentificationCode') ?? ''))
    fail('BR-09', 'Seller country code (BT-40) is missing or not ISO 3166-1');
  if (!buyer || !one(buyer, 'cac:PostalAddress')) fail('BR-10', 'Buyer postal address (BG-8) is missing');
  if (!COUNTRY_CODES.has(text(buyer ?? doc, 'cac:PostalAddress/cac:Country/cbc:IdentificationCode') ?? ''))
    fail('BR-11', 'Buyer country code (BT-55) is missing or not ISO 3166-1');
  if (!totals || !one(totals, 'cbc:LineExtensionAmount')) fail('BR-12', 'Sum of Invoice line net amount (BT-106) is missing');
  if (!totals || !one(totals, 'cbc:TaxExclusiveAmount')) fail('BR-13', 'Invoice total amount without VAT (BT-109) is missing');
  if (!totals || !one(totals, 'cbc:TaxInclusiveAmount')) fail('BR-14', 'Invoice total amount with VAT (BT-112) is missing');
  if (!totals || !one(totals, 'cbc:PayableAmount')) fail('BR-15', 'Amount due for payment (BT-115) is missing');
  if (lines.length === 0) fail('BR-16', 'An invoice shall have at least one line (BG-25)');

  // Lines.
  const lineIds = new Set<string>();
  let lineSum = 0n;
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    const id = text(line, 'cbc:ID');
    if (!id) fail('BR-21', `${at}: Invoice line identifier (BT-126) is missing`);
    else if (lineIds.has(id)) fail('BR-21', `${at}: line identifier ${id} is not unique`);
    if (id) lineIds.add(id);
    const quantity = one(line, quantityName);
    if (!quantity?.text) fail('BR-22', `${at}: Invoiced quantity (BT-129) is missing`);
    const unit = quantity?.attributes.unitCode;
    if (!unit) fail('BR-23', `${at}: unit of measure code (BT-130) is missing`);
    else if (!UNIT_CODES.has(unit)) fail('BR-CL-23', `${at}: unit code ${unit} is not from UN/ECE Recommendation 20`);
    const net = text(line, 'cbc:LineExtensionAmount');
    if (net === undefined) fail('BR-24', `${at}: Invoice line net amount (BT-131) is missing`);
    if (!text(line, 'cac:Item/cbc:Name')) fail('BR-25', `${at}: Item name (BT-153) is missing`);
    const price = text(line, 'cac:Price/cbc:PriceAmount');
    if (price === undefined) fail('BR-26', `${at}: Item net price (BT-146) is missing`);
    else if (dec(price) < 0n) fail('BR-27', `${at}: Item net price (BT-146) is negative`);
    const category = text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID');
    if (!category) fail('BR-CO-04', `${at}: Invoiced item VAT category code (BT-151) is missing`);
    const baseQuantity = text(line, 'cac:Price/cbc:BaseQuantity');
    if (baseQuantity !== undefined && dec(baseQuantity) <= 0n) fail('PEPPOL-EN16931-R121', `${at}: base quantity must be positive`);
    if (net !== undefined && price !== undefined && quantity?.text) {
      lineSum += dec(net);
      if (decimals(net) > 2) fail('BR-DEC-23', `${at}: line net amount has more than 2 decimals`);
      // Peppol R120: net = quantity × (price ÷ base quantity), within 0.02 of rounding.
      const base = baseQuantity === undefined ? 10n ** BigInt(SCALE) : dec(baseQuantity);
      const expected = (dec(quantity.text) * dec(price)) / base;
      const diff = expected - dec(net);
      if (diff > 20_000n || diff < -20_000n) fail('PEPPOL-EN16931-R120', `${at}: net ${net} is not quantity × price`);
    }
  });

  // Document totals: BR-CO-10, 13, 15, 16 and the decimals of BR-DEC.
  const amountOf = (name: string) => (totals ? text(totals, name) : undefined);
  const lineExtension = amountOf('cbc:LineExtensionAmount');
  const taxExclusive = amountOf('cbc:TaxExclusiveAmount');
  const taxInclusive = amountOf('cbc:TaxInclusiveAmount');
  const payable = amountOf('cbc:PayableAmount');
  const allowances = dec(amountOf('cbc:AllowanceTotalAmount'));
  const charges = dec(amountOf('cbc:ChargeTotalAmount'));
  const prepaid = dec(amountOf('cbc:PrepaidAmount'));
  const rounding = dec(amountOf('cbc:PayableRoundingAmount'));
  if (lineExtension !== undefined && dec(lineExtension) !== lineSum) fail('BR-CO-10', `sum of line nets ${lineSum} ≠ LineExtensionAmount ${lineExtension}`);
  if (lineExtension !== undefined && taxExclusive !== undefined && dec(taxExclusive) !== dec(lineExtension) - allowances + charges) {
    fail('BR-CO-13', 'TaxExclusiveAmount ≠ LineExtensionAmount − allowances + charges');
  }
  const vatTotalNode = taxTotals.map((t) => one(t, 'cbc:TaxAmount')).find((n) => n?.attributes.currencyID === currency);
  const vatTotal = dec(vatTotalNode?.text);
  if (taxExclusive !== undefined && taxInclusive !== undefined && dec(taxInclusive) !== dec(taxExclusive) + vatTotal) {
    fail('BR-CO-15', 'TaxInclusiveAmount ≠ TaxExclusiveAmount + VAT total');
  }
  if (taxInclusive !== undefined && payable !== undefined && dec(payable) !== dec(taxInclusive) - prepaid + rounding) {
    fail('BR-CO-16', 'PayableAmount ≠ TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount');
  }
  for (const [rule, value] of [
    ['BR-DEC-09', lineExtension],
    ['BR-DEC-12', taxExclusive],
    ['BR-DEC-14', taxInclusive],
    ['BR-DEC-18', payable],
    ['BR-DEC-13', vatTotalNode?.text],
  ] as const) {
    if (value !== undefined && decimals(value) > 2) fail(rule, `${value} has more than 2 decimals`);
  }
  if (
    payable !== undefined &&
    dec(payable) > 0n &&
    !text(doc, 'cbc:DueDate') &&
    !text(doc, 'cac:PaymentTerms/cbc:Note') &&
    !text(doc, 'cac:PaymentMeans/cbc:PaymentDueDate')
  ) {
    fail('BR-CO-25', 'a positive amount due needs a payment due date (BT-9) or payment terms (BT-20)');
  }

  // VAT breakdown: BR-CO-14, 17, 18 and BR-45…48.
  const withSubtotals = taxTotals.filter((t) => all(t, 'cac:TaxSubtotal').length > 0);
  if (withSubtotals.length !== 1) fail('PEPPOL-EN16931-R053', 'exactly one TaxTotal with VAT breakdown is required');
  if (subtotals.length === 0) fail('BR-CO-18', 'an invoice shall have at least one VAT breakdown group (BG-23)');
  let subtotalSum = 0n;
  for (const subtotal of subtotals) {
    const taxable = text(subtotal, 'cbc:TaxableAmount');
    const tax = text(subtotal, 'cbc:TaxAmount');
    const code = text(subtotal, 'cac:TaxCategory/cbc:ID');
    const percent = text(subtotal, 'cac:TaxCategory/cbc:Percent');
    if (taxable === undefined) fail('BR-45', 'VAT category taxable amount (BT-116) is missing');
    if (tax === undefined) fail('BR-46', 'VAT category tax amount (BT-117) is missing');
    if (!code) fail('BR-47', 'VAT category code (BT-118) is missing');
    if (code !== 'O' && percent === undefined) fail('BR-48', 'VAT category rate (BT-119) is missing');
    if (taxable !== undefined && decimals(taxable) > 2) fail('BR-DEC-19', 'taxable amount has more than 2 decimals');
    if (tax !== undefined && decimals(tax) > 2) fail('BR-DEC-20', 'tax amount has more than 2 decimals');
    subtotalSum += dec(tax);
    if (taxable !== undefined && tax !== undefined && percent !== undefined && dec(tax) !== percentOf(dec(taxable), dec(percent))) {
      fail('BR-CO-17', `VAT of ${code} ${percent} %: ${tax} ≠ ${taxable} × ${percent} %`);
    }
    if (code && !['S', 'Z', 'AE'].includes(code)) fail('scope', `VAT category ${code} is not one Allot uses`);
  }
  if (subtotals.length > 0 && subtotalSum !== vatTotal) fail('BR-CO-14', 'VAT total (BT-110) ≠ sum of the VAT category tax amounts');

  // Per category: BR-S-*, BR-Z-*, BR-AE-*.
  const sellerVat = seller ? text(seller, 'cac:PartyTaxScheme/cbc:CompanyID') : undefined;
  const buyerVat = buyer ? text(buyer, 'cac:PartyTaxScheme/cbc:CompanyID') : undefined;
  const buyerLegalId = buyer ? text(buyer, 'cac:PartyLegalEntity/cbc:CompanyID') : undefined;
  const lineCategory = (line: XmlNode) => ({
    code: text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID'),
    percent: text(line, 'cac:Item/cac:ClassifiedTaxCategory/cbc:Percent'),
    net: dec(text(line, 'cbc:LineExtensionAmount')),
  });
  const categorised = lines.map(lineCategory);
  const subtotalsOf = (code: string) => subtotals.filter((s) => text(s, 'cac:TaxCategory/cbc:ID') === code);
  for (const code of ['S', 'Z', 'AE'] as const) {
    const rule = `BR-${code}`;
    const codeLines = categorised.filter((line) => line.code === code);
    const codeSubtotals = subtotalsOf(code);
    if (codeLines.length > 0 && codeSubtotals.length === 0) fail(`${rule}-01`, `lines of category ${code} need a ${code} VAT breakdown`);
    if (code === 'AE' && codeLines.length > 0 && codeSubtotals.length !== 1) fail('BR-AE-01', 'exactly one AE VAT breakdown is required');
    if (codeLines.length > 0 && !sellerVat) fail(`${rule}-02`, `category ${code} needs the Seller VAT identifier (BT-31)`);
    if (code === 'AE' && codeLines.length > 0 && !buyerVat && !buyerLegalId) fail('BR-AE-02', 'reverse charge needs the Buyer VAT identifier (BT-48)');
    for (const line of codeLines) {
      const rate = dec(line.percent);
      if (code === 'S' && !(rate > 0n)) fail('BR-S-05', 'a standard rated line needs a VAT rate above zero');
      if (code !== 'S' && rate !== 0n) fail(`${rule}-05`, `a ${code} line's VAT rate must be 0`);
    }
    for (const subtotal of codeSubtotals) {
      const percent = dec(text(subtotal, 'cac:TaxCategory/cbc:Percent'));
      const taxable = dec(text(subtotal, 'cbc:TaxableAmount'));
      const tax = dec(text(subtotal, 'cbc:TaxAmount'));
      const expectedTaxable = codeLines.filter((line) => code !== 'S' || dec(line.percent) === percent).reduce((sum, line) => sum + line.net, 0n);
      if (taxable !== expectedTaxable) fail(`${rule}-08`, `taxable amount of ${code} ${percent} ≠ sum of its line nets`);
      const expectedTax = code === 'S' ? percentOf(taxable, percent) : 0n;
      if (tax !== expectedTax) fail(`${rule}-09`, `tax amount of ${code} must be ${code === 'S' ? 'taxable × rate' : '0'}`);
      const reasonCode = text(subtotal, 'cac:TaxCategory/cbc:TaxExemptionReasonCode');
      const reason = text(subtotal, 'cac:TaxCategory/cbc:TaxExemptionReason');
      if (code === 'AE' && !reasonCode && !reason) fail('BR-AE-10', 'reverse charge needs an exemption reason code or text');
      if (code === 'AE' && reasonCode && reasonCode !== 'VATEX-EU-AE') fail('BR-CL-22', `reverse charge reason code ${reasonCode} is not VATEX-EU-AE`);
      if (code !== 'AE' && (reasonCode || reason)) fail(`${rule}-10`, `category ${code} must not have an exemption reason`);
    }
  }

  // Parties: BR-CO-09, BR-CO-26, BR-62/63 and Peppol's endpoints.
  for (const [who, vat] of [
    ['Seller', sellerVat],
    ['Buyer', buyerVat],
  ] as const) {
    if (vat && !COUNTRY_CODES.has(vat.slice(0, 2)) && vat.slice(0, 2) !== 'EL') fail('BR-CO-09', `${who} VAT identifier ${vat} lacks an ISO 3166-1 prefix`);
  }
  if (!sellerVat && !(seller && text(seller, 'cac:PartyLegalEntity/cbc:CompanyID')) && !(seller && text(seller, 'cac:PartyIdentification/cbc:ID'))) {
    fail('BR-CO-26', 'the Seller needs an identifier, legal registration identifier or VAT identifier');
  }
  for (const [rule, peppol, party] of [
    ['BR-62', 'PEPPOL-EN16931-R020', seller],
    ['BR-63', 'PEPPOL-EN16931-R010', buyer],
  ] as const) {
    const endpoint = party ? one(party, 'cbc:EndpointID') : undefined;
    if (!endpoint) fail(peppol, 'electronic address (EndpointID) is required');
    else if (!endpoint.attributes.schemeID) fail(rule, 'electronic address needs a scheme identifier');
    else if (!EAS_CODES.test(endpoint.attributes.schemeID)) fail('PEPPOL-EN16931-CL008', `scheme ${endpoint.attributes.schemeID} is not an EAS code`);
  }

  // Period and references: BR-29, BR-CO-19, BR-55.
  const period = one(doc, 'cac:InvoicePeriod');
  if (period) {
    const start = text(period, 'cbc:StartDate');
    const end = text(period, 'cbc:EndDate');
    if (!start && !end) fail('BR-CO-19', 'an invoicing period needs a start or an end date');
    if (start && end && end < start) fail('BR-29', 'the invoicing period ends before it starts');
  }
  for (const reference of all(doc, 'cac:BillingReference/cac:InvoiceDocumentReference')) {
    if (!text(reference, 'cbc:ID')) fail('BR-55', 'a preceding invoice reference needs the invoice number (BT-25)');
  }

  // Peppol BIS 3.0.
  if (text(doc, 'cbc:CustomizationID') !== 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0') {
    fail('PEPPOL-EN16931-R004', 'specification identifier must be the Peppol BIS Billing 3.0 one');
  }
  if (text(doc, 'cbc:ProfileID') !== 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0')
    fail('PEPPOL-EN16931-R001/R007', 'business process (ProfileID) must be billing 01:1.0');
  if (!text(doc, 'cbc:BuyerReference') && !text(doc, 'cac:OrderReference/cbc:ID'))
    fail('PEPPOL-EN16931-R003', 'a buyer reference or an order reference is required');
  if (all(doc, 'cbc:Note').length > 1) fail('PEPPOL-EN16931-R002', 'no more than one note on document level');
  const walk = (node: XmlNode) => {
    if (node.children.length === 0 && node.text === '') fail('PEPPOL-EN16931-R008', `${node.name} is empty`);
    if (node.attributes.currencyID !== undefined && node.attributes.currencyID !== currency)
      fail('PEPPOL-EN16931-R051', `${node.name} is in ${node.attributes.currencyID}, not ${currency}`);
    node.children.forEach(walk);
  };
  walk(doc);
  return errors;
}

/** Parts of EN 16931 whose rules Allot's invoices never reach, because they are never emitted. */
export function checkNoUnusedParts(xml: string): string[] {
  const doc = parseXml(xml);
  const unused = [
    'cac:AllowanceCharge',
    'cac:PaymentMeans',
    'cac:TaxRepresentativeParty',
    'cac:PayeeParty',
    'cac:Delivery',
    'cac:AdditionalDocumentReference',
    'cbc:TaxPointDate',
    'cbc:TaxCurrencyCode',
  ];
  return unused.filter((name) => all(doc, name).length > 0).map((name) => `${name} is emitted, but its rules are not checked here`);
}

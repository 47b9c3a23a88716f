// Generated from specs/co/api-docs-v3.json and specs/co/overlay.yaml by tools/generate — do not edit.

export type ClientOptions = {
    baseUrl: 'https://public-api.co.clara.com/api' | 'https://public-api.co.clara.com/api-test' | (string & {});
};

/**
 * An accounting (ERP) field of a transaction, added January 2026; the property name and shape are not documented.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type AccountingField = {
    /**
     * Field name.
     */
    name?: string;
    /**
     * Field value.
     */
    value?: string;
};

/**
 * Amount of a v2 transaction.
 */
export type AmountV2 = {
    /**
     * Amount in currency units.
     */
    value?: number;
    currency?: CurrencyV2;
};

/**
 * One API request of the project.
 */
export type ApiUsageLogEntry = {
    /**
     * Log entry identifier.
     */
    id?: string;
    /**
     * HTTP status returned, as a string.
     */
    responseStatus?: string;
    /**
     * Token (project) that made the call.
     */
    projectTokenId?: string;
    /**
     * Path requested.
     */
    requestUri?: string;
    /**
     * HTTP method.
     */
    method?: string;
    /**
     * Whether the request is billed.
     */
    chargeable?: boolean;
    /**
     * When it happened, in epoch milliseconds.
     */
    instant?: number;
};

/**
 * API usage of the project for a period.
 */
export type ApiUsageLogResponse = {
    stats: ApiUsageStats;
    /**
     * The requests of the period.
     */
    requests: Array<ApiUsageLogEntry>;
};

/**
 * Request counts of the period.
 */
export type ApiUsageStats = {
    /**
     * All requests.
     */
    total?: number;
    /**
     * Chargeable requests.
     */
    chargeable?: number;
    /**
     * Non-chargeable requests.
     */
    nonChargeable?: number;
};

/**
 * Pre-signed download of an attachment.
 */
export type AttachmentDownload = {
    /**
     * Pre-signed URL, valid about 12 hours.
     */
    url: string;
    /**
     * When the URL stops working.
     */
    urlExpiration?: string;
};

/**
 * A file attached to a transaction (receipt photo, PDF, XML).
 */
export type AttachmentResponse = {
    /**
     * Attachment UUID.
     */
    uuid: string;
    /**
     * Original file name.
     */
    fileName?: string;
    /**
     * Last update of the attachment (sic: `updateAt`).
     */
    updateAt?: string;
    /**
     * File format.
     */
    format?: string;
    download?: AttachmentDownload;
};

/**
 * Bank concept of a v2 transaction (fields not documented).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type BankConcept = {
    /**
     * Concept code.
     */
    code?: string;
    /**
     * Concept description.
     */
    description?: string;
};

/**
 * A page of billing statements.
 */
export type BillingStatementPageV3 = {
    /**
     * The items of this page.
     */
    content: Array<BillingStatementResponse>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * Billing statement the transaction belongs to.
 */
export type BillingStatementReference = {
    /**
     * Billing statement UUID.
     */
    uuid: string;
    /**
     * First day of the statement period.
     *
     * unverified: reconstructed from Clara's guides.
     */
    periodStartDate?: string;
    /**
     * Last day of the statement period.
     *
     * unverified: reconstructed from Clara's guides.
     */
    periodEndDate?: string;
};

/**
 * A billing statement (monthly cut of the credit line). Money amounts are decimal strings.
 */
export type BillingStatementResponse = {
    /**
     * Billing statement UUID.
     */
    uuid: string;
    /**
     * First day of the period.
     */
    periodStartDate?: string;
    /**
     * Last day of the period.
     */
    periodEndDate?: string;
    /**
     * Cut-off date.
     */
    statementDate?: string;
    /**
     * Balance in COP, as a decimal string.
     */
    currentBalance?: string;
    /**
     * Payment due in COP, as a decimal string.
     */
    requiredPayment?: string;
    /**
     * Payment due date.
     */
    paymentLimitDate?: string;
    /**
     * Amount paid so far in COP, as a decimal string.
     */
    paidAmount?: string;
    /**
     * Whether the statement is still unpaid.
     */
    unpaid?: boolean;
    /**
     * Transactions of the statement (with accounting fields), embedded by the current and by-UUID calls since January 2026; filtered and paged by their query parameters.
     */
    transactions?: PageTransactionResponseV3;
};

/**
 * ATM cash withdrawals (physical cards only).
 */
export type CardAtmConfiguration = {
    /**
     * Cash limit in the contract currency (COP).
     */
    atmCashLimit?: number;
};

/**
 * Validity window of the card. Since March 2026 a missing, null or empty start/end time defaults to 00:00 / 23:59.
 */
export type CardConfigurationPeriod = {
    /**
     * First day the card can be used.
     */
    startDate?: string;
    /**
     * Last day the card can be used.
     */
    endDate?: string;
    /**
     * Daily start time, HH:MM (24 h); null or empty: 00:00.
     */
    startTime?: string | null;
    /**
     * Daily end time, HH:MM (24 h); null or empty: 23:59.
     */
    endTime?: string | null;
    /**
     * Delete the card automatically when the period ends.
     */
    enableAutoDeletion?: boolean;
};

/**
 * Spending configuration of a card; parts can be combined. Since February 2026 configurations can also be changed on LOCKED, FROZEN and RESTRICTED cards. Documented by name: `period`, the ATM cash limit, and the `values` (and `allowedDaysOfUse`) of the days-of-week and vendor-category parts; the wrapper keys `atm`, `daysOfWeek` and `merchantCategories` are not documented.
 */
export type CardConfigurationRequest = {
    period?: CardConfigurationPeriod;
    /**
     * ATM limit; the wrapper name is truncated in the documentation ("at…").
     */
    atm?: CardAtmConfiguration;
    /**
     * Days of the week on which the card can be used.
     *
     * unverified: reconstructed from Clara's guides.
     */
    daysOfWeek?: CardDaysOfWeekConfiguration;
    /**
     * Vendor categories the card can be used at.
     *
     * unverified: reconstructed from Clara's guides.
     */
    merchantCategories?: CardMerchantCategoryConfiguration;
};

/**
 * An asynchronous card-creation request (shape not documented; fields guessed from the card request and the CARD_CREATION_REQUEST_* webhooks).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardCreationRequestResponse = {
    /**
     * Request identifier.
     */
    id: string;
    /**
     * Identifier of the batch the request belongs to (bulk creation).
     */
    batchId?: string;
    /**
     * Processing status, e.g. PENDING, CREATED, ERROR.
     */
    status: string;
    /**
     * UUID of the created card, once created.
     */
    cardUuid?: string | null;
    /**
     * UUID of the card holder.
     */
    userUuid?: string;
    /**
     * Requested alias.
     */
    alias?: string;
    /**
     * Why the request failed, when it failed.
     */
    errorMessage?: string | null;
    /**
     * When the request was made.
     */
    createdAt?: string;
    /**
     * Last status change.
     */
    updatedAt?: string;
};

/**
 * Days of the week the card may be used on.
 */
export type CardDaysOfWeekConfiguration = {
    /**
     * The days of the week, always in uppercase.
     */
    values?: Array<DayOfWeek>;
    /**
     * Whether the card can be used on these days (true) or not (false).
     */
    allowedDaysOfUse?: boolean;
};

/**
 * Lock state to set. The documentation shows one required boolean ("Card's status to be updated") without its name; `locked` is the most plausible name.
 *
 * Contested: Clara's official pages give two readings. This SDK follows one: an object {locked: true}, one reading of https://clara-api.readme.io/reference/togglecardlock (one required boolean, its name not shown: `locked` is on no official page); the other: a bare boolean (true locks), the other reading of https://clara-api.readme.io/reference/togglecardlock.
 */
export type CardLockRequest = {
    /**
     * true locks the card, false unlocks it.
     */
    locked: boolean;
};

/**
 * Vendor categories the card may be used at (named categories, not MCC codes).
 */
export type CardMerchantCategoryConfiguration = {
    /**
     * The vendor categories, in uppercase. Clara's list is cut off in the stored page; it starts RETAIL, OFFICE, OTHERS, HEALTH, ENTERTAINMENT, SPECIALTY_STORES, TEIXTILE_PRODUCTS, SOFTWARE_AND_HARDWARE, ELECTRONICS, SUBSCRIPTIONS, FOOD, BARS_OR_ALCOHOLIC_BEVERAGES, GOVERNMENT_PAYMENTS, CHARITY_AND_SOCIAL (spelled as Clara spells them).
     */
    values?: Array<string>;
};

/**
 * Result of a hybrid synchronous/asynchronous card operation. When Clara completes the operation within about 30 s the body carries the result: the UUID of the card (for a creation, the new card) and a status such as `UPDATED` or `DELETED`. When processing continues asynchronously the body may be empty — every field is optional — and the outcome arrives by webhook or by polling the card after 3–5 s.
 */
export type CardOperationResult = {
    /**
     * Card UUID (for a creation: the new card).
     */
    uuid?: string;
    /**
     * Outcome, e.g. CREATED, UPDATED, DELETED.
     */
    status?: string;
};

/**
 * Period over which the card threshold (spending limit) applies.
 */
export type CardPeriodicity = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/**
 * A card to create. The holder must be an active user (e-mail verified, 2FA enabled). Minimum threshold COP 100,000.00.
 *
 * Contested: Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them.
 */
export type CardRequest = {
    /**
     * Card format: 1 = physical, 2 = virtual.
     */
    type: 1 | 2;
    /**
     * Card alias.
     */
    alias: string;
    /**
     * UUID of the card holder (note the capitalisation).
     */
    userUUID: string;
    /**
     * Spending limit per period, in COP. Minimum COP 100,000.00; must not exceed the company's credit line.
     */
    threshold: number;
    /**
     * Threshold period: 1 = monthly, 2 = daily.
     */
    periodicityType: 1 | 2;
};

/**
 * A corporate card (v3).
 */
export type CardResponseV3 = {
    /**
     * Card UUID.
     */
    uuid: string;
    /**
     * Clara-side status of the card (e.g. ACTIVE, BLOCKED, CANCELLED, EXPIRED, LOCKED, FROZEN, RESTRICTED, INACTIVE).
     */
    claraStatus?: string;
    /**
     * Status of the card at the processor (same value set as `claraStatus`).
     */
    status?: string;
    /**
     * Lock state (e.g. UNLOCKED, LOCKED).
     */
    lockCode?: string;
    /**
     * Card alias.
     */
    alias?: string;
    /**
     * Spending limit per period, in COP.
     */
    threshold?: number;
    periodicity?: CardPeriodicity;
    /**
     * First 6 and last 4 digits of the card number.
     */
    maskedPan?: string;
    /**
     * Card product/format, e.g. MASTER_VIRTUAL, MASTER_WORLD_ELITE (Clara Black); the full list is not documented.
     */
    type?: string;
    user?: CardUserV3;
};

/**
 * New threshold of one card.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardThresholdItem = {
    /**
     * Card UUID.
     */
    cardUuid: string;
    /**
     * Spending limit per period, in COP. Minimum COP 100,000.00; must not exceed the company's credit line.
     */
    threshold: number;
    /**
     * Threshold period: 1 = monthly, 2 = daily.
     */
    periodicityType?: 1 | 2;
};

/**
 * New threshold of a card. Minimum COP 100,000.00.
 */
export type CardThresholdRequest = {
    /**
     * Spending limit per period, in COP. Minimum COP 100,000.00; must not exceed the company's credit line.
     */
    threshold: number;
    /**
     * Threshold period: 1 = monthly, 2 = daily.
     *
     * unverified: reconstructed from Clara's guides.
     */
    periodicityType?: 1 | 2;
};

/**
 * Holder of the card.
 */
export type CardUserV3 = {
    /**
     * User UUID.
     */
    uuid: string;
    /**
     * Full name of the holder.
     */
    fullName?: string;
    /**
     * Username (e-mail) of the holder.
     */
    username?: string;
};

/**
 * A corporate card (v2; also returned by the legacy v1 endpoints).
 */
export type CardV2 = {
    /**
     * Card UUID.
     */
    uuid: string;
    /**
     * Clara-side status of the card (e.g. ACTIVE, BLOCKED, CANCELLED, EXPIRED, LOCKED, FROZEN, RESTRICTED, INACTIVE).
     */
    claraStatus?: string;
    /**
     * Status of the card at the processor (same value set as `claraStatus`).
     */
    status?: string;
    /**
     * Lock state (e.g. UNLOCKED, LOCKED).
     */
    lockCode?: string;
    /**
     * Card alias.
     */
    alias?: string;
    /**
     * Spending limit per period, in COP.
     */
    threshold?: number;
    /**
     * Threshold period: DAILY, WEEKLY or MONTHLY.
     */
    periodicity?: string;
    /**
     * Card product/format.
     */
    type?: string;
    /**
     * Card brand.
     */
    brand?: string;
    /**
     * First 6 and last 4 digits of the card number.
     */
    maskedPan?: string;
    user?: InternalUser;
};

/**
 * Several cards to create in one call.
 */
export type CardsBulkCreateRequest = {
    /**
     * The cards to create.
     */
    cardsRequests: Array<CardRequest>;
};

/**
 * Cards to delete (shape guessed: "probably a list of card UUIDs").
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardsDeleteRequest = {
    /**
     * Cards to delete.
     */
    cardUuids: Array<string>;
};

/**
 * Lock state to set on several cards (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardsLockRequest = {
    /**
     * Cards to lock or unlock.
     */
    cardUuids: Array<string>;
    /**
     * true locks the cards, false unlocks them.
     */
    locked: boolean;
};

/**
 * Result of a hybrid bulk card operation: one result per card when Clara finishes within about 30 s; otherwise possibly empty (every field is optional) and the outcome arrives by webhook (e.g. CARD_CREATION_REQUEST_CREATED / CARD_CREATION_REQUEST_ERROR) or by polling.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardsOperationResult = {
    /**
     * Identifier of the card-request batch, for `GET /v3/cards/requests/batches/{id}`.
     *
     * unverified: reconstructed from Clara's guides.
     */
    batchId?: string;
    /**
     * One result per card, in request order.
     */
    results?: Array<CardOperationResult>;
};

/**
 * New thresholds of several cards (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type CardsThresholdRequest = {
    /**
     * One entry per card.
     */
    cardsThresholds: Array<CardThresholdItem>;
};

/**
 * What the company can issue VCNs with: RCNs, suppliers and templates.
 */
export type CompanyResponseVo = {
    /**
     * Real card numbers.
     */
    rcns?: Array<RcnVo>;
    /**
     * Suppliers.
     */
    suppliers?: Array<SupplierVo>;
    /**
     * Templates.
     */
    templates?: Array<TemplateVo>;
};

/**
 * Identifier of a newly created group.
 */
export type CreationGroupResponse = {
    /**
     * Group UUID.
     */
    uuid: string;
};

/**
 * Currency of a v2 amount.
 */
export type CurrencyV2 = {
    /**
     * ISO 4217 currency code.
     */
    code?: string;
};

/**
 * A custom field a VCN template asks for.
 */
export type CustomFieldVo = {
    /**
     * Field name.
     */
    name?: string;
    /**
     * Maximum length.
     */
    maxLength?: number;
    /**
     * Display type.
     */
    displayType?: string;
    /**
     * Data type.
     */
    dataType?: string;
    /**
     * "Y" when required, "N" otherwise.
     */
    required?: string;
};

/**
 * Day of the week.
 */
export type DayOfWeek = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/**
 * One validation problem.
 */
export type ErrorDetail = {
    /**
     * Offending field or parameter, when known.
     */
    field?: string;
    /**
     * What is wrong with it.
     */
    message: string;
};

/**
 * Error body returned by every failing call. `message` is always present; `code` is Clara's error code (e.g. `VALIDATION_ERROR`, `UNAUTHORIZED`, `FORBIDDEN`, `NOT_FOUND`, or a business code such as `B013`); some endpoints add `details` or `error`.
 */
export type ErrorResponse = {
    /**
     * Clara error code.
     */
    code?: string;
    /**
     * Human-readable description of the error.
     */
    message: string;
    /**
     * When the error occurred.
     */
    timestamp?: string;
    /**
     * Per-field validation problems (objects) or plain messages (strings), when the endpoint provides them.
     */
    details?: Array<ErrorDetail | string>;
    /**
     * Short error name added by some endpoints (e.g. the HTTP reason phrase).
     */
    error?: string;
};

/**
 * Totals of the document.
 */
export type ExtractedDocumentAmount = {
    /**
     * ISO 4217 currency code.
     */
    currency?: string;
    /**
     * Amount before taxes and tip.
     */
    subTotal?: number;
    /**
     * Taxes.
     */
    taxesAmount?: number;
    /**
     * Tip.
     */
    tipAmount?: number;
    /**
     * Total.
     */
    total?: number;
    /**
     * Tax rate in percent.
     */
    taxPercentage?: number;
    /**
     * Tip rate in percent.
     */
    tipPercentage?: number;
};

/**
 * Data read from the document by Clara's receipt scanner.
 */
export type ExtractedDocumentData = {
    /**
     * Folio fiscal (UUID of a Mexican CFDI) when the document is one; null otherwise.
     */
    folioFiscalUuid?: string | null;
    /**
     * Invoice number printed on the document.
     */
    invoiceId?: string;
    /**
     * Date on the receipt.
     */
    receiptDate?: string;
    /**
     * Issue date.
     */
    issueDate?: string;
    /**
     * Billing date.
     */
    billingDate?: string;
    /**
     * ISO 3166-1 alpha-2 country of the document.
     */
    country?: string;
    issuer?: ExtractedDocumentIssuer;
    /**
     * Line items.
     */
    items?: Array<ExtractedDocumentItem>;
    /**
     * Free-text summary of the items.
     */
    itemsDescription?: string;
    amount?: ExtractedDocumentAmount;
};

/**
 * Validation state of the extracted data.
 */
export type ExtractedDocumentFileValidation = {
    status?: ExtractedDocumentValidationStatus;
    /**
     * When it was validated: a local date-time without offset (e.g. `2024-03-15T10:30:00`).
     */
    date?: string;
    /**
     * Who validated it.
     */
    user?: string;
    /**
     * UUID of the validating user.
     */
    userUuid?: string;
};

/**
 * Issuer of the document.
 */
export type ExtractedDocumentIssuer = {
    /**
     * Legal name of the issuer.
     */
    legalName?: string;
    /**
     * Tax identifier of the issuer (NIT).
     */
    taxIdentifier?: string;
};

/**
 * A line item of the document.
 */
export type ExtractedDocumentItem = {
    /**
     * Item description.
     */
    name?: string;
    /**
     * Unit price.
     */
    unitPrice?: number;
    /**
     * Quantity.
     */
    quantity?: number;
    /**
     * Line total.
     */
    total?: number;
};

/**
 * A document extracted from a transaction attachment.
 */
export type ExtractedDocumentResponse = {
    /**
     * Extracted document UUID.
     */
    uuid: string;
    type: ExtractedDocumentType;
    /**
     * UUID of the user who uploaded the file.
     */
    userUuid?: string;
    data?: ExtractedDocumentData;
    fileValidation?: ExtractedDocumentFileValidation;
};

/**
 * Kind of extracted document.
 */
export type ExtractedDocumentType = 'INVOICE' | 'RECEIPT' | 'OTHER';

/**
 * Whether the extracted data was validated, and by whom.
 */
export type ExtractedDocumentValidationStatus = 'VALIDATED_BY_CLARA' | 'VALIDATED_BY_USER' | 'NOT_VERIFIED';

/**
 * Group details.
 */
export type GroupRequest = {
    /**
     * Group name.
     */
    name: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * A group of users.
 */
export type GroupV2 = {
    /**
     * Group UUID.
     */
    uuid: string;
    /**
     * Group name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * Holder of a v2 card.
 */
export type InternalUser = {
    /**
     * User UUID.
     */
    uuid?: string;
    /**
     * Full name of the holder.
     */
    fullName?: string;
    /**
     * Username (e-mail) of the holder.
     */
    username?: string;
};

/**
 * A label attached to a transaction.
 */
export type LabelReference = {
    /**
     * Label UUID.
     */
    uuid: string;
    /**
     * Links to the label (`GET /v2/labels/{uuid}`).
     */
    links?: Array<ResourceLink>;
};

/**
 * A label to create.
 */
export type LabelRequest = {
    /**
     * Label name.
     */
    name: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * Fields of a label to change.
 */
export type LabelUpdateRequest = {
    /**
     * Label name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * A label that can be attached to transactions.
 */
export type LabelV2 = {
    /**
     * Label UUID.
     */
    uuid: string;
    /**
     * Label name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * Labels to create in one call (wrapper property name guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type LabelsCreateRequest = {
    /**
     * The labels.
     */
    labels: Array<LabelRequest>;
};

/**
 * Labels to delete (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type LabelsDeleteRequest = {
    /**
     * The labels.
     */
    uuids: Array<string>;
};

/**
 * A boolean with links to the related resources (e.g. whether a transaction has attachments, and where to get them).
 */
export type LinkedFlag = {
    /**
     * The flag.
     */
    value: boolean;
    /**
     * Links to the related resources.
     */
    links?: Array<ResourceLink>;
};

/**
 * A location (cost centre / office).
 */
export type LocationV2 = {
    /**
     * Location UUID.
     */
    uuid: string;
    /**
     * Location name.
     */
    name?: string;
    /**
     * Description.
     *
     * unverified: reconstructed from Clara's guides.
     */
    description?: string;
};

/**
 * Merchant where the card was used.
 */
export type Merchant = {
    /**
     * Merchant name.
     */
    name?: string;
    /**
     * Merchant category.
     */
    category?: string;
    /**
     * Merchant category code (ISO 18245).
     *
     * unverified: reconstructed from Clara's guides.
     */
    mcc?: string;
};

/**
 * An amount of money.
 */
export type MonetaryAmount = {
    /**
     * Amount in currency units (not cents); treat as a decimal.
     */
    value: number;
    /**
     * ISO 4217 currency code.
     */
    currency: string;
};

/**
 * A page of card-creation requests.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type PageCardCreationRequestResponse = {
    /**
     * The items of this page.
     */
    content: Array<CardCreationRequestResponse>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v3 cards.
 */
export type PageCardResponseV3 = {
    /**
     * The items of this page.
     */
    content: Array<CardResponseV3>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v2 cards.
 */
export type PageCardV2 = {
    /**
     * The items of this page.
     */
    content: Array<CardV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of extracted documents.
 */
export type PageExtractedDocumentResponse = {
    /**
     * The items of this page.
     */
    content: Array<ExtractedDocumentResponse>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of groups.
 */
export type PageGroupV2 = {
    /**
     * The items of this page.
     */
    content: Array<GroupV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of labels.
 */
export type PageLabelV2 = {
    /**
     * The items of this page.
     */
    content: Array<LabelV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of locations.
 */
export type PageLocationV2 = {
    /**
     * The items of this page.
     */
    content: Array<LocationV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of reimbursements.
 */
export type PageReimbursementResponse = {
    /**
     * The items of this page.
     */
    content: Array<ReimbursementResponse>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of webhook subscribers.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type PageSubscriberResponse = {
    /**
     * The items of this page.
     */
    content: Array<SubscriberResponse>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v3 transactions.
 */
export type PageTransactionResponseV3 = {
    /**
     * The items of this page.
     */
    content: Array<TransactionResponseV3>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v2 transactions.
 */
export type PageTransactionV2 = {
    /**
     * The items of this page.
     */
    content: Array<TransactionV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v3 users.
 */
export type PageUserResponseV3 = {
    /**
     * The items of this page.
     */
    content: Array<UserResponseV3>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * A page of v2 users.
 */
export type PageUserV2 = {
    /**
     * The items of this page.
     */
    content: Array<UserV2>;
    /**
     * Total number of items across all pages.
     */
    totalElements: number;
    /**
     * Total number of pages.
     */
    totalPages: number;
    /**
     * Requested page size.
     */
    size: number;
    /**
     * Zero-based index of this page.
     */
    number: number;
    /**
     * Whether this is the first page.
     */
    first?: boolean;
    /**
     * Whether this is the last page (clients iterate until `last` is true).
     */
    last?: boolean;
    /**
     * Number of items in this page.
     */
    numberOfElements?: number;
    /**
     * Whether this page has no items.
     */
    empty?: boolean;
    /**
     * Spring Data paging request echoed back by the server.
     */
    pageable?: PageableObject;
    /**
     * Sort applied to the query.
     */
    sort?: SortObject;
};

/**
 * Spring Data `Pageable` as serialised in page responses.
 */
export type PageableObject = {
    /**
     * Zero-based page index.
     */
    pageNumber?: number;
    /**
     * Page size.
     */
    pageSize?: number;
    /**
     * Offset of the first item.
     */
    offset?: number;
    /**
     * Whether the request was paged.
     */
    paged?: boolean;
    /**
     * Whether the request was unpaged.
     */
    unpaged?: boolean;
    sort?: SortObject;
};

/**
 * A merchant category allowed by a template.
 */
export type PurchaseTypeVo = {
    /**
     * Merchant category code.
     */
    mcc?: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * A real card number (RCN) VCNs are issued from.
 */
export type RcnVo = {
    /**
     * RCN identifier.
     */
    id?: number;
    /**
     * RCN alias.
     */
    alias?: string;
};

/**
 * Who requested the reimbursement.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type ReimbursementRequester = {
    /**
     * User UUID.
     */
    uuid?: string;
    /**
     * Full name.
     */
    name?: string;
};

/**
 * An out-of-pocket expense reimbursement (schema not documented; fields guessed from the list filters).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type ReimbursementResponse = {
    /**
     * Reimbursement UUID.
     */
    uuid: string;
    /**
     * Status, e.g. PENDING, APPROVED (full list not documented).
     */
    status?: string;
    requester?: ReimbursementRequester;
    /**
     * Expense category code (digits).
     */
    categoryCode?: string;
    /**
     * Expense category name.
     */
    categoryName?: string;
    /**
     * Description of the expense.
     */
    description?: string;
    amount?: MonetaryAmount;
    /**
     * Date of the expense.
     */
    expenseDate?: string;
    /**
     * When the request was created.
     */
    requestCreationDate?: string;
    /**
     * Date of the final approval.
     */
    finalApprovalDate?: string;
    /**
     * When it was paid.
     */
    paymentDate?: string | null;
    /**
     * Last update.
     */
    lastUpdateDate?: string;
};

/**
 * HATEOAS link to a related resource.
 */
export type ResourceLink = {
    /**
     * Relation name.
     */
    rel?: string;
    /**
     * Absolute URL of the resource.
     */
    href?: string;
};

/**
 * A control of a template rule.
 */
export type RuleControlVo = {
    /**
     * Control code: VA = validity, VL = velocity.
     */
    code?: string;
    /**
     * Description.
     */
    description?: string;
};

/**
 * Spring Data `Sort` as serialised in page responses.
 */
export type SortObject = {
    /**
     * Whether a sort was applied.
     */
    sorted?: boolean;
    /**
     * Whether no sort was applied.
     */
    unsorted?: boolean;
    /**
     * Whether the sort is empty.
     */
    empty?: boolean;
};

/**
 * An event to add to the subscriber registered for a callback URL.
 */
export type SubscriberEventRequest = {
    /**
     * Callback URL of the existing subscriber.
     */
    callbackUrl: string;
    /**
     * Event name.
     */
    event: string;
    /**
     * Company the subscription is for.
     */
    companyUuid?: string;
};

/**
 * A webhook subscriber to create.
 */
export type SubscriberRequest = {
    /**
     * Subscriber name.
     */
    name: string;
    /**
     * HTTPS URL Clara posts events to.
     */
    callbackUrl: string;
    /**
     * Events to receive, e.g. PAYMENT_PAID, CARD_CREATION_REQUEST_CREATED, CARD_CREATION_REQUEST_ERROR.
     */
    events: Array<string>;
    /**
     * Whether deliveries are enabled.
     */
    enabled?: boolean;
    /**
     * Company the subscription is for (holding companies).
     */
    companyUuid?: string;
};

/**
 * A webhook subscriber (response shape not documented; mirrors the request).
 */
export type SubscriberResponse = {
    /**
     * Subscriber UUID.
     */
    uuid: string;
    /**
     * Subscriber name.
     */
    name?: string;
    /**
     * Callback URL.
     */
    callbackUrl?: string;
    /**
     * Subscribed events.
     */
    events?: Array<string>;
    /**
     * Whether deliveries are enabled.
     */
    enabled?: boolean;
    /**
     * Company UUID.
     */
    companyUuid?: string;
};

/**
 * Fields of a subscriber to change; all optional.
 */
export type SubscriberUpdateRequest = {
    /**
     * Subscriber name.
     */
    name?: string;
    /**
     * HTTPS URL Clara posts events to.
     */
    callbackUrl?: string;
    /**
     * Events to receive (replaces the list).
     */
    events?: Array<string>;
    /**
     * Whether deliveries are enabled.
     */
    enabled?: boolean;
    /**
     * Company the subscription is for.
     */
    companyUuid?: string;
};

/**
 * A VCN supplier.
 */
export type SupplierVo = {
    /**
     * Supplier identifier.
     */
    id?: number;
    /**
     * Supplier name.
     */
    name?: string;
};

/**
 * A rule of a VCN template.
 */
export type TemplateRuleVo = {
    /**
     * Rule name.
     */
    name?: string | null;
    /**
     * Rule type.
     */
    type?: string | null;
    /**
     * Controls of the rule.
     */
    controls?: Array<RuleControlVo>;
};

/**
 * A VCN template.
 */
export type TemplateVo = {
    /**
     * Template identifier.
     */
    id?: number;
    /**
     * Template name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Template type.
     */
    type?: string;
    /**
     * Whether ICMP is enabled.
     */
    icmpEnabled?: boolean;
    /**
     * Allowed merchant categories.
     */
    purchaseTypes?: Array<PurchaseTypeVo>;
    /**
     * Rules.
     */
    rules?: Array<TemplateRuleVo>;
    /**
     * Custom fields to provide.
     */
    customFields?: Array<CustomFieldVo>;
};

/**
 * Attachment of a v2 transaction (fields not documented).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type TransactionAttachmentV2 = {
    /**
     * Attachment UUID.
     */
    uuid?: string;
    /**
     * File name.
     */
    fileName?: string;
    /**
     * Download URL.
     */
    url?: string;
};

/**
 * Holder of the card.
 */
export type TransactionCardUserV2 = {
    /**
     * User UUID.
     */
    uuid?: string;
    /**
     * Username (e-mail).
     */
    username?: string;
    /**
     * Full name.
     */
    userFullName?: string;
};

/**
 * Holder of the card.
 */
export type TransactionCardUserV3 = {
    /**
     * User UUID.
     */
    uuid?: string;
    /**
     * Username (e-mail) of the user.
     */
    username?: string;
    /**
     * Full name of the user.
     */
    userFullName?: string;
};

/**
 * Card used for a v2 transaction.
 */
export type TransactionCardV2 = {
    /**
     * Card UUID.
     */
    uuid?: string;
    /**
     * First 6 and last 4 digits.
     */
    maskedPan?: string;
    user?: TransactionCardUserV2;
};

/**
 * Card used for the transaction.
 */
export type TransactionCardV3 = {
    /**
     * Card UUID.
     */
    uuid: string;
    /**
     * First 6 and last 4 digits of the card number.
     */
    maskedPan?: string;
    /**
     * Last four digits of the card number.
     *
     * unverified: reconstructed from Clara's guides.
     */
    lastFourDigits?: string;
    user?: TransactionCardUserV3;
};

/**
 * A comment for one transaction.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type TransactionCommentItem = {
    /**
     * Transaction UUID.
     */
    transactionUuid: string;
    /**
     * Comment text.
     */
    comment: string;
};

/**
 * A comment for one transaction (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type TransactionCommentRequest = {
    /**
     * Comment text.
     */
    comment: string;
};

/**
 * Comments for several transactions (shape guessed: the documentation gives only the operation summary).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type TransactionCommentsRequest = {
    /**
     * One comment per transaction.
     */
    comments: Array<TransactionCommentItem>;
};

/**
 * Attachments of a transaction with download links.
 */
export type TransactionDocumentsResponse = {
    /**
     * Transaction UUID.
     */
    transactionUuid: string;
    /**
     * Attachments of the transaction.
     */
    attachments: Array<AttachmentResponse>;
};

/**
 * Labels to bind to transactions: every listed label is attached to every listed transaction (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type TransactionLabelsRequest = {
    /**
     * Transactions to label.
     */
    transactionUuids: Array<string>;
    /**
     * Labels to attach (see `GET /v2/labels`).
     */
    labelUuids: Array<string>;
};

/**
 * A card transaction (v3).
 */
export type TransactionResponseV3 = {
    /**
     * Transaction UUID.
     */
    uuid: string;
    type: TransactionType;
    status: TransactionStatus;
    /**
     * Merchant descriptor as printed on the statement.
     */
    transactionLabel?: string;
    merchant?: Merchant;
    /**
     * Amount in the company's contract currency (COP).
     */
    amountValue?: MonetaryAmount;
    /**
     * Amount in the original (foreign) currency, for transactions abroad.
     *
     * unverified: reconstructed from Clara's guides.
     */
    originalAmount?: MonetaryAmount;
    /**
     * Mastercard approval number.
     */
    authorizationNumber?: string;
    /**
     * First 6 and last 4 digits of the card number.
     */
    maskedPan?: string;
    card?: TransactionCardV3;
    user?: TransactionUserV3;
    billingStatement?: BillingStatementReference;
    /**
     * Labels attached to the transaction.
     */
    labels?: Array<LabelReference>;
    /**
     * When the operation took place.
     */
    operationDate?: string;
    /**
     * Accounting (posting) date.
     */
    accountingDate?: string;
    /**
     * Last modification of the transaction.
     */
    lastUpdateDate?: string;
    /**
     * Whether attachments exist; links to `GET /v3/transactions/{uuid}/documents`.
     */
    hasAttachments?: LinkedFlag;
    /**
     * Whether receipt-scanner documents exist; links to `GET /v3/transactions/{uuid}/extracted-documents`.
     */
    hasExtractedDocuments?: LinkedFlag;
    /**
     * Accounting (ERP) fields of the transaction; property name guessed.
     *
     * unverified: reconstructed from Clara's guides.
     */
    accountingFields?: Array<AccountingField>;
    /**
     * Comment attached to the transaction.
     *
     * unverified: reconstructed from Clara's guides.
     */
    comment?: string | null;
};

/**
 * Lifecycle status (short code in parentheses): NOTIFICATION (ON) → PRE_AUTHORIZED (AU) → AUTHORIZED (OP, after Mastercard reconciliation, up to 2 business days). REJECTED (RJ) and SYSTEM_TRANSACTION (EC; FEE/PAYMENT/CREDIT) are terminal. One Clara guide renders the status as an object `{code, description}`; this document follows the plain-string form of the quick-start sample.
 *
 * Contested: Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it.
 */
export type TransactionStatus = 'NOTIFICATION' | 'PRE_AUTHORIZED' | 'AUTHORIZED' | 'REJECTED' | 'SYSTEM_TRANSACTION';

/**
 * Kind of transaction: card purchase, refund, Clara fee, credit, or a payment to the credit line.
 */
export type TransactionType = 'PURCHASE' | 'REFUND' | 'FEE' | 'CREDIT' | 'PAYMENT';

/**
 * Owner of the card used.
 */
export type TransactionUserV3 = {
    /**
     * User UUID.
     */
    uuid: string;
    /**
     * Full name of the user.
     */
    name?: string;
};

/**
 * A card transaction (v2; also returned by the legacy v1 endpoints).
 */
export type TransactionV2 = {
    /**
     * Transaction UUID.
     */
    uuid: string;
    /**
     * Transaction type, e.g. PURCHASE.
     */
    type?: string;
    /**
     * Merchant descriptor.
     */
    label?: string;
    amount?: AmountV2;
    /**
     * Mastercard approval number.
     */
    authorizationNumber?: string;
    /**
     * When the operation took place.
     */
    operationDate?: string;
    /**
     * Accounting (posting) date.
     */
    accountingDate?: string;
    /**
     * Last modification (format not documented).
     */
    lastUpdate?: string;
    /**
     * Whether a CFDI invoice is linked (always false outside Mexico).
     */
    hasInvoice?: boolean;
    merchant?: Merchant;
    bankConcept?: BankConcept;
    card?: TransactionCardV2;
    /**
     * Attachments of the transaction.
     */
    attachments?: Array<TransactionAttachmentV2>;
};

/**
 * A user to create (field names not documented; guessed from the list filters).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type UserCreateRequest = {
    /**
     * First name(s).
     */
    name: string;
    /**
     * Last name(s).
     */
    lastName: string;
    /**
     * E-mail address; receives the invitation.
     */
    email: string;
    role: UserRole;
    /**
     * Mobile phone in international format.
     */
    mobilePhone?: string;
    /**
     * Personal tax identifier (cédula).
     */
    taxIdentifier?: string;
    /**
     * Identifier of the user in the company's ERP.
     */
    erpId?: string;
    /**
     * Location (cost centre) UUID.
     */
    locationUuid?: string;
    /**
     * Manager's user UUID.
     */
    managerUuid?: string;
};

/**
 * Location (cost centre / office) of the user.
 */
export type UserLocation = {
    /**
     * Location UUID.
     */
    uuid: string;
    /**
     * Location name.
     */
    name?: string;
};

/**
 * Manager of the user.
 */
export type UserManager = {
    /**
     * Manager's user UUID.
     */
    uuid: string;
    /**
     * Manager's full name.
     */
    fullName?: string;
};

/**
 * A user of the company (v3). Property names follow the documented list filters; the schema itself is not published.
 */
export type UserResponseV3 = {
    /**
     * User UUID.
     */
    uuid: string;
    /**
     * First name(s).
     */
    name?: string;
    /**
     * Last name(s).
     */
    lastName?: string;
    /**
     * Full name (since March 2024 with both surnames in local order).
     */
    fullName?: string;
    /**
     * E-mail address.
     */
    email?: string;
    /**
     * Username (usually the e-mail).
     */
    username?: string;
    /**
     * Mobile phone in international format.
     */
    mobilePhone?: string;
    /**
     * Personal tax identifier (cédula); validated against the user's country since July 2025.
     */
    taxIdentifier?: string;
    /**
     * Identifier of the user in the company's ERP.
     */
    erpId?: string;
    role?: UserRole;
    /**
     * User status, e.g. ACTIVE, LOCKED.
     */
    status?: string;
    location?: UserLocation;
    manager?: UserManager;
    /**
     * When the user was created.
     */
    createdAt?: string;
};

/**
 * Role of a user in the company. API projects need a COMPANY_OWNER user.
 */
export type UserRole = 'EMPLOYEE' | 'MANAGER' | 'COMPANY_OWNER' | 'BOOKKEEPER';

/**
 * Fields of a user to change; absent fields are left unchanged (field names guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type UserUpdateRequest = {
    /**
     * First name(s).
     */
    name?: string;
    /**
     * Last name(s).
     */
    lastName?: string;
    role?: UserRole;
    /**
     * Mobile phone in international format.
     */
    mobilePhone?: string;
    /**
     * Personal tax identifier (cédula).
     */
    taxIdentifier?: string;
    /**
     * Identifier of the user in the company's ERP.
     */
    erpId?: string;
    /**
     * Location (cost centre) UUID.
     */
    locationUuid?: string;
    /**
     * Manager's user UUID.
     */
    managerUuid?: string;
    /**
     * New status, e.g. ACTIVE, LOCKED.
     */
    status?: string;
};

/**
 * A user of the company (v2; also returned by the legacy v1 endpoints). Not documented; assumed to carry the same core fields as v3.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type UserV2 = {
    /**
     * User UUID.
     */
    uuid: string;
    /**
     * First name(s).
     */
    name?: string;
    /**
     * Last name(s).
     */
    lastName?: string;
    /**
     * Full name (since March 2024 with both surnames in local order).
     */
    fullName?: string;
    /**
     * E-mail address.
     */
    email?: string;
    /**
     * Username (usually the e-mail).
     */
    username?: string;
    /**
     * Mobile phone in international format.
     */
    mobilePhone?: string;
    /**
     * Personal tax identifier (cédula); validated against the user's country since July 2025.
     */
    taxIdentifier?: string;
    /**
     * Identifier of the user in the company's ERP.
     */
    erpId?: string;
    role?: UserRole;
    /**
     * User status, e.g. ACTIVE, LOCKED.
     */
    status?: string;
    /**
     * Location UUID.
     */
    locationUuid?: string;
    /**
     * Manager's user UUID.
     */
    managerUuid?: string;
};

/**
 * VCNs to void (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type VcnCancelRequestVo = {
    /**
     * The VCNs to void.
     */
    purchaseIds: Array<string>;
};

/**
 * One VCN of the reconciliation report.
 *
 * unverified: reconstructed from Clara's guides.
 */
export type VcnReportItemVo = {
    /**
     * Purchase identifier.
     */
    purchaseId?: string;
    /**
     * VCN identifier.
     */
    vcnId?: number;
    /**
     * Your reference.
     */
    reference?: string;
    /**
     * Amount authorised.
     */
    amount?: number;
    /**
     * Amount settled.
     */
    settledAmount?: number;
    /**
     * VCN status.
     */
    status?: string;
};

/**
 * Period of the reconciliation report to generate (shape guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type VcnReportRequestVo = {
    /**
     * First day.
     */
    startDate?: string;
    /**
     * Last day.
     */
    endDate?: string;
};

/**
 * The VCN reconciliation report (shape not documented).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type VcnReportResponseVo = {
    /**
     * Report status, e.g. PENDING, READY.
     */
    status?: string;
    /**
     * When the report was generated.
     */
    generatedAt?: string;
    /**
     * The VCNs of the report.
     */
    items?: Array<VcnReportItemVo>;
};

/**
 * A virtual card number to issue. Only `rcnId` (required) and `templateId` are documented for `/v1/vcn/submit`; the other fields come from the VCN guide.
 */
export type VcnRequestVo = {
    /**
     * RCN to issue from (`GET /v1/vcn`).
     */
    rcnId: number;
    /**
     * Template to apply.
     */
    templateId?: number;
    /**
     * Supplier the VCN is for.
     */
    supplierId?: number;
    /**
     * Amount authorised, in COP.
     */
    amount?: number;
    /**
     * First day of validity.
     */
    validFrom?: string;
    /**
     * Last day of validity.
     */
    validTo?: string;
    /**
     * Your reference (e.g. purchase order).
     */
    reference?: string;
    /**
     * Values of the template's custom fields.
     */
    customFields?: Array<VcnCustomFieldValueVo>;
};

/**
 * An issued virtual card number. Contains the full card number and CVV: never log it.
 */
export type VcnResponseVo = {
    /**
     * Purchase identifier (used by `/v1/vcn/{purchaseId}/update`).
     *
     * unverified: reconstructed from Clara's guides.
     */
    purchaseId?: string;
    /**
     * VCN identifier.
     */
    vcnId?: number;
    /**
     * Full card number.
     */
    cardNumber?: string;
    /**
     * Card verification value.
     */
    cvv?: string;
    /**
     * Expiry, MM/YY.
     */
    expirationDate?: string;
    /**
     * Amount authorised, in COP.
     */
    amount?: number;
};

/**
 * Changes to a VCN: its limit and/or its supplier (field names guessed).
 *
 * unverified: reconstructed from Clara's guides.
 */
export type VcnUpdateRequestVo = {
    /**
     * New amount, in COP.
     */
    amount?: number;
    /**
     * New supplier.
     */
    supplierId?: number;
};

/**
 * Value of a template custom field.
 */
export type VcnCustomFieldValueVo = {
    /**
     * Field name.
     */
    name?: string;
    /**
     * Value.
     */
    value?: string;
};

/**
 * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
 */
export type XTaxIdentifier = string;

export type ListCardsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v1/cards';
};

export type ListCardsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListCardsV1Error = ListCardsV1Errors[keyof ListCardsV1Errors];

export type ListCardsV1Responses = {
    /**
     * A page of cards.
     */
    200: PageCardV2;
};

export type ListCardsV1Response = ListCardsV1Responses[keyof ListCardsV1Responses];

export type GetCardV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/cards/{uuid}';
};

export type GetCardV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCardV1Error = GetCardV1Errors[keyof GetCardV1Errors];

export type GetCardV1Responses = {
    /**
     * The card.
     */
    200: CardV2;
};

export type GetCardV1Response = GetCardV1Responses[keyof GetCardV1Responses];

export type ListGroupsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v1/groups';
};

export type ListGroupsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListGroupsV1Error = ListGroupsV1Errors[keyof ListGroupsV1Errors];

export type ListGroupsV1Responses = {
    /**
     * A page of groups.
     */
    200: PageGroupV2;
};

export type ListGroupsV1Response = ListGroupsV1Responses[keyof ListGroupsV1Responses];

export type GetGroupV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Group UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/groups/{uuid}';
};

export type GetGroupV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetGroupV1Error = GetGroupV1Errors[keyof GetGroupV1Errors];

export type GetGroupV1Responses = {
    /**
     * The group.
     */
    200: GroupV2;
};

export type GetGroupV1Response = GetGroupV1Responses[keyof GetGroupV1Responses];

export type ListLocationsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v1/locations';
};

export type ListLocationsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListLocationsV1Error = ListLocationsV1Errors[keyof ListLocationsV1Errors];

export type ListLocationsV1Responses = {
    /**
     * A page of locations.
     */
    200: PageLocationV2;
};

export type ListLocationsV1Response = ListLocationsV1Responses[keyof ListLocationsV1Responses];

export type GetLocationV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Location UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/locations/{uuid}';
};

export type GetLocationV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetLocationV1Error = GetLocationV1Errors[keyof GetLocationV1Errors];

export type GetLocationV1Responses = {
    /**
     * The location.
     */
    200: LocationV2;
};

export type GetLocationV1Response = GetLocationV1Responses[keyof GetLocationV1Responses];

export type GetCurrentLogsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/logs/current';
};

export type GetCurrentLogsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCurrentLogsV1Error = GetCurrentLogsV1Errors[keyof GetCurrentLogsV1Errors];

export type GetCurrentLogsV1Responses = {
    /**
     * Usage of the current month.
     */
    200: ApiUsageLogResponse;
};

export type GetCurrentLogsV1Response = GetCurrentLogsV1Responses[keyof GetCurrentLogsV1Responses];

export type GetLogsByMonthV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Four-digit year (yyyy).
         */
        year: number;
        /**
         * Month (MM), 01–12: send two digits (`03`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM`); a one-digit month may be refused.
         */
        month: number;
    };
    query?: never;
    url: '/v1/logs/{year}/{month}';
};

export type GetLogsByMonthV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetLogsByMonthV1Error = GetLogsByMonthV1Errors[keyof GetLogsByMonthV1Errors];

export type GetLogsByMonthV1Responses = {
    /**
     * Usage of the month.
     */
    200: ApiUsageLogResponse;
};

export type GetLogsByMonthV1Response = GetLogsByMonthV1Responses[keyof GetLogsByMonthV1Responses];

export type GetLogsByDayV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Four-digit year (yyyy).
         */
        year: number;
        /**
         * Month (MM), 01–12: send two digits (`03`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM`); a one-digit month may be refused.
         */
        month: number;
        /**
         * Day of the month (dd), 01–31: send two digits (`05`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM/dd`).
         */
        day: number;
    };
    query?: never;
    url: '/v1/logs/{year}/{month}/{day}';
};

export type GetLogsByDayV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetLogsByDayV1Error = GetLogsByDayV1Errors[keyof GetLogsByDayV1Errors];

export type GetLogsByDayV1Responses = {
    /**
     * Usage of the day.
     */
    200: ApiUsageLogResponse;
};

export type GetLogsByDayV1Response = GetLogsByDayV1Responses[keyof GetLogsByDayV1Responses];

export type ListSubscribersV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
        /**
         * Only the subscriber with this UUID.
         */
        uuid?: string;
        /**
         * Only subscribers with this name.
         */
        name?: string;
        /**
         * Only subscribers with this callback URL.
         */
        callbackUrl?: string;
        /**
         * Only enabled (true) or disabled (false) subscribers.
         */
        enabled?: boolean;
        /**
         * Only subscribers to these events. Comma-separated.
         */
        events?: Array<string>;
        /**
         * Only subscribers of this company.
         */
        companyUuid?: string;
    };
    url: '/v1/subscribers';
};

export type ListSubscribersV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListSubscribersV1Error = ListSubscribersV1Errors[keyof ListSubscribersV1Errors];

export type ListSubscribersV1Responses = {
    /**
     * A page of subscribers.
     */
    200: PageSubscriberResponse;
};

export type ListSubscribersV1Response = ListSubscribersV1Responses[keyof ListSubscribersV1Responses];

export type CreateSubscriberV1Data = {
    body: SubscriberRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/subscribers';
};

export type CreateSubscriberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateSubscriberV1Error = CreateSubscriberV1Errors[keyof CreateSubscriberV1Errors];

export type CreateSubscriberV1Responses = {
    /**
     * Subscriber created.
     */
    201: SubscriberResponse;
};

export type CreateSubscriberV1Response = CreateSubscriberV1Responses[keyof CreateSubscriberV1Responses];

export type AddSubscriberEventV1Data = {
    body: SubscriberEventRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/subscribers/add-event';
};

export type AddSubscriberEventV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type AddSubscriberEventV1Error = AddSubscriberEventV1Errors[keyof AddSubscriberEventV1Errors];

export type AddSubscriberEventV1Responses = {
    /**
     * Event added.
     */
    204: void;
};

export type AddSubscriberEventV1Response = AddSubscriberEventV1Responses[keyof AddSubscriberEventV1Responses];

export type DeleteSubscriberEventV1Data = {
    body: SubscriberEventRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/subscribers/delete-event';
};

export type DeleteSubscriberEventV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteSubscriberEventV1Error = DeleteSubscriberEventV1Errors[keyof DeleteSubscriberEventV1Errors];

export type DeleteSubscriberEventV1Responses = {
    /**
     * Event removed.
     */
    204: void;
};

export type DeleteSubscriberEventV1Response = DeleteSubscriberEventV1Responses[keyof DeleteSubscriberEventV1Responses];

export type DeleteSubscriberV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Subscriber UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/subscribers/{uuid}';
};

export type DeleteSubscriberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteSubscriberV1Error = DeleteSubscriberV1Errors[keyof DeleteSubscriberV1Errors];

export type DeleteSubscriberV1Responses = {
    /**
     * Subscriber deleted.
     */
    204: void;
};

export type DeleteSubscriberV1Response = DeleteSubscriberV1Responses[keyof DeleteSubscriberV1Responses];

export type UpdateSubscriberV1Data = {
    body: SubscriberUpdateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Subscriber UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/subscribers/{uuid}';
};

export type UpdateSubscriberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateSubscriberV1Error = UpdateSubscriberV1Errors[keyof UpdateSubscriberV1Errors];

export type UpdateSubscriberV1Responses = {
    /**
     * Subscriber updated.
     */
    200: SubscriberResponse;
};

export type UpdateSubscriberV1Response = UpdateSubscriberV1Responses[keyof UpdateSubscriberV1Responses];

export type ListTransactionsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v1/transactions';
};

export type ListTransactionsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListTransactionsV1Error = ListTransactionsV1Errors[keyof ListTransactionsV1Errors];

export type ListTransactionsV1Responses = {
    /**
     * A page of transactions.
     */
    200: PageTransactionV2;
};

export type ListTransactionsV1Response = ListTransactionsV1Responses[keyof ListTransactionsV1Responses];

export type GetTransactionV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/transactions/{uuid}';
};

export type GetTransactionV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetTransactionV1Error = GetTransactionV1Errors[keyof GetTransactionV1Errors];

export type GetTransactionV1Responses = {
    /**
     * The transaction.
     */
    200: TransactionV2;
};

export type GetTransactionV1Response = GetTransactionV1Responses[keyof GetTransactionV1Responses];

export type ListUsersV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v1/users';
};

export type ListUsersV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListUsersV1Error = ListUsersV1Errors[keyof ListUsersV1Errors];

export type ListUsersV1Responses = {
    /**
     * A page of users.
     */
    200: PageUserV2;
};

export type ListUsersV1Response = ListUsersV1Responses[keyof ListUsersV1Responses];

export type GetUserV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * User UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v1/users/{uuid}';
};

export type GetUserV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetUserV1Error = GetUserV1Errors[keyof GetUserV1Errors];

export type GetUserV1Responses = {
    /**
     * The user.
     */
    200: UserV2;
};

export type GetUserV1Response = GetUserV1Responses[keyof GetUserV1Responses];

export type GetVirtualCardNumberCompanyDetailsV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Which details to return.
         */
        companyDetail?: 'ALL' | 'RCN' | 'TEMPLATE' | 'SUPPLIER';
    };
    url: '/v1/vcn';
};

export type GetVirtualCardNumberCompanyDetailsV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetVirtualCardNumberCompanyDetailsV1Error = GetVirtualCardNumberCompanyDetailsV1Errors[keyof GetVirtualCardNumberCompanyDetailsV1Errors];

export type GetVirtualCardNumberCompanyDetailsV1Responses = {
    /**
     * RCNs, suppliers and templates.
     */
    200: CompanyResponseVo;
};

export type GetVirtualCardNumberCompanyDetailsV1Response = GetVirtualCardNumberCompanyDetailsV1Responses[keyof GetVirtualCardNumberCompanyDetailsV1Responses];

export type CancelVirtualCardNumbersV1Data = {
    body: VcnCancelRequestVo;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/vcn/cancel';
};

export type CancelVirtualCardNumbersV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CancelVirtualCardNumbersV1Error = CancelVirtualCardNumbersV1Errors[keyof CancelVirtualCardNumbersV1Errors];

export type CancelVirtualCardNumbersV1Responses = {
    /**
     * VCNs voided.
     */
    204: void;
};

export type CancelVirtualCardNumbersV1Response = CancelVirtualCardNumbersV1Responses[keyof CancelVirtualCardNumbersV1Responses];

export type CreateVirtualCardNumberV1Data = {
    body: VcnRequestVo;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/vcn/card';
};

export type CreateVirtualCardNumberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateVirtualCardNumberV1Error = CreateVirtualCardNumberV1Errors[keyof CreateVirtualCardNumberV1Errors];

export type CreateVirtualCardNumberV1Responses = {
    /**
     * The issued VCN.
     */
    200: VcnResponseVo;
};

export type CreateVirtualCardNumberV1Response = CreateVirtualCardNumberV1Responses[keyof CreateVirtualCardNumberV1Responses];

export type GetVirtualCardNumberReportV1Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/vcn/report';
};

export type GetVirtualCardNumberReportV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetVirtualCardNumberReportV1Error = GetVirtualCardNumberReportV1Errors[keyof GetVirtualCardNumberReportV1Errors];

export type GetVirtualCardNumberReportV1Responses = {
    /**
     * The report.
     */
    200: VcnReportResponseVo;
};

export type GetVirtualCardNumberReportV1Response = GetVirtualCardNumberReportV1Responses[keyof GetVirtualCardNumberReportV1Responses];

export type GenerateVirtualCardNumberReportV1Data = {
    body?: VcnReportRequestVo;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/vcn/report';
};

export type GenerateVirtualCardNumberReportV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GenerateVirtualCardNumberReportV1Error = GenerateVirtualCardNumberReportV1Errors[keyof GenerateVirtualCardNumberReportV1Errors];

export type GenerateVirtualCardNumberReportV1Responses = {
    /**
     * Report requested.
     */
    204: void;
};

export type GenerateVirtualCardNumberReportV1Response = GenerateVirtualCardNumberReportV1Responses[keyof GenerateVirtualCardNumberReportV1Responses];

export type SubmitVirtualCardNumberV1Data = {
    body: VcnRequestVo;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/vcn/submit';
};

export type SubmitVirtualCardNumberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type SubmitVirtualCardNumberV1Error = SubmitVirtualCardNumberV1Errors[keyof SubmitVirtualCardNumberV1Errors];

export type SubmitVirtualCardNumberV1Responses = {
    /**
     * The issued VCN.
     */
    200: VcnResponseVo;
};

export type SubmitVirtualCardNumberV1Response = SubmitVirtualCardNumberV1Responses[keyof SubmitVirtualCardNumberV1Responses];

export type UpdateVirtualCardNumberV1Data = {
    body: VcnUpdateRequestVo;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Purchase identifier of the VCN.
         */
        purchaseId: string;
    };
    query?: never;
    url: '/v1/vcn/{purchaseId}/update';
};

export type UpdateVirtualCardNumberV1Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateVirtualCardNumberV1Error = UpdateVirtualCardNumberV1Errors[keyof UpdateVirtualCardNumberV1Errors];

export type UpdateVirtualCardNumberV1Responses = {
    /**
     * VCN updated.
     */
    204: void;
};

export type UpdateVirtualCardNumberV1Response = UpdateVirtualCardNumberV1Responses[keyof UpdateVirtualCardNumberV1Responses];

export type GetCurrentBillingStatementV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/billing-statements/current';
};

export type GetCurrentBillingStatementV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCurrentBillingStatementV2Error = GetCurrentBillingStatementV2Errors[keyof GetCurrentBillingStatementV2Errors];

export type GetCurrentBillingStatementV2Responses = {
    /**
     * The current billing statement.
     */
    200: BillingStatementResponse;
};

export type GetCurrentBillingStatementV2Response = GetCurrentBillingStatementV2Responses[keyof GetCurrentBillingStatementV2Responses];

export type GetBillingStatementByMonthV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Month, 1–12.
         */
        month: number;
        /**
         * Four-digit year.
         */
        year: number;
    };
    query?: never;
    url: '/v2/billing-statements/{month}/{year}';
};

export type GetBillingStatementByMonthV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetBillingStatementByMonthV2Error = GetBillingStatementByMonthV2Errors[keyof GetBillingStatementByMonthV2Errors];

export type GetBillingStatementByMonthV2Responses = {
    /**
     * The billing statement.
     */
    200: BillingStatementResponse;
};

export type GetBillingStatementByMonthV2Response = GetBillingStatementByMonthV2Responses[keyof GetBillingStatementByMonthV2Responses];

export type ListCardsV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v2/cards';
};

export type ListCardsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListCardsV2Error = ListCardsV2Errors[keyof ListCardsV2Errors];

export type ListCardsV2Responses = {
    /**
     * A page of cards.
     */
    200: PageCardV2;
};

export type ListCardsV2Response = ListCardsV2Responses[keyof ListCardsV2Responses];

export type CreateCardV2Data = {
    body: CardRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/cards';
};

export type CreateCardV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateCardV2Error = CreateCardV2Errors[keyof CreateCardV2Errors];

export type CreateCardV2Responses = {
    /**
     * Created (body carries the new card UUID), or accepted for asynchronous processing.
     */
    200: CardOperationResult;
};

export type CreateCardV2Response = CreateCardV2Responses[keyof CreateCardV2Responses];

export type UpdateCardData = {
    body: CardThresholdRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/cards/{uuid}';
};

export type UpdateCardErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateCardError = UpdateCardErrors[keyof UpdateCardErrors];

export type UpdateCardResponses = {
    /**
     * Updated (status UPDATED), or accepted for asynchronous processing.
     */
    200: CardOperationResult;
};

export type UpdateCardResponse = UpdateCardResponses[keyof UpdateCardResponses];

export type DeleteCardConfigurationV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/cards/{uuid}/configurations';
};

export type DeleteCardConfigurationV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteCardConfigurationV2Error = DeleteCardConfigurationV2Errors[keyof DeleteCardConfigurationV2Errors];

export type DeleteCardConfigurationV2Responses = {
    /**
     * Configuration removed.
     */
    204: void;
};

export type DeleteCardConfigurationV2Response = DeleteCardConfigurationV2Responses[keyof DeleteCardConfigurationV2Responses];

export type UpdateCardConfigurationV2Data = {
    body: CardConfigurationRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/cards/{uuid}/configurations';
};

export type UpdateCardConfigurationV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateCardConfigurationV2Error = UpdateCardConfigurationV2Errors[keyof UpdateCardConfigurationV2Errors];

export type UpdateCardConfigurationV2Responses = {
    /**
     * Configuration updated.
     */
    204: void;
};

export type UpdateCardConfigurationV2Response = UpdateCardConfigurationV2Responses[keyof UpdateCardConfigurationV2Responses];

export type CreateCardConfigurationV2Data = {
    body: CardConfigurationRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/cards/{uuid}/configurations';
};

export type CreateCardConfigurationV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateCardConfigurationV2Error = CreateCardConfigurationV2Errors[keyof CreateCardConfigurationV2Errors];

export type CreateCardConfigurationV2Responses = {
    /**
     * Configuration set.
     */
    204: void;
};

export type CreateCardConfigurationV2Response = CreateCardConfigurationV2Responses[keyof CreateCardConfigurationV2Responses];

export type ListGroupsV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v2/groups';
};

export type ListGroupsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListGroupsV2Error = ListGroupsV2Errors[keyof ListGroupsV2Errors];

export type ListGroupsV2Responses = {
    /**
     * A page of groups.
     */
    200: PageGroupV2;
};

export type ListGroupsV2Response = ListGroupsV2Responses[keyof ListGroupsV2Responses];

export type CreateGroupV2Data = {
    body: GroupRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/groups';
};

export type CreateGroupV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateGroupV2Error = CreateGroupV2Errors[keyof CreateGroupV2Errors];

export type CreateGroupV2Responses = {
    /**
     * The UUID of the created group.
     */
    200: CreationGroupResponse;
};

export type CreateGroupV2Response = CreateGroupV2Responses[keyof CreateGroupV2Responses];

export type DeleteGroupV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Group UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/groups/{uuid}';
};

export type DeleteGroupV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteGroupV2Error = DeleteGroupV2Errors[keyof DeleteGroupV2Errors];

export type DeleteGroupV2Responses = {
    /**
     * Group deleted.
     */
    204: void;
};

export type DeleteGroupV2Response = DeleteGroupV2Responses[keyof DeleteGroupV2Responses];

export type GetGroupV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Group UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/groups/{uuid}';
};

export type GetGroupV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetGroupV2Error = GetGroupV2Errors[keyof GetGroupV2Errors];

export type GetGroupV2Responses = {
    /**
     * The group.
     */
    200: GroupV2;
};

export type GetGroupV2Response = GetGroupV2Responses[keyof GetGroupV2Responses];

export type UpdateGroupV2Data = {
    body: GroupRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Group UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/groups/{uuid}';
};

export type UpdateGroupV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateGroupV2Error = UpdateGroupV2Errors[keyof UpdateGroupV2Errors];

export type UpdateGroupV2Responses = {
    /**
     * Group updated.
     */
    204: void;
};

export type UpdateGroupV2Response = UpdateGroupV2Responses[keyof UpdateGroupV2Responses];

export type ListLabelsV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v2/labels';
};

export type ListLabelsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListLabelsV2Error = ListLabelsV2Errors[keyof ListLabelsV2Errors];

export type ListLabelsV2Responses = {
    /**
     * A page of labels.
     */
    200: PageLabelV2;
};

export type ListLabelsV2Response = ListLabelsV2Responses[keyof ListLabelsV2Responses];

export type CreateLabelsV2Data = {
    body: LabelsCreateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/labels';
};

export type CreateLabelsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateLabelsV2Error = CreateLabelsV2Errors[keyof CreateLabelsV2Errors];

export type CreateLabelsV2Responses = {
    /**
     * The created labels.
     */
    200: Array<LabelV2>;
};

export type CreateLabelsV2Response = CreateLabelsV2Responses[keyof CreateLabelsV2Responses];

export type DeleteLabelsV2Data = {
    body: LabelsDeleteRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/labels/delete';
};

export type DeleteLabelsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteLabelsV2Error = DeleteLabelsV2Errors[keyof DeleteLabelsV2Errors];

export type DeleteLabelsV2Responses = {
    /**
     * Labels deleted.
     */
    204: void;
};

export type DeleteLabelsV2Response = DeleteLabelsV2Responses[keyof DeleteLabelsV2Responses];

export type DeleteLabelV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Label UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/labels/{uuid}';
};

export type DeleteLabelV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteLabelV2Error = DeleteLabelV2Errors[keyof DeleteLabelV2Errors];

export type DeleteLabelV2Responses = {
    /**
     * Label deleted.
     */
    204: void;
};

export type DeleteLabelV2Response = DeleteLabelV2Responses[keyof DeleteLabelV2Responses];

export type GetLabelV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Label UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/labels/{uuid}';
};

export type GetLabelV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetLabelV2Error = GetLabelV2Errors[keyof GetLabelV2Errors];

export type GetLabelV2Responses = {
    /**
     * The label.
     */
    200: LabelV2;
};

export type GetLabelV2Response = GetLabelV2Responses[keyof GetLabelV2Responses];

export type UpdateLabelV2Data = {
    body: LabelUpdateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Label UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/labels/{uuid}';
};

export type UpdateLabelV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateLabelV2Error = UpdateLabelV2Errors[keyof UpdateLabelV2Errors];

export type UpdateLabelV2Responses = {
    /**
     * Label updated.
     */
    204: void;
};

export type UpdateLabelV2Response = UpdateLabelV2Responses[keyof UpdateLabelV2Responses];

export type ListLocationsV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v2/locations';
};

export type ListLocationsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListLocationsV2Error = ListLocationsV2Errors[keyof ListLocationsV2Errors];

export type ListLocationsV2Responses = {
    /**
     * A page of locations.
     */
    200: PageLocationV2;
};

export type ListLocationsV2Response = ListLocationsV2Responses[keyof ListLocationsV2Responses];

export type GetLocationV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Location UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/locations/{uuid}';
};

export type GetLocationV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetLocationV2Error = GetLocationV2Errors[keyof GetLocationV2Errors];

export type GetLocationV2Responses = {
    /**
     * The location.
     */
    200: LocationV2;
};

export type GetLocationV2Response = GetLocationV2Responses[keyof GetLocationV2Responses];

export type ListTransactionsV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
        /**
         * Start of the operation date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeStart?: string;
        /**
         * End of the operation date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeEnd?: string;
    };
    url: '/v2/transactions';
};

export type ListTransactionsV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListTransactionsV2Error = ListTransactionsV2Errors[keyof ListTransactionsV2Errors];

export type ListTransactionsV2Responses = {
    /**
     * A page of transactions.
     */
    200: PageTransactionV2;
};

export type ListTransactionsV2Response = ListTransactionsV2Responses[keyof ListTransactionsV2Responses];

export type GetTransactionV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/transactions/{uuid}';
};

export type GetTransactionV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetTransactionV2Error = GetTransactionV2Errors[keyof GetTransactionV2Errors];

export type GetTransactionV2Responses = {
    /**
     * The transaction.
     */
    200: TransactionV2;
};

export type GetTransactionV2Response = GetTransactionV2Responses[keyof GetTransactionV2Responses];

export type ListUsersV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v2/users';
};

export type ListUsersV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListUsersV2Error = ListUsersV2Errors[keyof ListUsersV2Errors];

export type ListUsersV2Responses = {
    /**
     * A page of users.
     */
    200: PageUserV2;
};

export type ListUsersV2Response = ListUsersV2Responses[keyof ListUsersV2Responses];

export type CreateUserV2Data = {
    body: UserCreateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v2/users';
};

export type CreateUserV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateUserV2Error = CreateUserV2Errors[keyof CreateUserV2Errors];

export type CreateUserV2Responses = {
    /**
     * The created user.
     */
    200: UserV2;
};

export type CreateUserV2Response = CreateUserV2Responses[keyof CreateUserV2Responses];

export type GetUserV2Data = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * User UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v2/users/{uuid}';
};

export type GetUserV2Errors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetUserV2Error = GetUserV2Errors[keyof GetUserV2Errors];

export type GetUserV2Responses = {
    /**
     * The user.
     */
    200: UserV2;
};

export type GetUserV2Response = GetUserV2Responses[keyof GetUserV2Responses];

export type ListBillingStatementsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format: property,(asc|desc). Default sort order is ascending. Multiple sort criteria are supported.
         */
        sort?: string | Array<string>;
    };
    url: '/v3/billing-statements';
};

export type ListBillingStatementsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListBillingStatementsError = ListBillingStatementsErrors[keyof ListBillingStatementsErrors];

export type ListBillingStatementsResponses = {
    /**
     * A page of billing statements.
     */
    200: BillingStatementPageV3;
};

export type ListBillingStatementsResponse = ListBillingStatementsResponses[keyof ListBillingStatementsResponses];

export type GetCurrentBillingStatementData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/billing-statements/current';
};

export type GetCurrentBillingStatementErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCurrentBillingStatementError = GetCurrentBillingStatementErrors[keyof GetCurrentBillingStatementErrors];

export type GetCurrentBillingStatementResponses = {
    /**
     * The current billing statement.
     */
    200: BillingStatementResponse;
};

export type GetCurrentBillingStatementResponse = GetCurrentBillingStatementResponses[keyof GetCurrentBillingStatementResponses];

export type GetBillingStatementData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Billing statement UUID.
         */
        uuid: string;
    };
    query?: {
        /**
         * Start of the operation (transaction) date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeStart?: string;
        /**
         * End of the operation (transaction) date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeEnd?: string;
        /**
         * Start of the accounting date range, inclusive (YYYY-MM-DD).
         */
        accountingDateRangeStart?: string;
        /**
         * End of the accounting date range, inclusive (YYYY-MM-DD).
         */
        accountingDateRangeEnd?: string;
        /**
         * Start of the last-update date range, inclusive (YYYY-MM-DD).
         */
        lastUpdateDateRangeStart?: string;
        /**
         * End of the last-update date range, inclusive (YYYY-MM-DD).
         */
        lastUpdateDateRangeEnd?: string;
        /**
         * Only transactions of this user.
         */
        userUuid?: string;
        /**
         * Only transactions of this card.
         */
        cardUuid?: string;
        /**
         * Only transactions of cards ending in these four digits.
         */
        cardLastDigits?: string;
        /**
         * Only transactions of the user with this ERP id.
         */
        userErpId?: string;
        /**
         * Only transactions in this status.
         */
        status?: TransactionStatus;
        /**
         * Only transactions of this operation type (parameter name not documented).
         *
         * unverified: reconstructed from Clara's guides.
         */
        type?: TransactionType;
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned (at most 100)
         */
        size?: number;
    };
    url: '/v3/billing-statements/{uuid}';
};

export type GetBillingStatementErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetBillingStatementError = GetBillingStatementErrors[keyof GetBillingStatementErrors];

export type GetBillingStatementResponses = {
    /**
     * The billing statement.
     */
    200: BillingStatementResponse;
};

export type GetBillingStatementResponse = GetBillingStatementResponses[keyof GetBillingStatementResponses];

export type ListBillingStatementTransactionsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Billing statement UUID.
         */
        uuid: string;
    };
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned (at most 100)
         */
        size?: number;
        /**
         * Sorting criteria: `accountingDate` or `operationDate`, ascending or descending.
         */
        sort?: 'accountingDate,ASC' | 'accountingDate,DESC' | 'operationDate,ASC' | 'operationDate,DESC';
    };
    url: '/v3/billing-statements/{uuid}/transactions';
};

export type ListBillingStatementTransactionsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListBillingStatementTransactionsError = ListBillingStatementTransactionsErrors[keyof ListBillingStatementTransactionsErrors];

export type ListBillingStatementTransactionsResponses = {
    /**
     * A page of the statement's transactions.
     */
    200: PageTransactionResponseV3;
};

export type ListBillingStatementTransactionsResponse = ListBillingStatementTransactionsResponses[keyof ListBillingStatementTransactionsResponses];

export type ListCardsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format: property,(asc|desc). Default sort order is ascending. Multiple sort criteria are supported.
         */
        sort?: string | Array<string>;
        /**
         * Only cards of this user; not combinable with `userErpId`.
         */
        userUuid?: string;
        /**
         * Only cards of the user with exactly this username.
         */
        username?: string;
        /**
         * Only cards in this status (e.g. ACTIVE, BLOCKED, CANCELLED, EXPIRED).
         */
        status?: string;
        /**
         * Only cards with this threshold period.
         */
        periodicity?: CardPeriodicity;
        /**
         * Only cards of this product/format, e.g. MASTER_VIRTUAL, MASTER_WORLD_ELITE.
         */
        type?: string;
        /**
         * Only cards of the user with this ERP id; used only when `userUuid` is absent.
         */
        userErpId?: string;
    };
    url: '/v3/cards';
};

export type ListCardsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListCardsError = ListCardsErrors[keyof ListCardsErrors];

export type ListCardsResponses = {
    /**
     * A page of cards.
     */
    200: PageCardResponseV3;
};

export type ListCardsResponse = ListCardsResponses[keyof ListCardsResponses];

export type CreateCardData = {
    body: CardRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/cards';
};

export type CreateCardErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateCardError = CreateCardErrors[keyof CreateCardErrors];

export type CreateCardResponses = {
    /**
     * Created (body carries the new card UUID): Clara finished the write within about 30 s.
     */
    200: CardOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type CreateCardResponse = CreateCardResponses[keyof CreateCardResponses];

export type CreateCardsData = {
    body: CardsBulkCreateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/cards/bulk-create';
};

export type CreateCardsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateCardsError = CreateCardsErrors[keyof CreateCardsErrors];

export type CreateCardsResponses = {
    /**
     * Created (body carries one result per card): Clara finished the write within about 30 s.
     */
    200: CardsOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type CreateCardsResponse = CreateCardsResponses[keyof CreateCardsResponses];

export type DeleteCardsData = {
    body: CardsDeleteRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/cards/delete';
};

export type DeleteCardsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteCardsError = DeleteCardsErrors[keyof DeleteCardsErrors];

export type DeleteCardsResponses = {
    /**
     * Deleted: Clara finished the write within about 30 s.
     */
    200: CardsOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type DeleteCardsResponse = DeleteCardsResponses[keyof DeleteCardsResponses];

export type ToggleCardsLockData = {
    body: CardsLockRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/cards/lock';
};

export type ToggleCardsLockErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ToggleCardsLockError = ToggleCardsLockErrors[keyof ToggleCardsLockErrors];

export type ToggleCardsLockResponses = {
    /**
     * Updated: Clara finished the write within about 30 s.
     */
    200: CardsOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type ToggleCardsLockResponse = ToggleCardsLockResponses[keyof ToggleCardsLockResponses];

export type ListCardRequestsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format: property,(asc|desc). Default sort order is ascending. Multiple sort criteria are supported.
         */
        sort?: string | Array<string>;
    };
    url: '/v3/cards/requests';
};

export type ListCardRequestsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListCardRequestsError = ListCardRequestsErrors[keyof ListCardRequestsErrors];

export type ListCardRequestsResponses = {
    /**
     * A page of card requests.
     */
    200: PageCardCreationRequestResponse;
};

export type ListCardRequestsResponse = ListCardRequestsResponses[keyof ListCardRequestsResponses];

export type ListCardRequestsByBatchData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Batch identifier.
         */
        id: string;
    };
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned; the server default applies when absent (not documented)
         */
        size?: number;
    };
    url: '/v3/cards/requests/batches/{id}';
};

export type ListCardRequestsByBatchErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListCardRequestsByBatchError = ListCardRequestsByBatchErrors[keyof ListCardRequestsByBatchErrors];

export type ListCardRequestsByBatchResponses = {
    /**
     * A page of the batch's card requests.
     */
    200: PageCardCreationRequestResponse;
};

export type ListCardRequestsByBatchResponse = ListCardRequestsByBatchResponses[keyof ListCardRequestsByBatchResponses];

export type GetCardRequestData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card request identifier.
         */
        id: string;
    };
    query?: never;
    url: '/v3/cards/requests/{id}';
};

export type GetCardRequestErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCardRequestError = GetCardRequestErrors[keyof GetCardRequestErrors];

export type GetCardRequestResponses = {
    /**
     * The card request.
     */
    200: CardCreationRequestResponse;
};

export type GetCardRequestResponse = GetCardRequestResponses[keyof GetCardRequestResponses];

export type UpdateCardsThresholdData = {
    body: CardsThresholdRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/cards/threshold';
};

export type UpdateCardsThresholdErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateCardsThresholdError = UpdateCardsThresholdErrors[keyof UpdateCardsThresholdErrors];

export type UpdateCardsThresholdResponses = {
    /**
     * Updated: Clara finished the write within about 30 s.
     */
    200: CardsOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type UpdateCardsThresholdResponse = UpdateCardsThresholdResponses[keyof UpdateCardsThresholdResponses];

export type DeleteCardData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}';
};

export type DeleteCardErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteCardError = DeleteCardErrors[keyof DeleteCardErrors];

export type DeleteCardResponses = {
    /**
     * Deleted (status DELETED): Clara finished the write within about 30 s.
     */
    200: CardOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type DeleteCardResponse = DeleteCardResponses[keyof DeleteCardResponses];

export type GetCardData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}';
};

export type GetCardErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetCardError = GetCardErrors[keyof GetCardErrors];

export type GetCardResponses = {
    /**
     * The card.
     */
    200: CardResponseV3;
};

export type GetCardResponse = GetCardResponses[keyof GetCardResponses];

export type DeleteCardConfigurationData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}/configurations';
};

export type DeleteCardConfigurationErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteCardConfigurationError = DeleteCardConfigurationErrors[keyof DeleteCardConfigurationErrors];

export type DeleteCardConfigurationResponses = {
    /**
     * Configuration removed.
     */
    204: void;
};

export type DeleteCardConfigurationResponse = DeleteCardConfigurationResponses[keyof DeleteCardConfigurationResponses];

export type UpdateCardConfigurationData = {
    body: CardConfigurationRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}/configurations';
};

export type UpdateCardConfigurationErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateCardConfigurationError = UpdateCardConfigurationErrors[keyof UpdateCardConfigurationErrors];

export type UpdateCardConfigurationResponses = {
    /**
     * Configuration updated.
     */
    204: void;
};

export type UpdateCardConfigurationResponse = UpdateCardConfigurationResponses[keyof UpdateCardConfigurationResponses];

export type CreateCardConfigurationData = {
    body: CardConfigurationRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}/configurations';
};

export type CreateCardConfigurationErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateCardConfigurationError = CreateCardConfigurationErrors[keyof CreateCardConfigurationErrors];

export type CreateCardConfigurationResponses = {
    /**
     * Configuration set.
     */
    204: void;
};

export type CreateCardConfigurationResponse = CreateCardConfigurationResponses[keyof CreateCardConfigurationResponses];

export type ToggleCardLockData = {
    body: CardLockRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}/lock';
};

export type ToggleCardLockErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ToggleCardLockError = ToggleCardLockErrors[keyof ToggleCardLockErrors];

export type ToggleCardLockResponses = {
    /**
     * Updated (status UPDATED): Clara finished the write within about 30 s.
     */
    200: CardOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type ToggleCardLockResponse = ToggleCardLockResponses[keyof ToggleCardLockResponses];

export type UpdateCardThresholdData = {
    body: CardThresholdRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Card UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/cards/{uuid}/threshold';
};

export type UpdateCardThresholdErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Business rule violated, with a Clara code (e.g. B013 "Threshold exceeds company limit").
     */
    422: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateCardThresholdError = UpdateCardThresholdErrors[keyof UpdateCardThresholdErrors];

export type UpdateCardThresholdResponses = {
    /**
     * Updated (status UPDATED): Clara finished the write within about 30 s.
     */
    200: CardOperationResult;
    /**
     * No Content: accepted; Clara finishes the write in the background (result by webhook, or poll the card after 3–5 s).
     */
    204: void;
};

export type UpdateCardThresholdResponse = UpdateCardThresholdResponses[keyof UpdateCardThresholdResponses];

export type ListReimbursementsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format `property,(ASC|DESC)`.
         */
        sort?: string;
        /**
         * Requests created on or after (YYYY-MM-DD).
         */
        requestCreationDateStart?: string;
        /**
         * Requests created on or before (YYYY-MM-DD).
         */
        requestCreationDateEnd?: string;
        /**
         * Expenses on or after (YYYY-MM-DD).
         */
        expenseDateStart?: string;
        /**
         * Expenses on or before (YYYY-MM-DD).
         */
        expenseDateEnd?: string;
        /**
         * Finally approved on or after (YYYY-MM-DD).
         */
        finalApprovalDateStart?: string;
        /**
         * Finally approved on or before (YYYY-MM-DD).
         */
        finalApprovalDateEnd?: string;
        /**
         * Paid on or after (YYYY-MM-DD).
         */
        paymentDateStart?: string;
        /**
         * Paid on or before (YYYY-MM-DD).
         */
        paymentDateEnd?: string;
        /**
         * Updated on or after (YYYY-MM-DD).
         */
        lastUpdateDateStart?: string;
        /**
         * Updated on or before (YYYY-MM-DD).
         */
        lastUpdateDateEnd?: string;
        /**
         * Only these expense category codes (digits). Comma-separated.
         */
        categoryCodes?: Array<string>;
        /**
         * Only these requesters. Comma-separated.
         */
        requesterUuids?: Array<string>;
        /**
         * Only these statuses. Comma-separated.
         */
        statuses?: Array<string>;
        /**
         * Only requesters with this name.
         */
        requesterName?: string;
        /**
         * Only these reimbursements. Comma-separated.
         */
        uuids?: Array<string>;
    };
    url: '/v3/reimbursements';
};

export type ListReimbursementsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListReimbursementsError = ListReimbursementsErrors[keyof ListReimbursementsErrors];

export type ListReimbursementsResponses = {
    /**
     * A page of reimbursements.
     */
    200: PageReimbursementResponse;
};

export type ListReimbursementsResponse = ListReimbursementsResponses[keyof ListReimbursementsResponses];

export type ListTransactionsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned (at most 100)
         */
        size?: number;
        /**
         * Sorting criteria: `accountingDate` or `operationDate`, ascending or descending.
         */
        sort?: 'accountingDate,ASC' | 'accountingDate,DESC' | 'operationDate,ASC' | 'operationDate,DESC';
        /**
         * Start of the operation (transaction) date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeStart?: string;
        /**
         * End of the operation (transaction) date range, inclusive (YYYY-MM-DD).
         */
        operationDateRangeEnd?: string;
        /**
         * Start of the accounting date range, inclusive (YYYY-MM-DD).
         */
        accountingDateRangeStart?: string;
        /**
         * End of the accounting date range, inclusive (YYYY-MM-DD).
         */
        accountingDateRangeEnd?: string;
        /**
         * Start of the last-update date range, inclusive (YYYY-MM-DD).
         */
        lastUpdateDateRangeStart?: string;
        /**
         * End of the last-update date range, inclusive (YYYY-MM-DD).
         */
        lastUpdateDateRangeEnd?: string;
        /**
         * Only transactions of this user.
         */
        userUuid?: string;
        /**
         * Only transactions of this card.
         */
        cardUuid?: string;
        /**
         * Only transactions of cards ending in these four digits.
         */
        cardLastDigits?: string;
        /**
         * Only transactions of the user with this ERP id.
         */
        userErpId?: string;
        /**
         * Only transactions in this status.
         */
        status?: TransactionStatus;
        /**
         * Only transactions of this operation type (parameter name not documented).
         *
         * unverified: reconstructed from Clara's guides.
         */
        type?: TransactionType;
        /**
         * Only transactions with these labels (parameter name inferred from a truncated guide). Comma-separated.
         *
         * unverified: reconstructed from Clara's guides.
         */
        labels?: Array<string>;
    };
    url: '/v3/transactions';
};

export type ListTransactionsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListTransactionsError = ListTransactionsErrors[keyof ListTransactionsErrors];

export type ListTransactionsResponses = {
    /**
     * A page of transactions.
     */
    200: PageTransactionResponseV3;
};

export type ListTransactionsResponse = ListTransactionsResponses[keyof ListTransactionsResponses];

export type CreateTransactionCommentsData = {
    body: TransactionCommentsRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/transactions/comments';
};

export type CreateTransactionCommentsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateTransactionCommentsError = CreateTransactionCommentsErrors[keyof CreateTransactionCommentsErrors];

export type CreateTransactionCommentsResponses = {
    /**
     * Comments created.
     */
    204: void;
};

export type CreateTransactionCommentsResponse = CreateTransactionCommentsResponses[keyof CreateTransactionCommentsResponses];

export type AddTransactionLabelsData = {
    body: TransactionLabelsRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/transactions/labels';
};

export type AddTransactionLabelsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type AddTransactionLabelsError = AddTransactionLabelsErrors[keyof AddTransactionLabelsErrors];

export type AddTransactionLabelsResponses = {
    /**
     * Labels attached.
     */
    204: void;
};

export type AddTransactionLabelsResponse = AddTransactionLabelsResponses[keyof AddTransactionLabelsResponses];

export type GetTransactionData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/transactions/{uuid}';
};

export type GetTransactionErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetTransactionError = GetTransactionErrors[keyof GetTransactionErrors];

export type GetTransactionResponses = {
    /**
     * The transaction.
     */
    200: TransactionResponseV3;
};

export type GetTransactionResponse = GetTransactionResponses[keyof GetTransactionResponses];

export type DeleteTransactionCommentData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/transactions/{uuid}/comments';
};

export type DeleteTransactionCommentErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteTransactionCommentError = DeleteTransactionCommentErrors[keyof DeleteTransactionCommentErrors];

export type DeleteTransactionCommentResponses = {
    /**
     * Comment deleted.
     */
    204: void;
};

export type DeleteTransactionCommentResponse = DeleteTransactionCommentResponses[keyof DeleteTransactionCommentResponses];

export type CreateTransactionCommentData = {
    body: TransactionCommentRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/transactions/{uuid}/comments';
};

export type CreateTransactionCommentErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateTransactionCommentError = CreateTransactionCommentErrors[keyof CreateTransactionCommentErrors];

export type CreateTransactionCommentResponses = {
    /**
     * Comment created.
     */
    204: void;
};

export type CreateTransactionCommentResponse = CreateTransactionCommentResponses[keyof CreateTransactionCommentResponses];

export type ListTransactionDocumentsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/transactions/{uuid}/documents';
};

export type ListTransactionDocumentsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListTransactionDocumentsError = ListTransactionDocumentsErrors[keyof ListTransactionDocumentsErrors];

export type ListTransactionDocumentsResponses = {
    /**
     * The attachments with download links.
     */
    200: TransactionDocumentsResponse;
};

export type ListTransactionDocumentsResponse = ListTransactionDocumentsResponses[keyof ListTransactionDocumentsResponses];

export type ListExtractedDocumentsData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * Transaction UUID.
         */
        uuid: string;
    };
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format `property,(ASC|DESC)`.
         */
        sort?: string;
        /**
         * Only the extracted document with this UUID.
         */
        uuid?: string;
        /**
         * Only documents of this type.
         */
        type?: ExtractedDocumentType;
        /**
         * Only documents in this validation status.
         */
        validationStatus?: ExtractedDocumentValidationStatus;
    };
    url: '/v3/transactions/{uuid}/extracted-documents';
};

export type ListExtractedDocumentsErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListExtractedDocumentsError = ListExtractedDocumentsErrors[keyof ListExtractedDocumentsErrors];

export type ListExtractedDocumentsResponses = {
    /**
     * A page of extracted documents.
     */
    200: PageExtractedDocumentResponse;
};

export type ListExtractedDocumentsResponse = ListExtractedDocumentsResponses[keyof ListExtractedDocumentsResponses];

export type ListUsersData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: {
        /**
         * Zero-based page index (0..N)
         */
        page?: number;
        /**
         * The size of the page to be returned
         */
        size?: number;
        /**
         * Sorting criteria in the format `property,(ASC|DESC)`.
         */
        sort?: string;
        /**
         * Only users in this status (e.g. ACTIVE, LOCKED).
         */
        status?: string;
        /**
         * Only users with this role.
         */
        role?: UserRole;
        /**
         * Only the user with this UUID.
         */
        uuid?: string;
        /**
         * Only users with this first name.
         */
        name?: string;
        /**
         * Only users with this last name.
         */
        lastName?: string;
        /**
         * Only users with this full name.
         */
        fullName?: string;
        /**
         * Only the user with this e-mail.
         */
        email?: string;
        /**
         * Only the user with this mobile phone.
         */
        mobilePhone?: string;
        /**
         * Only the user with this tax identifier (cédula).
         */
        taxIdentifier?: string;
        /**
         * Only the user with this ERP id.
         */
        erpId?: string;
        /**
         * Only users created on or after this date (YYYY-MM-DD).
         */
        createdAtStart?: string;
        /**
         * Only users created on or before this date (YYYY-MM-DD).
         */
        createdAtEnd?: string;
        /**
         * Only users of this location.
         */
        locationUuid?: string;
        /**
         * Only users of the location with this name.
         */
        locationName?: string;
        /**
         * Only users with this manager.
         */
        managerUuid?: string;
    };
    url: '/v3/users';
};

export type ListUsersErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type ListUsersError = ListUsersErrors[keyof ListUsersErrors];

export type ListUsersResponses = {
    /**
     * A page of users.
     */
    200: PageUserResponseV3;
};

export type ListUsersResponse = ListUsersResponses[keyof ListUsersResponses];

export type CreateUserData = {
    body: UserCreateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path?: never;
    query?: never;
    url: '/v3/users';
};

export type CreateUserErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type CreateUserError = CreateUserErrors[keyof CreateUserErrors];

export type CreateUserResponses = {
    /**
     * The created user.
     */
    200: UserResponseV3;
};

export type CreateUserResponse = CreateUserResponses[keyof CreateUserResponses];

export type DeleteUserData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * User UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/users/{uuid}';
};

export type DeleteUserErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type DeleteUserError = DeleteUserErrors[keyof DeleteUserErrors];

export type DeleteUserResponses = {
    /**
     * User deleted.
     */
    204: void;
};

export type DeleteUserResponse = DeleteUserResponses[keyof DeleteUserResponses];

export type GetUserData = {
    body?: never;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * User UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/users/{uuid}';
};

export type GetUserErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type GetUserError = GetUserErrors[keyof GetUserErrors];

export type GetUserResponses = {
    /**
     * The user.
     */
    200: UserResponseV3;
};

export type GetUserResponse = GetUserResponses[keyof GetUserResponses];

export type UpdateUserData = {
    body: UserUpdateRequest;
    headers?: {
        /**
         * Holding companies: act on behalf of a subsidiary by giving its tax identifier; the same token then reads and writes that company's data. Omit it to act for the company that owns the credentials. Value in Colombia: NIT: 9 digits followed by the check digit (dígito de verificación), sent as digits only (e.g. `9001234568`); persons are identified by their cédula (e.g. `1020304050`). Whether Clara also accepts the `900123456-8` spelling is not documented.
         */
        'X-Tax-Identifier'?: string;
    };
    path: {
        /**
         * User UUID.
         */
        uuid: string;
    };
    query?: never;
    url: '/v3/users/{uuid}';
};

export type UpdateUserErrors = {
    /**
     * Bad request: a parameter or the body is invalid (code VALIDATION_ERROR).
     */
    400: ErrorResponse;
    /**
     * Unauthorized: the access token is missing, expired or invalid (get a new token and retry once), or the client certificate is missing (code UNAUTHORIZED).
     */
    401: ErrorResponse;
    /**
     * Forbidden: the project lacks the permission (scope) for this resource, or its user is not a COMPANY_OWNER (code FORBIDDEN).
     */
    403: ErrorResponse;
    /**
     * Not found: no resource with this identifier (code NOT_FOUND).
     */
    404: ErrorResponse;
    /**
     * Rate limit exceeded: back off exponentially. The numeric limit is not documented.
     */
    429: ErrorResponse;
};

export type UpdateUserError = UpdateUserErrors[keyof UpdateUserErrors];

export type UpdateUserResponses = {
    /**
     * User updated.
     */
    204: void;
};

export type UpdateUserResponse = UpdateUserResponses[keyof UpdateUserResponses];

// Generated from specs/br/api-docs-v3.json and specs/br/overlay.yaml by tools/generate — do not edit.

import type { Client, ClientMeta, Options as Options2, RequestResult, TDataShape } from './client/index.js';
import type { AddSubscriberEventV1Data, AddSubscriberEventV1Errors, AddSubscriberEventV1Responses, AddTransactionLabelsData, AddTransactionLabelsErrors, AddTransactionLabelsResponses, CancelVirtualCardNumbersV1Data, CancelVirtualCardNumbersV1Errors, CancelVirtualCardNumbersV1Responses, CreateCardConfigurationData, CreateCardConfigurationErrors, CreateCardConfigurationResponses, CreateCardConfigurationV2Data, CreateCardConfigurationV2Errors, CreateCardConfigurationV2Responses, CreateCardData, CreateCardErrors, CreateCardResponses, CreateCardsData, CreateCardsErrors, CreateCardsResponses, CreateCardV2Data, CreateCardV2Errors, CreateCardV2Responses, CreateGroupV2Data, CreateGroupV2Errors, CreateGroupV2Responses, CreateLabelsV2Data, CreateLabelsV2Errors, CreateLabelsV2Responses, CreatePaymentV2Data, CreatePaymentV2Errors, CreatePaymentV2Responses, CreateSubscriberV1Data, CreateSubscriberV1Errors, CreateSubscriberV1Responses, CreateTransactionCommentData, CreateTransactionCommentErrors, CreateTransactionCommentResponses, CreateTransactionCommentsData, CreateTransactionCommentsErrors, CreateTransactionCommentsResponses, CreateUserData, CreateUserErrors, CreateUserResponses, CreateUserV2Data, CreateUserV2Errors, CreateUserV2Responses, CreateVirtualCardNumberV1Data, CreateVirtualCardNumberV1Errors, CreateVirtualCardNumberV1Responses, DeleteCardConfigurationData, DeleteCardConfigurationErrors, DeleteCardConfigurationResponses, DeleteCardConfigurationV2Data, DeleteCardConfigurationV2Errors, DeleteCardConfigurationV2Responses, DeleteCardData, DeleteCardErrors, DeleteCardResponses, DeleteCardsData, DeleteCardsErrors, DeleteCardsResponses, DeleteGroupV2Data, DeleteGroupV2Errors, DeleteGroupV2Responses, DeleteLabelsV2Data, DeleteLabelsV2Errors, DeleteLabelsV2Responses, DeleteLabelV2Data, DeleteLabelV2Errors, DeleteLabelV2Responses, DeleteSubscriberEventV1Data, DeleteSubscriberEventV1Errors, DeleteSubscriberEventV1Responses, DeleteSubscriberV1Data, DeleteSubscriberV1Errors, DeleteSubscriberV1Responses, DeleteTransactionCommentData, DeleteTransactionCommentErrors, DeleteTransactionCommentResponses, DeleteUserData, DeleteUserErrors, DeleteUserResponses, GenerateVirtualCardNumberReportV1Data, GenerateVirtualCardNumberReportV1Errors, GenerateVirtualCardNumberReportV1Responses, GetBillingStatementByMonthV2Data, GetBillingStatementByMonthV2Errors, GetBillingStatementByMonthV2Responses, GetBillingStatementData, GetBillingStatementErrors, GetBillingStatementResponses, GetCardData, GetCardErrors, GetCardRequestData, GetCardRequestErrors, GetCardRequestResponses, GetCardResponses, GetCardV1Data, GetCardV1Errors, GetCardV1Responses, GetCurrentBillingStatementData, GetCurrentBillingStatementErrors, GetCurrentBillingStatementResponses, GetCurrentBillingStatementV2Data, GetCurrentBillingStatementV2Errors, GetCurrentBillingStatementV2Responses, GetCurrentLogsV1Data, GetCurrentLogsV1Errors, GetCurrentLogsV1Responses, GetGroupV1Data, GetGroupV1Errors, GetGroupV1Responses, GetGroupV2Data, GetGroupV2Errors, GetGroupV2Responses, GetLabelV2Data, GetLabelV2Errors, GetLabelV2Responses, GetLocationV1Data, GetLocationV1Errors, GetLocationV1Responses, GetLocationV2Data, GetLocationV2Errors, GetLocationV2Responses, GetLogsByDayV1Data, GetLogsByDayV1Errors, GetLogsByDayV1Responses, GetLogsByMonthV1Data, GetLogsByMonthV1Errors, GetLogsByMonthV1Responses, GetPaymentDdaInvoiceV2Data, GetPaymentDdaInvoiceV2Errors, GetPaymentDdaInvoiceV2Responses, GetTransactionData, GetTransactionErrors, GetTransactionResponses, GetTransactionV1Data, GetTransactionV1Errors, GetTransactionV1Responses, GetTransactionV2Data, GetTransactionV2Errors, GetTransactionV2Responses, GetUserData, GetUserErrors, GetUserResponses, GetUserV1Data, GetUserV1Errors, GetUserV1Responses, GetUserV2Data, GetUserV2Errors, GetUserV2Responses, GetVirtualCardNumberCompanyDetailsV1Data, GetVirtualCardNumberCompanyDetailsV1Errors, GetVirtualCardNumberCompanyDetailsV1Responses, GetVirtualCardNumberReportV1Data, GetVirtualCardNumberReportV1Errors, GetVirtualCardNumberReportV1Responses, ListAvailablePaymentDdaInvoicesV2Data, ListAvailablePaymentDdaInvoicesV2Errors, ListAvailablePaymentDdaInvoicesV2Responses, ListBillingStatementsData, ListBillingStatementsErrors, ListBillingStatementsResponses, ListBillingStatementTransactionsData, ListBillingStatementTransactionsErrors, ListBillingStatementTransactionsResponses, ListCardRequestsByBatchData, ListCardRequestsByBatchErrors, ListCardRequestsByBatchResponses, ListCardRequestsData, ListCardRequestsErrors, ListCardRequestsResponses, ListCardsData, ListCardsErrors, ListCardsResponses, ListCardsV1Data, ListCardsV1Errors, ListCardsV1Responses, ListCardsV2Data, ListCardsV2Errors, ListCardsV2Responses, ListDigitalAccountTransactionsData, ListDigitalAccountTransactionsErrors, ListDigitalAccountTransactionsResponses, ListExtractedDocumentsData, ListExtractedDocumentsErrors, ListExtractedDocumentsResponses, ListGroupsV1Data, ListGroupsV1Errors, ListGroupsV1Responses, ListGroupsV2Data, ListGroupsV2Errors, ListGroupsV2Responses, ListLabelsV2Data, ListLabelsV2Errors, ListLabelsV2Responses, ListLocationsV1Data, ListLocationsV1Errors, ListLocationsV1Responses, ListLocationsV2Data, ListLocationsV2Errors, ListLocationsV2Responses, ListPaymentDdaInvoicesV2Data, ListPaymentDdaInvoicesV2Errors, ListPaymentDdaInvoicesV2Responses, ListPaymentsV2Data, ListPaymentsV2Errors, ListPaymentsV2Responses, ListReimbursementsData, ListReimbursementsErrors, ListReimbursementsResponses, ListSubscribersV1Data, ListSubscribersV1Errors, ListSubscribersV1Responses, ListTransactionDocumentsData, ListTransactionDocumentsErrors, ListTransactionDocumentsResponses, ListTransactionsData, ListTransactionsErrors, ListTransactionsResponses, ListTransactionsV1Data, ListTransactionsV1Errors, ListTransactionsV1Responses, ListTransactionsV2Data, ListTransactionsV2Errors, ListTransactionsV2Responses, ListUsersData, ListUsersErrors, ListUsersResponses, ListUsersV1Data, ListUsersV1Errors, ListUsersV1Responses, ListUsersV2Data, ListUsersV2Errors, ListUsersV2Responses, SubmitVirtualCardNumberV1Data, SubmitVirtualCardNumberV1Errors, SubmitVirtualCardNumberV1Responses, ToggleCardLockData, ToggleCardLockErrors, ToggleCardLockResponses, ToggleCardsLockData, ToggleCardsLockErrors, ToggleCardsLockResponses, UpdateCardConfigurationData, UpdateCardConfigurationErrors, UpdateCardConfigurationResponses, UpdateCardConfigurationV2Data, UpdateCardConfigurationV2Errors, UpdateCardConfigurationV2Responses, UpdateCardData, UpdateCardErrors, UpdateCardResponses, UpdateCardsThresholdData, UpdateCardsThresholdErrors, UpdateCardsThresholdResponses, UpdateCardThresholdData, UpdateCardThresholdErrors, UpdateCardThresholdResponses, UpdateGroupV2Data, UpdateGroupV2Errors, UpdateGroupV2Responses, UpdateLabelV2Data, UpdateLabelV2Errors, UpdateLabelV2Responses, UpdateSubscriberV1Data, UpdateSubscriberV1Errors, UpdateSubscriberV1Responses, UpdateUserData, UpdateUserErrors, UpdateUserResponses, UpdateVirtualCardNumberV1Data, UpdateVirtualCardNumberV1Errors, UpdateVirtualCardNumberV1Responses } from './types.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Find all cards (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const listCardsV1 = <ThrowOnError extends boolean = false>(options: Options<ListCardsV1Data, ThrowOnError>): RequestResult<ListCardsV1Responses, ListCardsV1Errors, ThrowOnError> => options.client.get<ListCardsV1Responses, ListCardsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/cards',
    ...options
});

/**
 * Find card by UUID (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const getCardV1 = <ThrowOnError extends boolean = false>(options: Options<GetCardV1Data, ThrowOnError>): RequestResult<GetCardV1Responses, GetCardV1Errors, ThrowOnError> => options.client.get<GetCardV1Responses, GetCardV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/cards/{uuid}',
    ...options
});

/**
 * Find all groups (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const listGroupsV1 = <ThrowOnError extends boolean = false>(options: Options<ListGroupsV1Data, ThrowOnError>): RequestResult<ListGroupsV1Responses, ListGroupsV1Errors, ThrowOnError> => options.client.get<ListGroupsV1Responses, ListGroupsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/groups',
    ...options
});

/**
 * Find group by UUID (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const getGroupV1 = <ThrowOnError extends boolean = false>(options: Options<GetGroupV1Data, ThrowOnError>): RequestResult<GetGroupV1Responses, GetGroupV1Errors, ThrowOnError> => options.client.get<GetGroupV1Responses, GetGroupV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/groups/{uuid}',
    ...options
});

/**
 * Find all locations (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const listLocationsV1 = <ThrowOnError extends boolean = false>(options: Options<ListLocationsV1Data, ThrowOnError>): RequestResult<ListLocationsV1Responses, ListLocationsV1Errors, ThrowOnError> => options.client.get<ListLocationsV1Responses, ListLocationsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/locations',
    ...options
});

/**
 * Find location by UUID (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const getLocationV1 = <ThrowOnError extends boolean = false>(options: Options<GetLocationV1Data, ThrowOnError>): RequestResult<GetLocationV1Responses, GetLocationV1Errors, ThrowOnError> => options.client.get<GetLocationV1Responses, GetLocationV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/locations/{uuid}',
    ...options
});

/**
 * API usage logs of the current month
 *
 * Requests made by this project in the current month, with chargeable counts. There is no unbounded listing.
 */
export const getCurrentLogsV1 = <ThrowOnError extends boolean = false>(options: Options<GetCurrentLogsV1Data, ThrowOnError>): RequestResult<GetCurrentLogsV1Responses, GetCurrentLogsV1Errors, ThrowOnError> => options.client.get<GetCurrentLogsV1Responses, GetCurrentLogsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/logs/current',
    ...options
});

/**
 * API usage logs of a month
 */
export const getLogsByMonthV1 = <ThrowOnError extends boolean = false>(options: Options<GetLogsByMonthV1Data, ThrowOnError>): RequestResult<GetLogsByMonthV1Responses, GetLogsByMonthV1Errors, ThrowOnError> => options.client.get<GetLogsByMonthV1Responses, GetLogsByMonthV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/logs/{year}/{month}',
    ...options
});

/**
 * API usage logs of a day
 */
export const getLogsByDayV1 = <ThrowOnError extends boolean = false>(options: Options<GetLogsByDayV1Data, ThrowOnError>): RequestResult<GetLogsByDayV1Responses, GetLogsByDayV1Errors, ThrowOnError> => options.client.get<GetLogsByDayV1Responses, GetLogsByDayV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/logs/{year}/{month}/{day}',
    ...options
});

/**
 * Retrieve subscribers
 *
 * Lists the webhook subscribers of the company, filtered. Clara documents the operation and its filters on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; the response body is not documented (a Spring page of subscribers is assumed).
 *
 * unverified: reconstructed from Clara's guides (the response `PageSubscriberResponse`): expect drift here first.
 */
export const listSubscribersV1 = <ThrowOnError extends boolean = false>(options: Options<ListSubscribersV1Data, ThrowOnError>): RequestResult<ListSubscribersV1Responses, ListSubscribersV1Errors, ThrowOnError> => options.client.get<ListSubscribersV1Responses, ListSubscribersV1Errors, ThrowOnError>({
    querySerializer: { parameters: { events: { array: { explode: false } } } },
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers',
    ...options
});

/**
 * Create webhook subscriber
 *
 * Registers a webhook callback for events such as PAYMENT_PAID or CARD_CREATION_REQUEST_CREATED. The response body is not documented (the subscriber is assumed).
 */
export const createSubscriberV1 = <ThrowOnError extends boolean = false>(options: Options<CreateSubscriberV1Data, ThrowOnError>): RequestResult<CreateSubscriberV1Responses, CreateSubscriberV1Errors, ThrowOnError> => options.client.post<CreateSubscriberV1Responses, CreateSubscriberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Add event to subscriber
 *
 * Adds one event to the subscriber registered for a callback URL. The response is not documented: 204 assumed.
 */
export const addSubscriberEventV1 = <ThrowOnError extends boolean = false>(options: Options<AddSubscriberEventV1Data, ThrowOnError>): RequestResult<AddSubscriberEventV1Responses, AddSubscriberEventV1Errors, ThrowOnError> => options.client.post<AddSubscriberEventV1Responses, AddSubscriberEventV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers/add-event',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete event from subscriber
 *
 * Removes one event from the subscriber registered for a callback URL. Clara documents it on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; neither the body nor the response is documented (the add-event body and 204 are assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
 */
export const deleteSubscriberEventV1 = <ThrowOnError extends boolean = false>(options: Options<DeleteSubscriberEventV1Data, ThrowOnError>): RequestResult<DeleteSubscriberEventV1Responses, DeleteSubscriberEventV1Errors, ThrowOnError> => options.client.delete<DeleteSubscriberEventV1Responses, DeleteSubscriberEventV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers/delete-event',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete a subscriber
 *
 * Removes a webhook subscriber: it receives no more events. Clara documents it on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; the success status is not documented (204 assumed).
 */
export const deleteSubscriberV1 = <ThrowOnError extends boolean = false>(options: Options<DeleteSubscriberV1Data, ThrowOnError>): RequestResult<DeleteSubscriberV1Responses, DeleteSubscriberV1Errors, ThrowOnError> => options.client.delete<DeleteSubscriberV1Responses, DeleteSubscriberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers/{uuid}',
    ...options
});

/**
 * Update webhook subscriber
 *
 * All fields optional. The response body is not documented (the subscriber is assumed).
 */
export const updateSubscriberV1 = <ThrowOnError extends boolean = false>(options: Options<UpdateSubscriberV1Data, ThrowOnError>): RequestResult<UpdateSubscriberV1Responses, UpdateSubscriberV1Errors, ThrowOnError> => options.client.patch<UpdateSubscriberV1Responses, UpdateSubscriberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/subscribers/{uuid}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Find all transactions (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const listTransactionsV1 = <ThrowOnError extends boolean = false>(options: Options<ListTransactionsV1Data, ThrowOnError>): RequestResult<ListTransactionsV1Responses, ListTransactionsV1Errors, ThrowOnError> => options.client.get<ListTransactionsV1Responses, ListTransactionsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/transactions',
    ...options
});

/**
 * Find transaction by UUID (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 */
export const getTransactionV1 = <ThrowOnError extends boolean = false>(options: Options<GetTransactionV1Data, ThrowOnError>): RequestResult<GetTransactionV1Responses, GetTransactionV1Errors, ThrowOnError> => options.client.get<GetTransactionV1Responses, GetTransactionV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/transactions/{uuid}',
    ...options
});

/**
 * Find all users (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 *
 * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
 */
export const listUsersV1 = <ThrowOnError extends boolean = false>(options: Options<ListUsersV1Data, ThrowOnError>): RequestResult<ListUsersV1Responses, ListUsersV1Errors, ThrowOnError> => options.client.get<ListUsersV1Responses, ListUsersV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/users',
    ...options
});

/**
 * Find user by UUID (legacy v1)
 *
 * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
 *
 * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
 */
export const getUserV1 = <ThrowOnError extends boolean = false>(options: Options<GetUserV1Data, ThrowOnError>): RequestResult<GetUserV1Responses, GetUserV1Errors, ThrowOnError> => options.client.get<GetUserV1Responses, GetUserV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/users/{uuid}',
    ...options
});

/**
 * Retrieve company RCNs, templates and suppliers
 *
 * What the company can issue virtual card numbers (VCNs) with.
 */
export const getVirtualCardNumberCompanyDetailsV1 = <ThrowOnError extends boolean = false>(options: Options<GetVirtualCardNumberCompanyDetailsV1Data, ThrowOnError>): RequestResult<GetVirtualCardNumberCompanyDetailsV1Responses, GetVirtualCardNumberCompanyDetailsV1Errors, ThrowOnError> => options.client.get<GetVirtualCardNumberCompanyDetailsV1Responses, GetVirtualCardNumberCompanyDetailsV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn',
    ...options
});

/**
 * Cancel (void) one or more VCNs
 *
 * Body shape not documented; response assumed 204.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `VCNCancelRequestVO`): expect drift here first.
 */
export const cancelVirtualCardNumbersV1 = <ThrowOnError extends boolean = false>(options: Options<CancelVirtualCardNumbersV1Data, ThrowOnError>): RequestResult<CancelVirtualCardNumbersV1Responses, CancelVirtualCardNumbersV1Errors, ThrowOnError> => options.client.post<CancelVirtualCardNumbersV1Responses, CancelVirtualCardNumbersV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/cancel',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create a VCN (guide variant)
 *
 * Issues a virtual card number, as described by Clara's VCN guide; conflicts with `/v1/vcn/submit`, which the API reference documents. Prefer `submitVirtualCardNumberV1`.
 */
export const createVirtualCardNumberV1 = <ThrowOnError extends boolean = false>(options: Options<CreateVirtualCardNumberV1Data, ThrowOnError>): RequestResult<CreateVirtualCardNumberV1Responses, CreateVirtualCardNumberV1Errors, ThrowOnError> => options.client.post<CreateVirtualCardNumberV1Responses, CreateVirtualCardNumberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/card',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Retrieve the VCN reconciliation report
 *
 * The report generated by `generateVirtualCardNumberReportV1`. Shape not documented.
 *
 * unverified: reconstructed from Clara's guides (the operation; the response `VCNReportResponseVO`): expect drift here first.
 */
export const getVirtualCardNumberReportV1 = <ThrowOnError extends boolean = false>(options: Options<GetVirtualCardNumberReportV1Data, ThrowOnError>): RequestResult<GetVirtualCardNumberReportV1Responses, GetVirtualCardNumberReportV1Errors, ThrowOnError> => options.client.get<GetVirtualCardNumberReportV1Responses, GetVirtualCardNumberReportV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/report',
    ...options
});

/**
 * Trigger the VCN reconciliation report
 *
 * Starts generating the reconciliation report; fetch it with `getVirtualCardNumberReportV1`. Body and response not documented (204 assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `VCNReportRequestVO`): expect drift here first.
 */
export const generateVirtualCardNumberReportV1 = <ThrowOnError extends boolean = false>(options: Options<GenerateVirtualCardNumberReportV1Data, ThrowOnError>): RequestResult<GenerateVirtualCardNumberReportV1Responses, GenerateVirtualCardNumberReportV1Errors, ThrowOnError> => options.client.post<GenerateVirtualCardNumberReportV1Responses, GenerateVirtualCardNumberReportV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/report',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create a VCN (purchase)
 *
 * Issues a virtual card number from an RCN and a template. The response is not documented; the VCN details of the guide are assumed. The response contains a full card number and CVV.
 */
export const submitVirtualCardNumberV1 = <ThrowOnError extends boolean = false>(options: Options<SubmitVirtualCardNumberV1Data, ThrowOnError>): RequestResult<SubmitVirtualCardNumberV1Responses, SubmitVirtualCardNumberV1Errors, ThrowOnError> => options.client.post<SubmitVirtualCardNumberV1Responses, SubmitVirtualCardNumberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/submit',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Update a VCN (limit, supplier)
 *
 * Changes the amount and/or supplier of a VCN. Body field names and response not documented (204 assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `VCNUpdateRequestVO`): expect drift here first.
 */
export const updateVirtualCardNumberV1 = <ThrowOnError extends boolean = false>(options: Options<UpdateVirtualCardNumberV1Data, ThrowOnError>): RequestResult<UpdateVirtualCardNumberV1Responses, UpdateVirtualCardNumberV1Errors, ThrowOnError> => options.client.post<UpdateVirtualCardNumberV1Responses, UpdateVirtualCardNumberV1Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/vcn/{purchaseId}/update',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get current billing statement (v2)
 *
 * The v2 response shape is not documented (the published sample is illustrative); the v3 statement is assumed.
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const getCurrentBillingStatementV2 = <ThrowOnError extends boolean = false>(options: Options<GetCurrentBillingStatementV2Data, ThrowOnError>): RequestResult<GetCurrentBillingStatementV2Responses, GetCurrentBillingStatementV2Errors, ThrowOnError> => options.client.get<GetCurrentBillingStatementV2Responses, GetCurrentBillingStatementV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/billing-statements/current',
    ...options
});

/**
 * Get billing statement by month and year (v2)
 *
 * The statement of a given month. Response shape assumed as for `getCurrentBillingStatementV2`.
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const getBillingStatementByMonthV2 = <ThrowOnError extends boolean = false>(options: Options<GetBillingStatementByMonthV2Data, ThrowOnError>): RequestResult<GetBillingStatementByMonthV2Responses, GetBillingStatementByMonthV2Errors, ThrowOnError> => options.client.get<GetBillingStatementByMonthV2Responses, GetBillingStatementByMonthV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/billing-statements/{month}/{year}',
    ...options
});

/**
 * Find all cards (v2)
 *
 * Implied by Clara's `CardV2` schema and the "Cards API v2" pages; filters not documented.
 */
export const listCardsV2 = <ThrowOnError extends boolean = false>(options: Options<ListCardsV2Data, ThrowOnError>): RequestResult<ListCardsV2Responses, ListCardsV2Errors, ThrowOnError> => options.client.get<ListCardsV2Responses, ListCardsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards',
    ...options
});

/**
 * Create card (v2)
 *
 * Creates a card (write mode since April 2024). Minimum threshold R$ 50.00 (BRL).
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`). If not, processing continues in the background: the response body may be empty (all result fields are optional) and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
 */
export const createCardV2 = <ThrowOnError extends boolean = false>(options: Options<CreateCardV2Data, ThrowOnError>): RequestResult<CreateCardV2Responses, CreateCardV2Errors, ThrowOnError> => options.client.post<CreateCardV2Responses, CreateCardV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Update card threshold (v2)
 *
 * Changes the threshold of a card (Clara's operationId `updateCard`, kept as is). Minimum R$ 50.00 (BRL).
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`). If not, processing continues in the background: the response body may be empty (all result fields are optional) and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 */
export const updateCard = <ThrowOnError extends boolean = false>(options: Options<UpdateCardData, ThrowOnError>): RequestResult<UpdateCardResponses, UpdateCardErrors, ThrowOnError> => options.client.patch<UpdateCardResponses, UpdateCardErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards/{uuid}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete card configuration
 *
 * Removes the spending configuration of a card.
 */
export const deleteCardConfigurationV2 = <ThrowOnError extends boolean = false>(options: Options<DeleteCardConfigurationV2Data, ThrowOnError>): RequestResult<DeleteCardConfigurationV2Responses, DeleteCardConfigurationV2Errors, ThrowOnError> => options.client.delete<DeleteCardConfigurationV2Responses, DeleteCardConfigurationV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards/{uuid}/configurations',
    ...options
});

/**
 * Update card configuration
 *
 * Changes the spending configuration of a card; absent parts are left unchanged. The response is not documented: 204 assumed.
 */
export const updateCardConfigurationV2 = <ThrowOnError extends boolean = false>(options: Options<UpdateCardConfigurationV2Data, ThrowOnError>): RequestResult<UpdateCardConfigurationV2Responses, UpdateCardConfigurationV2Errors, ThrowOnError> => options.client.patch<UpdateCardConfigurationV2Responses, UpdateCardConfigurationV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards/{uuid}/configurations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create card configuration
 *
 * Sets a spending configuration on a card (validity period, ATM cash limit, days, merchant categories; combinable). The response is not documented: 204 assumed.
 */
export const createCardConfigurationV2 = <ThrowOnError extends boolean = false>(options: Options<CreateCardConfigurationV2Data, ThrowOnError>): RequestResult<CreateCardConfigurationV2Responses, CreateCardConfigurationV2Errors, ThrowOnError> => options.client.post<CreateCardConfigurationV2Responses, CreateCardConfigurationV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/cards/{uuid}/configurations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List available DDA invoices (v2)
 *
 * Listed only on Clara's country-features page; possibly an alias of `GET /v2/payments/dda` (Brazil only).
 *
 * unverified: reconstructed from Clara's guides (the response `PageDdaInvoiceResponse`): expect drift here first.
 */
export const listAvailablePaymentDdaInvoicesV2 = <ThrowOnError extends boolean = false>(options: Options<ListAvailablePaymentDdaInvoicesV2Data, ThrowOnError>): RequestResult<ListAvailablePaymentDdaInvoicesV2Responses, ListAvailablePaymentDdaInvoicesV2Errors, ThrowOnError> => options.client.get<ListAvailablePaymentDdaInvoicesV2Responses, ListAvailablePaymentDdaInvoicesV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/dda',
    ...options
});

/**
 * Find all groups (v2)
 */
export const listGroupsV2 = <ThrowOnError extends boolean = false>(options: Options<ListGroupsV2Data, ThrowOnError>): RequestResult<ListGroupsV2Responses, ListGroupsV2Errors, ThrowOnError> => options.client.get<ListGroupsV2Responses, ListGroupsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/groups',
    ...options
});

/**
 * Create group (v2)
 */
export const createGroupV2 = <ThrowOnError extends boolean = false>(options: Options<CreateGroupV2Data, ThrowOnError>): RequestResult<CreateGroupV2Responses, CreateGroupV2Errors, ThrowOnError> => options.client.post<CreateGroupV2Responses, CreateGroupV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/groups',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete a single group by UUID (v2)
 */
export const deleteGroupV2 = <ThrowOnError extends boolean = false>(options: Options<DeleteGroupV2Data, ThrowOnError>): RequestResult<DeleteGroupV2Responses, DeleteGroupV2Errors, ThrowOnError> => options.client.delete<DeleteGroupV2Responses, DeleteGroupV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/groups/{uuid}',
    ...options
});

/**
 * Find group by UUID (v2)
 */
export const getGroupV2 = <ThrowOnError extends boolean = false>(options: Options<GetGroupV2Data, ThrowOnError>): RequestResult<GetGroupV2Responses, GetGroupV2Errors, ThrowOnError> => options.client.get<GetGroupV2Responses, GetGroupV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/groups/{uuid}',
    ...options
});

/**
 * Update group details (v2)
 *
 * Replaces the name and description of a group (Clara's reference says PUT; one guide says PATCH). The response is not documented: 204 assumed.
 */
export const updateGroupV2 = <ThrowOnError extends boolean = false>(options: Options<UpdateGroupV2Data, ThrowOnError>): RequestResult<UpdateGroupV2Responses, UpdateGroupV2Errors, ThrowOnError> => options.client.put<UpdateGroupV2Responses, UpdateGroupV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/groups/{uuid}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List all labels (v2)
 */
export const listLabelsV2 = <ThrowOnError extends boolean = false>(options: Options<ListLabelsV2Data, ThrowOnError>): RequestResult<ListLabelsV2Responses, ListLabelsV2Errors, ThrowOnError> => options.client.get<ListLabelsV2Responses, ListLabelsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels',
    ...options
});

/**
 * Create multiple labels (v2)
 *
 * Creates several labels, each with a name and an optional description. The wrapper of the body and the response are not documented: the created labels are assumed to be returned as an array.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `LabelsCreateRequest`): expect drift here first.
 */
export const createLabelsV2 = <ThrowOnError extends boolean = false>(options: Options<CreateLabelsV2Data, ThrowOnError>): RequestResult<CreateLabelsV2Responses, CreateLabelsV2Errors, ThrowOnError> => options.client.post<CreateLabelsV2Responses, CreateLabelsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete multiple labels (v2)
 *
 * Body shape not documented.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `LabelsDeleteRequest`): expect drift here first.
 */
export const deleteLabelsV2 = <ThrowOnError extends boolean = false>(options: Options<DeleteLabelsV2Data, ThrowOnError>): RequestResult<DeleteLabelsV2Responses, DeleteLabelsV2Errors, ThrowOnError> => options.client.post<DeleteLabelsV2Responses, DeleteLabelsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels/delete',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete a label (v2)
 */
export const deleteLabelV2 = <ThrowOnError extends boolean = false>(options: Options<DeleteLabelV2Data, ThrowOnError>): RequestResult<DeleteLabelV2Responses, DeleteLabelV2Errors, ThrowOnError> => options.client.delete<DeleteLabelV2Responses, DeleteLabelV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels/{uuid}',
    ...options
});

/**
 * Get label by UUID (v2)
 */
export const getLabelV2 = <ThrowOnError extends boolean = false>(options: Options<GetLabelV2Data, ThrowOnError>): RequestResult<GetLabelV2Responses, GetLabelV2Errors, ThrowOnError> => options.client.get<GetLabelV2Responses, GetLabelV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels/{uuid}',
    ...options
});

/**
 * Update a label (v2)
 *
 * The response is not documented: 204 assumed.
 */
export const updateLabelV2 = <ThrowOnError extends boolean = false>(options: Options<UpdateLabelV2Data, ThrowOnError>): RequestResult<UpdateLabelV2Responses, UpdateLabelV2Errors, ThrowOnError> => options.client.patch<UpdateLabelV2Responses, UpdateLabelV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/labels/{uuid}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Find all locations (v2)
 *
 * Locations are the company's cost centres / offices.
 */
export const listLocationsV2 = <ThrowOnError extends boolean = false>(options: Options<ListLocationsV2Data, ThrowOnError>): RequestResult<ListLocationsV2Responses, ListLocationsV2Errors, ThrowOnError> => options.client.get<ListLocationsV2Responses, ListLocationsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/locations',
    ...options
});

/**
 * Find location by UUID (v2)
 */
export const getLocationV2 = <ThrowOnError extends boolean = false>(options: Options<GetLocationV2Data, ThrowOnError>): RequestResult<GetLocationV2Responses, GetLocationV2Errors, ThrowOnError> => options.client.get<GetLocationV2Responses, GetLocationV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/locations/{uuid}',
    ...options
});

/**
 * Get all boleto payments (v2)
 *
 * Boleto payments made from the digital account (Brazil only). Paging and item shape are not documented.
 *
 * unverified: reconstructed from Clara's guides (the response `PageBoletoPaymentResponse`, `BoletoPaymentResponse`): expect drift here first.
 */
export const listPaymentsV2 = <ThrowOnError extends boolean = false>(options: Options<ListPaymentsV2Data, ThrowOnError>): RequestResult<ListPaymentsV2Responses, ListPaymentsV2Errors, ThrowOnError> => options.client.get<ListPaymentsV2Responses, ListPaymentsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/payments',
    ...options
});

/**
 * Create boleto payment (v2)
 *
 * Pays a boleto from its digitable line (Brazil only). The PAYMENT_PAID webhook fires when it is paid. Response shape not documented.
 *
 * unverified: reconstructed from Clara's guides (the response `BoletoPaymentResponse`): expect drift here first.
 */
export const createPaymentV2 = <ThrowOnError extends boolean = false>(options: Options<CreatePaymentV2Data, ThrowOnError>): RequestResult<CreatePaymentV2Responses, CreatePaymentV2Errors, ThrowOnError> => options.client.post<CreatePaymentV2Responses, CreatePaymentV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/payments',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get all DDA invoices (v2)
 *
 * Boletos registered against the company's CNPJ through DDA (Débito Direto Autorizado), pending payment (Brazil only).
 *
 * unverified: reconstructed from Clara's guides (the response `PageDdaInvoiceResponse`): expect drift here first.
 */
export const listPaymentDdaInvoicesV2 = <ThrowOnError extends boolean = false>(options: Options<ListPaymentDdaInvoicesV2Data, ThrowOnError>): RequestResult<ListPaymentDdaInvoicesV2Responses, ListPaymentDdaInvoicesV2Errors, ThrowOnError> => options.client.get<ListPaymentDdaInvoicesV2Responses, ListPaymentDdaInvoicesV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/payments/dda',
    ...options
});

/**
 * Get DDA invoice by UUID (v2)
 *
 * One DDA invoice, including the `barcodeDigitableLine` to pay it with `createPaymentV2` (Brazil only).
 */
export const getPaymentDdaInvoiceV2 = <ThrowOnError extends boolean = false>(options: Options<GetPaymentDdaInvoiceV2Data, ThrowOnError>): RequestResult<GetPaymentDdaInvoiceV2Responses, GetPaymentDdaInvoiceV2Errors, ThrowOnError> => options.client.get<GetPaymentDdaInvoiceV2Responses, GetPaymentDdaInvoiceV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/payments/dda/{uuid}',
    ...options
});

/**
 * Find all transactions (v2)
 */
export const listTransactionsV2 = <ThrowOnError extends boolean = false>(options: Options<ListTransactionsV2Data, ThrowOnError>): RequestResult<ListTransactionsV2Responses, ListTransactionsV2Errors, ThrowOnError> => options.client.get<ListTransactionsV2Responses, ListTransactionsV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/transactions',
    ...options
});

/**
 * Find transaction by UUID (v2)
 *
 * Inferred from the v1 and v3 equivalents; not listed by Clara's v2 reference.
 *
 * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
 */
export const getTransactionV2 = <ThrowOnError extends boolean = false>(options: Options<GetTransactionV2Data, ThrowOnError>): RequestResult<GetTransactionV2Responses, GetTransactionV2Errors, ThrowOnError> => options.client.get<GetTransactionV2Responses, GetTransactionV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/transactions/{uuid}',
    ...options
});

/**
 * Find all users (v2)
 *
 * Filters and response shape are not documented.
 *
 * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
 */
export const listUsersV2 = <ThrowOnError extends boolean = false>(options: Options<ListUsersV2Data, ThrowOnError>): RequestResult<ListUsersV2Responses, ListUsersV2Errors, ThrowOnError> => options.client.get<ListUsersV2Responses, ListUsersV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/users',
    ...options
});

/**
 * Create a user (v2)
 *
 * Body and response are not documented; the v3 user fields are assumed.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `UserCreateRequest`; the response `UserV2`): expect drift here first.
 */
export const createUserV2 = <ThrowOnError extends boolean = false>(options: Options<CreateUserV2Data, ThrowOnError>): RequestResult<CreateUserV2Responses, CreateUserV2Errors, ThrowOnError> => options.client.post<CreateUserV2Responses, CreateUserV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/users',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Find user by UUID (v2)
 *
 * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
 */
export const getUserV2 = <ThrowOnError extends boolean = false>(options: Options<GetUserV2Data, ThrowOnError>): RequestResult<GetUserV2Responses, GetUserV2Errors, ThrowOnError> => options.client.get<GetUserV2Responses, GetUserV2Errors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v2/users/{uuid}',
    ...options
});

/**
 * Find all billing statements
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const listBillingStatements = <ThrowOnError extends boolean = false>(options: Options<ListBillingStatementsData, ThrowOnError>): RequestResult<ListBillingStatementsResponses, ListBillingStatementsErrors, ThrowOnError> => options.client.get<ListBillingStatementsResponses, ListBillingStatementsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/billing-statements',
    ...options
});

/**
 * Get current billing statement
 *
 * The statement of the open period.
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const getCurrentBillingStatement = <ThrowOnError extends boolean = false>(options: Options<GetCurrentBillingStatementData, ThrowOnError>): RequestResult<GetCurrentBillingStatementResponses, GetCurrentBillingStatementErrors, ThrowOnError> => options.client.get<GetCurrentBillingStatementResponses, GetCurrentBillingStatementErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/billing-statements/current',
    ...options
});

/**
 * Get billing statement by UUID
 *
 * One billing statement. The transaction filters and paging parameters apply to the transactions embedded in the statement (their names are inferred from their descriptions).
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const getBillingStatement = <ThrowOnError extends boolean = false>(options: Options<GetBillingStatementData, ThrowOnError>): RequestResult<GetBillingStatementResponses, GetBillingStatementErrors, ThrowOnError> => options.client.get<GetBillingStatementResponses, GetBillingStatementErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/billing-statements/{uuid}',
    ...options
});

/**
 * Find the transactions of a billing statement
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const listBillingStatementTransactions = <ThrowOnError extends boolean = false>(options: Options<ListBillingStatementTransactionsData, ThrowOnError>): RequestResult<ListBillingStatementTransactionsResponses, ListBillingStatementTransactionsErrors, ThrowOnError> => options.client.get<ListBillingStatementTransactionsResponses, ListBillingStatementTransactionsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/billing-statements/{uuid}/transactions',
    ...options
});

/**
 * Find all cards
 */
export const listCards = <ThrowOnError extends boolean = false>(options: Options<ListCardsData, ThrowOnError>): RequestResult<ListCardsResponses, ListCardsErrors, ThrowOnError> => options.client.get<ListCardsResponses, ListCardsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards',
    ...options
});

/**
 * Single create card
 *
 * Creates one card for an active user. Minimum threshold R$ 50.00 (BRL); it must not exceed the company's credit line.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
 */
export const createCard = <ThrowOnError extends boolean = false>(options: Options<CreateCardData, ThrowOnError>): RequestResult<CreateCardResponses, CreateCardErrors, ThrowOnError> => options.client.post<CreateCardResponses, CreateCardErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create multiple cards
 *
 * Creates several cards in one call. Minimum threshold R$ 50.00 (BRL) per card.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * unverified: reconstructed from Clara's guides (the response `CardsOperationResult`): expect drift here first.
 *
 * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
 */
export const createCards = <ThrowOnError extends boolean = false>(options: Options<CreateCardsData, ThrowOnError>): RequestResult<CreateCardsResponses, CreateCardsErrors, ThrowOnError> => options.client.post<CreateCardsResponses, CreateCardsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/bulk-create',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete cards
 *
 * Deletes several cards. Body shape not documented (a list of card UUIDs is the plausible form).
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `CardsDeleteRequest`; the response `CardsOperationResult`): expect drift here first.
 */
export const deleteCards = <ThrowOnError extends boolean = false>(options: Options<DeleteCardsData, ThrowOnError>): RequestResult<DeleteCardsResponses, DeleteCardsErrors, ThrowOnError> => options.client.post<DeleteCardsResponses, DeleteCardsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/delete',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Lock/unlock multiple cards
 *
 * Locks or unlocks several cards. Body shape not documented.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `CardsLockRequest`; the response `CardsOperationResult`): expect drift here first.
 */
export const toggleCardsLock = <ThrowOnError extends boolean = false>(options: Options<ToggleCardsLockData, ThrowOnError>): RequestResult<ToggleCardsLockResponses, ToggleCardsLockErrors, ThrowOnError> => options.client.patch<ToggleCardsLockResponses, ToggleCardsLockErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/lock',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Find all card requests
 *
 * Asynchronous card-creation requests. The response shape is not documented (paged envelope assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation; the response `PageCardCreationRequestResponse`, `CardCreationRequestResponse`): expect drift here first.
 */
export const listCardRequests = <ThrowOnError extends boolean = false>(options: Options<ListCardRequestsData, ThrowOnError>): RequestResult<ListCardRequestsResponses, ListCardRequestsErrors, ThrowOnError> => options.client.get<ListCardRequestsResponses, ListCardRequestsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/requests',
    ...options
});

/**
 * Find all card requests by batch ID
 *
 * Card-creation requests of one bulk creation. Response shape not documented (paged envelope assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation; the response `PageCardCreationRequestResponse`, `CardCreationRequestResponse`): expect drift here first.
 */
export const listCardRequestsByBatch = <ThrowOnError extends boolean = false>(options: Options<ListCardRequestsByBatchData, ThrowOnError>): RequestResult<ListCardRequestsByBatchResponses, ListCardRequestsByBatchErrors, ThrowOnError> => options.client.get<ListCardRequestsByBatchResponses, ListCardRequestsByBatchErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/requests/batches/{id}',
    ...options
});

/**
 * Find a card request by ID
 *
 * One asynchronous card-creation request (Clara's summary reads "Find all card requests by ID"). Response shape not documented.
 *
 * unverified: reconstructed from Clara's guides (the operation; the response `CardCreationRequestResponse`): expect drift here first.
 */
export const getCardRequest = <ThrowOnError extends boolean = false>(options: Options<GetCardRequestData, ThrowOnError>): RequestResult<GetCardRequestResponses, GetCardRequestErrors, ThrowOnError> => options.client.get<GetCardRequestResponses, GetCardRequestErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/requests/{id}',
    ...options
});

/**
 * Update multiple cards threshold
 *
 * Changes the threshold of several cards. Minimum threshold R$ 50.00 (BRL). Body shape not documented.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `CardsThresholdRequest`; the response `CardsOperationResult`): expect drift here first.
 */
export const updateCardsThreshold = <ThrowOnError extends boolean = false>(options: Options<UpdateCardsThresholdData, ThrowOnError>): RequestResult<UpdateCardsThresholdResponses, UpdateCardsThresholdErrors, ThrowOnError> => options.client.patch<UpdateCardsThresholdResponses, UpdateCardsThresholdErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/threshold',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete card
 *
 * Deletes (cancels) a card.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 */
export const deleteCard = <ThrowOnError extends boolean = false>(options: Options<DeleteCardData, ThrowOnError>): RequestResult<DeleteCardResponses, DeleteCardErrors, ThrowOnError> => options.client.delete<DeleteCardResponses, DeleteCardErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}',
    ...options
});

/**
 * Find card by UUID
 */
export const getCard = <ThrowOnError extends boolean = false>(options: Options<GetCardData, ThrowOnError>): RequestResult<GetCardResponses, GetCardErrors, ThrowOnError> => options.client.get<GetCardResponses, GetCardErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}',
    ...options
});

/**
 * Delete card configuration
 *
 * Removes the spending configuration of a card.
 */
export const deleteCardConfiguration = <ThrowOnError extends boolean = false>(options: Options<DeleteCardConfigurationData, ThrowOnError>): RequestResult<DeleteCardConfigurationResponses, DeleteCardConfigurationErrors, ThrowOnError> => options.client.delete<DeleteCardConfigurationResponses, DeleteCardConfigurationErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}/configurations',
    ...options
});

/**
 * Update card configuration
 *
 * Changes the spending configuration of a card; absent parts are left unchanged. The response is not documented: 204 assumed.
 */
export const updateCardConfiguration = <ThrowOnError extends boolean = false>(options: Options<UpdateCardConfigurationData, ThrowOnError>): RequestResult<UpdateCardConfigurationResponses, UpdateCardConfigurationErrors, ThrowOnError> => options.client.patch<UpdateCardConfigurationResponses, UpdateCardConfigurationErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}/configurations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create card configuration
 *
 * Sets a spending configuration on a card (validity period, ATM cash limit, days, merchant categories; combinable). The response is not documented: 204 assumed.
 */
export const createCardConfiguration = <ThrowOnError extends boolean = false>(options: Options<CreateCardConfigurationData, ThrowOnError>): RequestResult<CreateCardConfigurationResponses, CreateCardConfigurationErrors, ThrowOnError> => options.client.post<CreateCardConfigurationResponses, CreateCardConfigurationErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}/configurations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Toggle a single card lock
 *
 * Locks or unlocks a card. The body is one required boolean whose property name is not visible in Clara's documentation; `locked` is assumed.
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 *
 * Contested (`CardLockRequest`): Clara's official pages give two readings. This SDK follows one: an object {locked: true}, one reading of https://clara-api.readme.io/reference/togglecardlock (one required boolean, its name not shown: `locked` is on no official page); the other: a bare boolean (true locks), the other reading of https://clara-api.readme.io/reference/togglecardlock. The sandbox accepts both forms.
 */
export const toggleCardLock = <ThrowOnError extends boolean = false>(options: Options<ToggleCardLockData, ThrowOnError>): RequestResult<ToggleCardLockResponses, ToggleCardLockErrors, ThrowOnError> => options.client.patch<ToggleCardLockResponses, ToggleCardLockErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}/lock',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Update a single card threshold
 *
 * Changes the threshold (spending limit) of a card; allowed on LOCKED, FROZEN and RESTRICTED cards since February 2026. Minimum R$ 50.00 (BRL); at most the company's credit line (otherwise 422, e.g. code B013).
 *
 * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
 */
export const updateCardThreshold = <ThrowOnError extends boolean = false>(options: Options<UpdateCardThresholdData, ThrowOnError>): RequestResult<UpdateCardThresholdResponses, UpdateCardThresholdErrors, ThrowOnError> => options.client.patch<UpdateCardThresholdResponses, UpdateCardThresholdErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/cards/{uuid}/threshold',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Find all digital account transactions
 *
 * Movements (PIX, TED, bill payments, card transactions) of the digital account bound to the credentials (Brazil only). Unlike the other lists this returns a bare JSON array, not a page envelope: request pages until one comes back empty or shorter than `size`.
 */
export const listDigitalAccountTransactions = <ThrowOnError extends boolean = false>(options: Options<ListDigitalAccountTransactionsData, ThrowOnError>): RequestResult<ListDigitalAccountTransactionsResponses, ListDigitalAccountTransactionsErrors, ThrowOnError> => options.client.get<ListDigitalAccountTransactionsResponses, ListDigitalAccountTransactionsErrors, ThrowOnError>({
    querySerializer: { parameters: { transactionTypes: { array: { explode: false } } } },
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/digital-accounts',
    ...options
});

/**
 * Retrieve reimbursements data
 *
 * Out-of-pocket expense reimbursements. Date filters take yyyy-MM-dd. The item schema is not documented.
 *
 * unverified: reconstructed from Clara's guides (the response `ReimbursementResponse`): expect drift here first.
 */
export const listReimbursements = <ThrowOnError extends boolean = false>(options: Options<ListReimbursementsData, ThrowOnError>): RequestResult<ListReimbursementsResponses, ListReimbursementsErrors, ThrowOnError> => options.client.get<ListReimbursementsResponses, ListReimbursementsErrors, ThrowOnError>({
    querySerializer: { parameters: {
            categoryCodes: { array: { explode: false } },
            requesterUuids: { array: { explode: false } },
            statuses: { array: { explode: false } },
            uuids: { array: { explode: false } }
        } },
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/reimbursements',
    ...options
});

/**
 * Retrieve all transactions with filters
 *
 * Transactions of the company, newest first unless `sort` says otherwise. Date filters take YYYY-MM-DD; a range applies when both ends are given.
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const listTransactions = <ThrowOnError extends boolean = false>(options: Options<ListTransactionsData, ThrowOnError>): RequestResult<ListTransactionsResponses, ListTransactionsErrors, ThrowOnError> => options.client.get<ListTransactionsResponses, ListTransactionsErrors, ThrowOnError>({
    querySerializer: { parameters: { labels: { array: { explode: false } } } },
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions',
    ...options
});

/**
 * Create multiple comments in multiple transactions
 *
 * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionCommentsRequest`): expect drift here first.
 */
export const createTransactionComments = <ThrowOnError extends boolean = false>(options: Options<CreateTransactionCommentsData, ThrowOnError>): RequestResult<CreateTransactionCommentsResponses, CreateTransactionCommentsErrors, ThrowOnError> => options.client.post<CreateTransactionCommentsResponses, CreateTransactionCommentsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/comments',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create binding between labels and transactions
 *
 * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess. Labels are managed with the v2 Labels endpoints.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionLabelsRequest`): expect drift here first.
 */
export const addTransactionLabels = <ThrowOnError extends boolean = false>(options: Options<AddTransactionLabelsData, ThrowOnError>): RequestResult<AddTransactionLabelsResponses, AddTransactionLabelsErrors, ThrowOnError> => options.client.post<AddTransactionLabelsResponses, AddTransactionLabelsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/labels',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get a transaction by UUID
 *
 * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
 */
export const getTransaction = <ThrowOnError extends boolean = false>(options: Options<GetTransactionData, ThrowOnError>): RequestResult<GetTransactionResponses, GetTransactionErrors, ThrowOnError> => options.client.get<GetTransactionResponses, GetTransactionErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/{uuid}',
    ...options
});

/**
 * Delete a single comment by transaction UUID
 *
 * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
 *
 * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
 */
export const deleteTransactionComment = <ThrowOnError extends boolean = false>(options: Options<DeleteTransactionCommentData, ThrowOnError>): RequestResult<DeleteTransactionCommentResponses, DeleteTransactionCommentErrors, ThrowOnError> => options.client.delete<DeleteTransactionCommentResponses, DeleteTransactionCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/{uuid}/comments',
    ...options
});

/**
 * Create a single comment by transaction UUID
 *
 * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionCommentRequest`): expect drift here first.
 */
export const createTransactionComment = <ThrowOnError extends boolean = false>(options: Options<CreateTransactionCommentData, ThrowOnError>): RequestResult<CreateTransactionCommentResponses, CreateTransactionCommentErrors, ThrowOnError> => options.client.post<CreateTransactionCommentResponses, CreateTransactionCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/{uuid}/comments',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get the attachments of a transaction
 *
 * Attachments (receipt photos, PDFs, XML files) of a transaction with pre-signed download URLs valid for about 12 hours.
 */
export const listTransactionDocuments = <ThrowOnError extends boolean = false>(options: Options<ListTransactionDocumentsData, ThrowOnError>): RequestResult<ListTransactionDocumentsResponses, ListTransactionDocumentsErrors, ThrowOnError> => options.client.get<ListTransactionDocumentsResponses, ListTransactionDocumentsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/{uuid}/documents',
    ...options
});

/**
 * Find extracted documents for a transaction by UUID
 *
 * Data Clara's receipt scanner extracted from the attachments of a transaction.
 */
export const listExtractedDocuments = <ThrowOnError extends boolean = false>(options: Options<ListExtractedDocumentsData, ThrowOnError>): RequestResult<ListExtractedDocumentsResponses, ListExtractedDocumentsErrors, ThrowOnError> => options.client.get<ListExtractedDocumentsResponses, ListExtractedDocumentsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/transactions/{uuid}/extracted-documents',
    ...options
});

/**
 * Find all users
 */
export const listUsers = <ThrowOnError extends boolean = false>(options: Options<ListUsersData, ThrowOnError>): RequestResult<ListUsersResponses, ListUsersErrors, ThrowOnError> => options.client.get<ListUsersResponses, ListUsersErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/users',
    ...options
});

/**
 * Create user
 *
 * Creates (invites) a user. The body's field names are not documented; the tax identifier is validated against the user's country. The response is assumed to be the created user.
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `UserCreateRequest`): expect drift here first.
 */
export const createUser = <ThrowOnError extends boolean = false>(options: Options<CreateUserData, ThrowOnError>): RequestResult<CreateUserResponses, CreateUserErrors, ThrowOnError> => options.client.post<CreateUserResponses, CreateUserErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/users',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete user
 */
export const deleteUser = <ThrowOnError extends boolean = false>(options: Options<DeleteUserData, ThrowOnError>): RequestResult<DeleteUserResponses, DeleteUserErrors, ThrowOnError> => options.client.delete<DeleteUserResponses, DeleteUserErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/users/{uuid}',
    ...options
});

/**
 * Find user by UUID
 */
export const getUser = <ThrowOnError extends boolean = false>(options: Options<GetUserData, ThrowOnError>): RequestResult<GetUserResponses, GetUserErrors, ThrowOnError> => options.client.get<GetUserResponses, GetUserErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/users/{uuid}',
    ...options
});

/**
 * Update user
 *
 * Changes fields of a user; absent fields are left unchanged. Body field names and response are not documented (204 assumed).
 *
 * unverified: reconstructed from Clara's guides (the operation; the request body `UserUpdateRequest`): expect drift here first.
 */
export const updateUser = <ThrowOnError extends boolean = false>(options: Options<UpdateUserData, ThrowOnError>): RequestResult<UpdateUserResponses, UpdateUserErrors, ThrowOnError> => options.client.patch<UpdateUserResponses, UpdateUserErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v3/users/{uuid}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

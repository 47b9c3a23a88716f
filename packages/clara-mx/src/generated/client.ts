// Generated from specs/mx/api-docs-v3.json by tools/generate — do not edit.
import { buildClient, type ClaraClientBase, type ClaraClientOptions, type ClaraPromise, type PagePromise, type RequestOptions } from '@org/clara/binding';

import packageJson from '../../package.json' with { type: 'json' };
import { createClient, createConfig, type Client } from './api/client/index.js';
import * as sdk from './api/sdk.gen.js';
import type * as api from './api/types.gen.js';

/** Mexico: hosts and token endpoint, from the spec's `servers` and `securitySchemes`. */
export const country = {
  "code": "mx",
  "name": "Mexico",
  "servers": {
    "production": "https://public-api.mx.clara.com/api",
    "sandbox": "https://public-api.mx.clara.com/api-test"
  },
  "tokenUrl": "https://public-api.mx.clara.com/oauth/token"
} as const;

/** The Clara API of Mexico. v3 at the top level; older versions under `v2`, `v1`. */
export interface ClaraClient extends ClaraClientBase<ClaraClient, Client> {
  readonly billingStatements: {
    /** Get billing statement by UUID — `GET /v3/billing-statements/{uuid}` (getBillingStatement) */
    get(uuid: string, query?: api.GetBillingStatementData['query'], options?: RequestOptions): ClaraPromise<api.GetBillingStatementResponse>;
    /** Get current billing statement — `GET /v3/billing-statements/current` (getCurrentBillingStatement) */
    getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentBillingStatementResponse>;
    /** Find all billing statements — `GET /v3/billing-statements` (listBillingStatements) */
    list(query?: api.ListBillingStatementsData['query'], options?: RequestOptions): PagePromise<api.ListBillingStatementsResponse>;
    /** Find the transactions of a billing statement — `GET /v3/billing-statements/{uuid}/transactions` (listBillingStatementTransactions) */
    listTransactions(uuid: string, query?: api.ListBillingStatementTransactionsData['query'], options?: RequestOptions): PagePromise<api.ListBillingStatementTransactionsResponse>;
  };
  readonly cards: {
    /** Single create card — `POST /v3/cards` (createCard) */
    create(body: api.CreateCardData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardResponse>;
    /** Create card configuration — `POST /v3/cards/{uuid}/configurations` (createCardConfiguration) */
    createConfiguration(uuid: string, body: api.CreateCardConfigurationData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardConfigurationResponse>;
    /** Create multiple cards — `POST /v3/cards/bulk-create` (createCards) */
    createMany(body: api.CreateCardsData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardsResponse>;
    /** Delete card — `DELETE /v3/cards/{uuid}` (deleteCard) */
    delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardResponse>;
    /** Delete card configuration — `DELETE /v3/cards/{uuid}/configurations` (deleteCardConfiguration) */
    deleteConfiguration(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardConfigurationResponse>;
    /** Delete cards — `POST /v3/cards/delete` (deleteCards) */
    deleteMany(body: api.DeleteCardsData['body'], options?: RequestOptions): ClaraPromise<api.DeleteCardsResponse>;
    /** Find card by UUID — `GET /v3/cards/{uuid}` (getCard) */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetCardResponse>;
    /** Find a card request by ID — `GET /v3/cards/requests/{id}` (getCardRequest) */
    getRequest(id: string, options?: RequestOptions): ClaraPromise<api.GetCardRequestResponse>;
    /** Find all cards — `GET /v3/cards` (listCards) */
    list(query?: api.ListCardsData['query'], options?: RequestOptions): PagePromise<api.ListCardsResponse>;
    /** Find all card requests — `GET /v3/cards/requests` (listCardRequests) */
    listRequests(query?: api.ListCardRequestsData['query'], options?: RequestOptions): PagePromise<api.ListCardRequestsResponse>;
    /** Find all card requests by batch ID — `GET /v3/cards/requests/batches/{id}` (listCardRequestsByBatch) */
    listRequestsByBatch(id: string, query?: api.ListCardRequestsByBatchData['query'], options?: RequestOptions): PagePromise<api.ListCardRequestsByBatchResponse>;
    /** Toggle a single card lock — `PATCH /v3/cards/{uuid}/lock` (toggleCardLock) */
    toggleLock(uuid: string, body: api.ToggleCardLockData['body'], options?: RequestOptions): ClaraPromise<api.ToggleCardLockResponse>;
    /** Lock/unlock multiple cards — `PATCH /v3/cards/lock` (toggleCardsLock) */
    toggleManyLock(body: api.ToggleCardsLockData['body'], options?: RequestOptions): ClaraPromise<api.ToggleCardsLockResponse>;
    /** Update card configuration — `PATCH /v3/cards/{uuid}/configurations` (updateCardConfiguration) */
    updateConfiguration(uuid: string, body: api.UpdateCardConfigurationData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardConfigurationResponse>;
    /** Update multiple cards threshold — `PATCH /v3/cards/threshold` (updateCardsThreshold) */
    updateManyThreshold(body: api.UpdateCardsThresholdData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardsThresholdResponse>;
    /** Update a single card threshold — `PATCH /v3/cards/{uuid}/threshold` (updateCardThreshold) */
    updateThreshold(uuid: string, body: api.UpdateCardThresholdData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardThresholdResponse>;
  };
  readonly extractedDocuments: {
    /** Find extracted documents for a transaction by UUID — `GET /v3/transactions/{uuid}/extracted-documents` (listExtractedDocuments) */
    list(uuid: string, query?: api.ListExtractedDocumentsData['query'], options?: RequestOptions): PagePromise<api.ListExtractedDocumentsResponse>;
  };
  readonly invoices: {
    /** Find all invoices with optional filters — `GET /v3/invoices` (listInvoices) */
    list(query?: api.ListInvoicesData['query'], options?: RequestOptions): PagePromise<api.ListInvoicesResponse>;
    /** Get invoices by transaction UUID — `GET /v3/transactions/{uuid}/invoices` (listInvoicesByTransaction) */
    listByTransaction(uuid: string, options?: RequestOptions): ClaraPromise<api.ListInvoicesByTransactionResponse>;
  };
  readonly reimbursements: {
    /** Retrieve reimbursements data — `GET /v3/reimbursements` (listReimbursements) */
    list(query?: api.ListReimbursementsData['query'], options?: RequestOptions): PagePromise<api.ListReimbursementsResponse>;
  };
  readonly transactions: {
    /** Create binding between labels and transactions — `POST /v3/transactions/labels` (addTransactionLabels) */
    addLabels(body: api.AddTransactionLabelsData['body'], options?: RequestOptions): ClaraPromise<api.AddTransactionLabelsResponse>;
    /** Create a single comment by transaction UUID — `POST /v3/transactions/{uuid}/comments` (createTransactionComment) */
    createComment(uuid: string, body: api.CreateTransactionCommentData['body'], options?: RequestOptions): ClaraPromise<api.CreateTransactionCommentResponse>;
    /** Create multiple comments in multiple transactions — `POST /v3/transactions/comments` (createTransactionComments) */
    createComments(body: api.CreateTransactionCommentsData['body'], options?: RequestOptions): ClaraPromise<api.CreateTransactionCommentsResponse>;
    /** Delete a single comment by transaction UUID — `DELETE /v3/transactions/{uuid}/comments` (deleteTransactionComment) */
    deleteComment(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteTransactionCommentResponse>;
    /** Get a transaction by UUID — `GET /v3/transactions/{uuid}` (getTransaction) */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionResponse>;
    /** Retrieve all transactions with filters — `GET /v3/transactions` (listTransactions) */
    list(query?: api.ListTransactionsData['query'], options?: RequestOptions): PagePromise<api.ListTransactionsResponse>;
    /** Get the attachments of a transaction — `GET /v3/transactions/{uuid}/documents` (listTransactionDocuments) */
    listDocuments(uuid: string, options?: RequestOptions): ClaraPromise<api.ListTransactionDocumentsResponse>;
  };
  readonly users: {
    /** Create user — `POST /v3/users` (createUser) */
    create(body: api.CreateUserData['body'], options?: RequestOptions): ClaraPromise<api.CreateUserResponse>;
    /** Delete user — `DELETE /v3/users/{uuid}` (deleteUser) */
    delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteUserResponse>;
    /** Find user by UUID — `GET /v3/users/{uuid}` (getUser) */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserResponse>;
    /** Find all users — `GET /v3/users` (listUsers) */
    list(query?: api.ListUsersData['query'], options?: RequestOptions): PagePromise<api.ListUsersResponse>;
    /** Update user — `PATCH /v3/users/{uuid}` (updateUser) */
    update(uuid: string, body: api.UpdateUserData['body'], options?: RequestOptions): ClaraPromise<api.UpdateUserResponse>;
  };
  readonly v2: {
    readonly billingStatements: {
      /** Get billing statement by month and year (v2) — `GET /v2/billing-statements/{month}/{year}` (getBillingStatementByMonthV2) */
      getByMonth(month: string, year: string, options?: RequestOptions): ClaraPromise<api.GetBillingStatementByMonthV2Response>;
      /** Get current billing statement (v2) — `GET /v2/billing-statements/current` (getCurrentBillingStatementV2) */
      getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentBillingStatementV2Response>;
    };
    readonly cards: {
      /** Create card (v2) — `POST /v2/cards` (createCardV2) */
      create(body: api.CreateCardV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateCardV2Response>;
      /** Create card configuration — `POST /v2/cards/{uuid}/configurations` (createCardConfigurationV2) */
      createConfiguration(uuid: string, body: api.CreateCardConfigurationV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateCardConfigurationV2Response>;
      /** Delete card configuration — `DELETE /v2/cards/{uuid}/configurations` (deleteCardConfigurationV2) */
      deleteConfiguration(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardConfigurationV2Response>;
      /** Find all cards (v2) — `GET /v2/cards` (listCardsV2) */
      list(query?: api.ListCardsV2Data['query'], options?: RequestOptions): PagePromise<api.ListCardsV2Response>;
      /** Update card threshold (v2) — `PATCH /v2/cards/{uuid}` (updateCard) */
      update(uuid: string, body: api.UpdateCardData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardResponse>;
      /** Update card configuration — `PATCH /v2/cards/{uuid}/configurations` (updateCardConfigurationV2) */
      updateConfiguration(uuid: string, body: api.UpdateCardConfigurationV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardConfigurationV2Response>;
    };
    readonly groups: {
      /** Create group (v2) — `POST /v2/groups` (createGroupV2) */
      create(body: api.CreateGroupV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateGroupV2Response>;
      /** Delete a single group by UUID (v2) — `DELETE /v2/groups/{uuid}` (deleteGroupV2) */
      delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteGroupV2Response>;
      /** Find group by UUID (v2) — `GET /v2/groups/{uuid}` (getGroupV2) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetGroupV2Response>;
      /** Find all groups (v2) — `GET /v2/groups` (listGroupsV2) */
      list(query?: api.ListGroupsV2Data['query'], options?: RequestOptions): PagePromise<api.ListGroupsV2Response>;
      /** Update group details (v2) — `PUT /v2/groups/{uuid}` (updateGroupV2) */
      update(uuid: string, body: api.UpdateGroupV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateGroupV2Response>;
    };
    readonly invoices: {
      /** Get all invoices with optional filters (v2) — `GET /v2/invoices` (listInvoicesV2) */
      list(query?: api.ListInvoicesV2Data['query'], options?: RequestOptions): PagePromise<api.ListInvoicesV2Response>;
    };
    readonly labels: {
      /** Create multiple labels (v2) — `POST /v2/labels` (createLabelsV2) */
      create(body: api.CreateLabelsV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateLabelsV2Response>;
      /** Delete a label (v2) — `DELETE /v2/labels/{uuid}` (deleteLabelV2) */
      delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteLabelV2Response>;
      /** Delete multiple labels (v2) — `POST /v2/labels/delete` (deleteLabelsV2) */
      deleteMany(body: api.DeleteLabelsV2Data['body'], options?: RequestOptions): ClaraPromise<api.DeleteLabelsV2Response>;
      /** Get label by UUID (v2) — `GET /v2/labels/{uuid}` (getLabelV2) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLabelV2Response>;
      /** List all labels (v2) — `GET /v2/labels` (listLabelsV2) */
      list(query?: api.ListLabelsV2Data['query'], options?: RequestOptions): PagePromise<api.ListLabelsV2Response>;
      /** Update a label (v2) — `PATCH /v2/labels/{uuid}` (updateLabelV2) */
      update(uuid: string, body: api.UpdateLabelV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateLabelV2Response>;
    };
    readonly locations: {
      /** Find location by UUID (v2) — `GET /v2/locations/{uuid}` (getLocationV2) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLocationV2Response>;
      /** Find all locations (v2) — `GET /v2/locations` (listLocationsV2) */
      list(query?: api.ListLocationsV2Data['query'], options?: RequestOptions): PagePromise<api.ListLocationsV2Response>;
    };
    readonly transactions: {
      /** Find transaction by UUID (v2) — `GET /v2/transactions/{uuid}` (getTransactionV2) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionV2Response>;
      /** Find all transactions (v2) — `GET /v2/transactions` (listTransactionsV2) */
      list(query?: api.ListTransactionsV2Data['query'], options?: RequestOptions): PagePromise<api.ListTransactionsV2Response>;
    };
    readonly users: {
      /** Create a user (v2) — `POST /v2/users` (createUserV2) */
      create(body: api.CreateUserV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateUserV2Response>;
      /** Find user by UUID (v2) — `GET /v2/users/{uuid}` (getUserV2) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserV2Response>;
      /** Find all users (v2) — `GET /v2/users` (listUsersV2) */
      list(query?: api.ListUsersV2Data['query'], options?: RequestOptions): PagePromise<api.ListUsersV2Response>;
    };
  };
  readonly v1: {
    readonly cards: {
      /** Find card by UUID (legacy v1) — `GET /v1/cards/{uuid}` (getCardV1) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetCardV1Response>;
      /** Find all cards (legacy v1) — `GET /v1/cards` (listCardsV1) */
      list(query?: api.ListCardsV1Data['query'], options?: RequestOptions): PagePromise<api.ListCardsV1Response>;
    };
    readonly groups: {
      /** Find group by UUID (legacy v1) — `GET /v1/groups/{uuid}` (getGroupV1) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetGroupV1Response>;
      /** Find all groups (legacy v1) — `GET /v1/groups` (listGroupsV1) */
      list(query?: api.ListGroupsV1Data['query'], options?: RequestOptions): PagePromise<api.ListGroupsV1Response>;
    };
    readonly locations: {
      /** Find location by UUID (legacy v1) — `GET /v1/locations/{uuid}` (getLocationV1) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLocationV1Response>;
      /** Find all locations (legacy v1) — `GET /v1/locations` (listLocationsV1) */
      list(query?: api.ListLocationsV1Data['query'], options?: RequestOptions): PagePromise<api.ListLocationsV1Response>;
    };
    readonly logs: {
      /** API usage logs of a day — `GET /v1/logs/{year}/{month}/{day}` (getLogsByDayV1) */
      getByDay(year: string, month: string, day: string, options?: RequestOptions): ClaraPromise<api.GetLogsByDayV1Response>;
      /** API usage logs of a month — `GET /v1/logs/{year}/{month}` (getLogsByMonthV1) */
      getByMonth(year: string, month: string, options?: RequestOptions): ClaraPromise<api.GetLogsByMonthV1Response>;
      /** API usage logs of the current month — `GET /v1/logs/current` (getCurrentLogsV1) */
      getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentLogsV1Response>;
    };
    readonly subscribers: {
      /** Add event to subscriber — `POST /v1/subscribers/add-event` (addSubscriberEventV1) */
      addEvent(body: api.AddSubscriberEventV1Data['body'], options?: RequestOptions): ClaraPromise<api.AddSubscriberEventV1Response>;
      /** Create webhook subscriber — `POST /v1/subscribers` (createSubscriberV1) */
      create(body: api.CreateSubscriberV1Data['body'], options?: RequestOptions): ClaraPromise<api.CreateSubscriberV1Response>;
      /** Update webhook subscriber — `PATCH /v1/subscribers/{uuid}` (updateSubscriberV1) */
      update(uuid: string, body: api.UpdateSubscriberV1Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateSubscriberV1Response>;
    };
    readonly transactions: {
      /** Find transaction by UUID (legacy v1) — `GET /v1/transactions/{uuid}` (getTransactionV1) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionV1Response>;
      /** Find all transactions (legacy v1) — `GET /v1/transactions` (listTransactionsV1) */
      list(query?: api.ListTransactionsV1Data['query'], options?: RequestOptions): PagePromise<api.ListTransactionsV1Response>;
    };
    readonly users: {
      /** Find user by UUID (legacy v1) — `GET /v1/users/{uuid}` (getUserV1) */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserV1Response>;
      /** Find all users (legacy v1) — `GET /v1/users` (listUsersV1) */
      list(query?: api.ListUsersV1Data['query'], options?: RequestOptions): PagePromise<api.ListUsersV1Response>;
    };
    readonly virtualCardNumbers: {
      /** Cancel (void) one or more VCNs — `POST /v1/vcn/cancel` (cancelVirtualCardNumbersV1) */
      cancel(body: api.CancelVirtualCardNumbersV1Data['body'], options?: RequestOptions): ClaraPromise<api.CancelVirtualCardNumbersV1Response>;
      /** Create a VCN (guide variant) — `POST /v1/vcn/card` (createVirtualCardNumberV1) */
      create(body: api.CreateVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.CreateVirtualCardNumberV1Response>;
      /** Trigger the VCN reconciliation report — `POST /v1/vcn/report` (generateVirtualCardNumberReportV1) */
      generateReport(body?: api.GenerateVirtualCardNumberReportV1Data['body'], options?: RequestOptions): ClaraPromise<api.GenerateVirtualCardNumberReportV1Response>;
      /** Retrieve company RCNs, templates and suppliers — `GET /v1/vcn` (getVirtualCardNumberCompanyDetailsV1) */
      getCompanyDetails(query?: api.GetVirtualCardNumberCompanyDetailsV1Data['query'], options?: RequestOptions): ClaraPromise<api.GetVirtualCardNumberCompanyDetailsV1Response>;
      /** Retrieve the VCN reconciliation report — `GET /v1/vcn/report` (getVirtualCardNumberReportV1) */
      getReport(options?: RequestOptions): ClaraPromise<api.GetVirtualCardNumberReportV1Response>;
      /** Create a VCN (purchase) — `POST /v1/vcn/submit` (submitVirtualCardNumberV1) */
      submit(body: api.SubmitVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.SubmitVirtualCardNumberV1Response>;
      /** Update a VCN (limit, supplier) — `POST /v1/vcn/{purchaseId}/update` (updateVirtualCardNumberV1) */
      update(purchaseId: string, body: api.UpdateVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateVirtualCardNumberV1Response>;
    };
  };
}

/** Every operation wired into the client, by namespace, resource and method (introspection, tests). */
export const operations = {
  billingStatements: {
    get: { id: 'getBillingStatement', route: 'GET /v3/billing-statements/{uuid}', call: sdk.getBillingStatement, path: ["uuid"], input: 'query' },
    getCurrent: { id: 'getCurrentBillingStatement', route: 'GET /v3/billing-statements/current', call: sdk.getCurrentBillingStatement, path: [], input: 'none' },
    list: { id: 'listBillingStatements', route: 'GET /v3/billing-statements', call: sdk.listBillingStatements, path: [], input: 'query', paging: 'page' },
    listTransactions: { id: 'listBillingStatementTransactions', route: 'GET /v3/billing-statements/{uuid}/transactions', call: sdk.listBillingStatementTransactions, path: ["uuid"], input: 'query', paging: 'page' },
  },
  cards: {
    create: { id: 'createCard', route: 'POST /v3/cards', call: sdk.createCard, path: [], input: 'body' },
    createConfiguration: { id: 'createCardConfiguration', route: 'POST /v3/cards/{uuid}/configurations', call: sdk.createCardConfiguration, path: ["uuid"], input: 'body' },
    createMany: { id: 'createCards', route: 'POST /v3/cards/bulk-create', call: sdk.createCards, path: [], input: 'body' },
    delete: { id: 'deleteCard', route: 'DELETE /v3/cards/{uuid}', call: sdk.deleteCard, path: ["uuid"], input: 'none' },
    deleteConfiguration: { id: 'deleteCardConfiguration', route: 'DELETE /v3/cards/{uuid}/configurations', call: sdk.deleteCardConfiguration, path: ["uuid"], input: 'none' },
    deleteMany: { id: 'deleteCards', route: 'POST /v3/cards/delete', call: sdk.deleteCards, path: [], input: 'body' },
    get: { id: 'getCard', route: 'GET /v3/cards/{uuid}', call: sdk.getCard, path: ["uuid"], input: 'none' },
    getRequest: { id: 'getCardRequest', route: 'GET /v3/cards/requests/{id}', call: sdk.getCardRequest, path: ["id"], input: 'none' },
    list: { id: 'listCards', route: 'GET /v3/cards', call: sdk.listCards, path: [], input: 'query', paging: 'page' },
    listRequests: { id: 'listCardRequests', route: 'GET /v3/cards/requests', call: sdk.listCardRequests, path: [], input: 'query', paging: 'page' },
    listRequestsByBatch: { id: 'listCardRequestsByBatch', route: 'GET /v3/cards/requests/batches/{id}', call: sdk.listCardRequestsByBatch, path: ["id"], input: 'query', paging: 'page' },
    toggleLock: { id: 'toggleCardLock', route: 'PATCH /v3/cards/{uuid}/lock', call: sdk.toggleCardLock, path: ["uuid"], input: 'body' },
    toggleManyLock: { id: 'toggleCardsLock', route: 'PATCH /v3/cards/lock', call: sdk.toggleCardsLock, path: [], input: 'body' },
    updateConfiguration: { id: 'updateCardConfiguration', route: 'PATCH /v3/cards/{uuid}/configurations', call: sdk.updateCardConfiguration, path: ["uuid"], input: 'body' },
    updateManyThreshold: { id: 'updateCardsThreshold', route: 'PATCH /v3/cards/threshold', call: sdk.updateCardsThreshold, path: [], input: 'body' },
    updateThreshold: { id: 'updateCardThreshold', route: 'PATCH /v3/cards/{uuid}/threshold', call: sdk.updateCardThreshold, path: ["uuid"], input: 'body' },
  },
  extractedDocuments: {
    list: { id: 'listExtractedDocuments', route: 'GET /v3/transactions/{uuid}/extracted-documents', call: sdk.listExtractedDocuments, path: ["uuid"], input: 'query', paging: 'page' },
  },
  invoices: {
    list: { id: 'listInvoices', route: 'GET /v3/invoices', call: sdk.listInvoices, path: [], input: 'query', paging: 'page' },
    listByTransaction: { id: 'listInvoicesByTransaction', route: 'GET /v3/transactions/{uuid}/invoices', call: sdk.listInvoicesByTransaction, path: ["uuid"], input: 'none' },
  },
  reimbursements: {
    list: { id: 'listReimbursements', route: 'GET /v3/reimbursements', call: sdk.listReimbursements, path: [], input: 'query', paging: 'page' },
  },
  transactions: {
    addLabels: { id: 'addTransactionLabels', route: 'POST /v3/transactions/labels', call: sdk.addTransactionLabels, path: [], input: 'body' },
    createComment: { id: 'createTransactionComment', route: 'POST /v3/transactions/{uuid}/comments', call: sdk.createTransactionComment, path: ["uuid"], input: 'body' },
    createComments: { id: 'createTransactionComments', route: 'POST /v3/transactions/comments', call: sdk.createTransactionComments, path: [], input: 'body' },
    deleteComment: { id: 'deleteTransactionComment', route: 'DELETE /v3/transactions/{uuid}/comments', call: sdk.deleteTransactionComment, path: ["uuid"], input: 'none' },
    get: { id: 'getTransaction', route: 'GET /v3/transactions/{uuid}', call: sdk.getTransaction, path: ["uuid"], input: 'none' },
    list: { id: 'listTransactions', route: 'GET /v3/transactions', call: sdk.listTransactions, path: [], input: 'query', paging: 'page' },
    listDocuments: { id: 'listTransactionDocuments', route: 'GET /v3/transactions/{uuid}/documents', call: sdk.listTransactionDocuments, path: ["uuid"], input: 'none' },
  },
  users: {
    create: { id: 'createUser', route: 'POST /v3/users', call: sdk.createUser, path: [], input: 'body' },
    delete: { id: 'deleteUser', route: 'DELETE /v3/users/{uuid}', call: sdk.deleteUser, path: ["uuid"], input: 'none' },
    get: { id: 'getUser', route: 'GET /v3/users/{uuid}', call: sdk.getUser, path: ["uuid"], input: 'none' },
    list: { id: 'listUsers', route: 'GET /v3/users', call: sdk.listUsers, path: [], input: 'query', paging: 'page' },
    update: { id: 'updateUser', route: 'PATCH /v3/users/{uuid}', call: sdk.updateUser, path: ["uuid"], input: 'body' },
  },
  v2: {
    billingStatements: {
      getByMonth: { id: 'getBillingStatementByMonthV2', route: 'GET /v2/billing-statements/{month}/{year}', call: sdk.getBillingStatementByMonthV2, path: ["month","year"], input: 'none' },
      getCurrent: { id: 'getCurrentBillingStatementV2', route: 'GET /v2/billing-statements/current', call: sdk.getCurrentBillingStatementV2, path: [], input: 'none' },
    },
    cards: {
      create: { id: 'createCardV2', route: 'POST /v2/cards', call: sdk.createCardV2, path: [], input: 'body' },
      createConfiguration: { id: 'createCardConfigurationV2', route: 'POST /v2/cards/{uuid}/configurations', call: sdk.createCardConfigurationV2, path: ["uuid"], input: 'body' },
      deleteConfiguration: { id: 'deleteCardConfigurationV2', route: 'DELETE /v2/cards/{uuid}/configurations', call: sdk.deleteCardConfigurationV2, path: ["uuid"], input: 'none' },
      list: { id: 'listCardsV2', route: 'GET /v2/cards', call: sdk.listCardsV2, path: [], input: 'query', paging: 'page' },
      update: { id: 'updateCard', route: 'PATCH /v2/cards/{uuid}', call: sdk.updateCard, path: ["uuid"], input: 'body' },
      updateConfiguration: { id: 'updateCardConfigurationV2', route: 'PATCH /v2/cards/{uuid}/configurations', call: sdk.updateCardConfigurationV2, path: ["uuid"], input: 'body' },
    },
    groups: {
      create: { id: 'createGroupV2', route: 'POST /v2/groups', call: sdk.createGroupV2, path: [], input: 'body' },
      delete: { id: 'deleteGroupV2', route: 'DELETE /v2/groups/{uuid}', call: sdk.deleteGroupV2, path: ["uuid"], input: 'none' },
      get: { id: 'getGroupV2', route: 'GET /v2/groups/{uuid}', call: sdk.getGroupV2, path: ["uuid"], input: 'none' },
      list: { id: 'listGroupsV2', route: 'GET /v2/groups', call: sdk.listGroupsV2, path: [], input: 'query', paging: 'page' },
      update: { id: 'updateGroupV2', route: 'PUT /v2/groups/{uuid}', call: sdk.updateGroupV2, path: ["uuid"], input: 'body' },
    },
    invoices: {
      list: { id: 'listInvoicesV2', route: 'GET /v2/invoices', call: sdk.listInvoicesV2, path: [], input: 'query', paging: 'page' },
    },
    labels: {
      create: { id: 'createLabelsV2', route: 'POST /v2/labels', call: sdk.createLabelsV2, path: [], input: 'body' },
      delete: { id: 'deleteLabelV2', route: 'DELETE /v2/labels/{uuid}', call: sdk.deleteLabelV2, path: ["uuid"], input: 'none' },
      deleteMany: { id: 'deleteLabelsV2', route: 'POST /v2/labels/delete', call: sdk.deleteLabelsV2, path: [], input: 'body' },
      get: { id: 'getLabelV2', route: 'GET /v2/labels/{uuid}', call: sdk.getLabelV2, path: ["uuid"], input: 'none' },
      list: { id: 'listLabelsV2', route: 'GET /v2/labels', call: sdk.listLabelsV2, path: [], input: 'query', paging: 'page' },
      update: { id: 'updateLabelV2', route: 'PATCH /v2/labels/{uuid}', call: sdk.updateLabelV2, path: ["uuid"], input: 'body' },
    },
    locations: {
      get: { id: 'getLocationV2', route: 'GET /v2/locations/{uuid}', call: sdk.getLocationV2, path: ["uuid"], input: 'none' },
      list: { id: 'listLocationsV2', route: 'GET /v2/locations', call: sdk.listLocationsV2, path: [], input: 'query', paging: 'page' },
    },
    transactions: {
      get: { id: 'getTransactionV2', route: 'GET /v2/transactions/{uuid}', call: sdk.getTransactionV2, path: ["uuid"], input: 'none' },
      list: { id: 'listTransactionsV2', route: 'GET /v2/transactions', call: sdk.listTransactionsV2, path: [], input: 'query', paging: 'page' },
    },
    users: {
      create: { id: 'createUserV2', route: 'POST /v2/users', call: sdk.createUserV2, path: [], input: 'body' },
      get: { id: 'getUserV2', route: 'GET /v2/users/{uuid}', call: sdk.getUserV2, path: ["uuid"], input: 'none' },
      list: { id: 'listUsersV2', route: 'GET /v2/users', call: sdk.listUsersV2, path: [], input: 'query', paging: 'page' },
    },
  },
  v1: {
    cards: {
      get: { id: 'getCardV1', route: 'GET /v1/cards/{uuid}', call: sdk.getCardV1, path: ["uuid"], input: 'none' },
      list: { id: 'listCardsV1', route: 'GET /v1/cards', call: sdk.listCardsV1, path: [], input: 'query', paging: 'page' },
    },
    groups: {
      get: { id: 'getGroupV1', route: 'GET /v1/groups/{uuid}', call: sdk.getGroupV1, path: ["uuid"], input: 'none' },
      list: { id: 'listGroupsV1', route: 'GET /v1/groups', call: sdk.listGroupsV1, path: [], input: 'query', paging: 'page' },
    },
    locations: {
      get: { id: 'getLocationV1', route: 'GET /v1/locations/{uuid}', call: sdk.getLocationV1, path: ["uuid"], input: 'none' },
      list: { id: 'listLocationsV1', route: 'GET /v1/locations', call: sdk.listLocationsV1, path: [], input: 'query', paging: 'page' },
    },
    logs: {
      getByDay: { id: 'getLogsByDayV1', route: 'GET /v1/logs/{year}/{month}/{day}', call: sdk.getLogsByDayV1, path: ["year","month","day"], input: 'none' },
      getByMonth: { id: 'getLogsByMonthV1', route: 'GET /v1/logs/{year}/{month}', call: sdk.getLogsByMonthV1, path: ["year","month"], input: 'none' },
      getCurrent: { id: 'getCurrentLogsV1', route: 'GET /v1/logs/current', call: sdk.getCurrentLogsV1, path: [], input: 'none' },
    },
    subscribers: {
      addEvent: { id: 'addSubscriberEventV1', route: 'POST /v1/subscribers/add-event', call: sdk.addSubscriberEventV1, path: [], input: 'body' },
      create: { id: 'createSubscriberV1', route: 'POST /v1/subscribers', call: sdk.createSubscriberV1, path: [], input: 'body' },
      update: { id: 'updateSubscriberV1', route: 'PATCH /v1/subscribers/{uuid}', call: sdk.updateSubscriberV1, path: ["uuid"], input: 'body' },
    },
    transactions: {
      get: { id: 'getTransactionV1', route: 'GET /v1/transactions/{uuid}', call: sdk.getTransactionV1, path: ["uuid"], input: 'none' },
      list: { id: 'listTransactionsV1', route: 'GET /v1/transactions', call: sdk.listTransactionsV1, path: [], input: 'query', paging: 'page' },
    },
    users: {
      get: { id: 'getUserV1', route: 'GET /v1/users/{uuid}', call: sdk.getUserV1, path: ["uuid"], input: 'none' },
      list: { id: 'listUsersV1', route: 'GET /v1/users', call: sdk.listUsersV1, path: [], input: 'query', paging: 'page' },
    },
    virtualCardNumbers: {
      cancel: { id: 'cancelVirtualCardNumbersV1', route: 'POST /v1/vcn/cancel', call: sdk.cancelVirtualCardNumbersV1, path: [], input: 'body' },
      create: { id: 'createVirtualCardNumberV1', route: 'POST /v1/vcn/card', call: sdk.createVirtualCardNumberV1, path: [], input: 'body' },
      generateReport: { id: 'generateVirtualCardNumberReportV1', route: 'POST /v1/vcn/report', call: sdk.generateVirtualCardNumberReportV1, path: [], input: 'body' },
      getCompanyDetails: { id: 'getVirtualCardNumberCompanyDetailsV1', route: 'GET /v1/vcn', call: sdk.getVirtualCardNumberCompanyDetailsV1, path: [], input: 'query' },
      getReport: { id: 'getVirtualCardNumberReportV1', route: 'GET /v1/vcn/report', call: sdk.getVirtualCardNumberReportV1, path: [], input: 'none' },
      submit: { id: 'submitVirtualCardNumberV1', route: 'POST /v1/vcn/submit', call: sdk.submitVirtualCardNumberV1, path: [], input: 'body' },
      update: { id: 'updateVirtualCardNumberV1', route: 'POST /v1/vcn/{purchaseId}/update', call: sdk.updateVirtualCardNumberV1, path: ["purchaseId"], input: 'body' },
    },
  },
} as const;

/** Creates a client for Clara Mexico. See the package README for the options. */
export function createClaraClient(options: ClaraClientOptions): ClaraClient {
  return buildClient<ClaraClient, Client>(
    { country, package: { name: packageJson.name, version: packageJson.version }, operations, createHttpClient: (config) => createClient(createConfig(config)) },
    options,
  );
}

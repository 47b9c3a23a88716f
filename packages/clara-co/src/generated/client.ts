// Generated from specs/co/api-docs-v3.json and specs/co/overlay.yaml by tools/generate — do not edit.
import { buildClient, type ClaraClientBase, type ClaraClientOptions, type ClaraPromise, type ClientBinding, type PagePromise, type RequestOptions, type ResponseSchemas } from '@org/clara/binding';

import packageJson from '../../package.json' with { type: 'json' };
import { createClient, createConfig, type Client } from './api/client/index.js';
import * as sdk from './api/sdk.gen.js';
import type * as api from './api/types.gen.js';

/** Colombia: hosts and token endpoint, from the spec's `servers` and `securitySchemes`. */
export const country = {
  "code": "co",
  "name": "Colombia",
  "servers": {
    "production": "https://public-api.co.clara.com/api",
    "sandbox": "https://public-api.co.clara.com/api-test"
  },
  "tokenUrl": "https://public-api.co.clara.com/oauth/token"
} as const;

/** The Clara API of Colombia. v3 at the top level; older versions under `v2`, `v1`. */
export interface ClaraClient extends ClaraClientBase<ClaraClient, Client> {
  readonly billingStatements: {
    /**
     * Get billing statement by UUID
     *
     * One billing statement. The transaction filters and paging parameters apply to the transactions embedded in the statement (their names are inferred from their descriptions).
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/billing-statements/{uuid}` — raw function `getBillingStatement`.
     * @param uuid - Billing statement UUID.
     * @param query - `operationDateRangeStart`: Start of the operation (transaction) date range, inclusive (YYYY-MM-DD).; `operationDateRangeEnd`: End of the operation (transaction) date range, inclusive (YYYY-MM-DD).; `accountingDateRangeStart`: Start of the accounting date range, inclusive (YYYY-MM-DD).; `accountingDateRangeEnd`: End of the accounting date range, inclusive (YYYY-MM-DD).; `lastUpdateDateRangeStart`: Start of the last-update date range, inclusive (YYYY-MM-DD).; `lastUpdateDateRangeEnd`: End of the last-update date range, inclusive (YYYY-MM-DD).; `userUuid`: Only transactions of this user.; `cardUuid`: Only transactions of this card.; `cardLastDigits`: Only transactions of cards ending in these four digits.; `userErpId`: Only transactions of the user with this ERP id.; `status`: Only transactions in this status.; `type`: Only transactions of this operation type (parameter name not documented).; `page`: Zero-based page index (0..N); `size`: The size of the page to be returned (at most 100)
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    get(uuid: string, query?: api.GetBillingStatementData['query'], options?: RequestOptions): ClaraPromise<api.GetBillingStatementResponse>;
    /**
     * Get current billing statement
     *
     * The statement of the open period.
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/billing-statements/current` — raw function `getCurrentBillingStatement`.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentBillingStatementResponse>;
    /**
     * Find all billing statements
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/billing-statements` — raw function `listBillingStatements`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format: property,(asc|desc).
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(query?: api.ListBillingStatementsData['query'], options?: RequestOptions): PagePromise<api.ListBillingStatementsResponse>;
    /**
     * Find the transactions of a billing statement
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/billing-statements/{uuid}/transactions` — raw function `listBillingStatementTransactions`; `for await` walks every page.
     * @param uuid - Billing statement UUID.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned (at most 100); `sort`: Sorting criteria: `accountingDate` or `operationDate`, ascending or descending.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    listTransactions(uuid: string, query?: api.ListBillingStatementTransactionsData['query'], options?: RequestOptions): PagePromise<api.ListBillingStatementTransactionsResponse>;
  };
  readonly cards: {
    /**
     * Single create card
     *
     * Creates one card for an active user. Minimum threshold COP 100,000.00; it must not exceed the company's credit line.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
     *
     * `POST /v3/cards` — raw function `createCard`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    create(body: api.CreateCardData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardResponse>;
    /**
     * Create card configuration
     *
     * Sets a spending configuration on a card (validity period, ATM cash limit, days, merchant categories; combinable). The response is not documented: 204 assumed.
     *
     * `POST /v3/cards/{uuid}/configurations` — raw function `createCardConfiguration`.
     * @param uuid - Card UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    createConfiguration(uuid: string, body: api.CreateCardConfigurationData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardConfigurationResponse>;
    /**
     * Create multiple cards
     *
     * Creates several cards in one call. Minimum threshold COP 100,000.00 per card.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * unverified: reconstructed from Clara's guides (the response `CardsOperationResult`): expect drift here first.
     *
     * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
     *
     * `POST /v3/cards/bulk-create` — raw function `createCards`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    createMany(body: api.CreateCardsData['body'], options?: RequestOptions): ClaraPromise<api.CreateCardsResponse>;
    /**
     * Delete card
     *
     * Deletes (cancels) a card.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * `DELETE /v3/cards/{uuid}` — raw function `deleteCard`.
     * @param uuid - Card UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardResponse>;
    /**
     * Delete card configuration
     *
     * Removes the spending configuration of a card.
     *
     * `DELETE /v3/cards/{uuid}/configurations` — raw function `deleteCardConfiguration`.
     * @param uuid - Card UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    deleteConfiguration(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardConfigurationResponse>;
    /**
     * Delete cards
     *
     * Deletes several cards. Body shape not documented (a list of card UUIDs is the plausible form).
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `CardsDeleteRequest`; the response `CardsOperationResult`): expect drift here first.
     *
     * `POST /v3/cards/delete` — raw function `deleteCards`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    deleteMany(body: api.DeleteCardsData['body'], options?: RequestOptions): ClaraPromise<api.DeleteCardsResponse>;
    /**
     * Find card by UUID
     *
     * `GET /v3/cards/{uuid}` — raw function `getCard`.
     * @param uuid - Card UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetCardResponse>;
    /**
     * Find a card request by ID
     *
     * One asynchronous card-creation request (Clara's summary reads "Find all card requests by ID"). Response shape not documented.
     *
     * unverified: reconstructed from Clara's guides (the operation; the response `CardCreationRequestResponse`): expect drift here first.
     *
     * `GET /v3/cards/requests/{id}` — raw function `getCardRequest`.
     * @param id - Card request identifier.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    getRequest(id: string, options?: RequestOptions): ClaraPromise<api.GetCardRequestResponse>;
    /**
     * Find all cards
     *
     * `GET /v3/cards` — raw function `listCards`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format: property,(asc|desc).; `userUuid`: Only cards of this user; not combinable with `userErpId`.; `username`: Only cards of the user with exactly this username.; `status`: Only cards in this status (e.g.; `periodicity`: Only cards with this threshold period.; `type`: Only cards of this product/format, e.g.; `userErpId`: Only cards of the user with this ERP id; used only when `userUuid` is absent.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(query?: api.ListCardsData['query'], options?: RequestOptions): PagePromise<api.ListCardsResponse>;
    /**
     * Find all card requests
     *
     * Asynchronous card-creation requests. The response shape is not documented (paged envelope assumed).
     *
     * unverified: reconstructed from Clara's guides (the operation; the response `PageCardCreationRequestResponse`, `CardCreationRequestResponse`): expect drift here first.
     *
     * `GET /v3/cards/requests` — raw function `listCardRequests`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format: property,(asc|desc).
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    listRequests(query?: api.ListCardRequestsData['query'], options?: RequestOptions): PagePromise<api.ListCardRequestsResponse>;
    /**
     * Find all card requests by batch ID
     *
     * Card-creation requests of one bulk creation. Response shape not documented (paged envelope assumed).
     *
     * unverified: reconstructed from Clara's guides (the operation; the response `PageCardCreationRequestResponse`, `CardCreationRequestResponse`): expect drift here first.
     *
     * `GET /v3/cards/requests/batches/{id}` — raw function `listCardRequestsByBatch`; `for await` walks every page.
     * @param id - Batch identifier.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    listRequestsByBatch(id: string, query?: api.ListCardRequestsByBatchData['query'], options?: RequestOptions): PagePromise<api.ListCardRequestsByBatchResponse>;
    /**
     * Toggle a single card lock
     *
     * Locks or unlocks a card. The body is one required boolean whose property name is not visible in Clara's documentation; `locked` is assumed.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * Contested (`CardLockRequest`): Clara's official pages give two readings. This SDK follows one: an object {locked: true}, one reading of https://clara-api.readme.io/reference/togglecardlock (one required boolean, its name not shown: `locked` is on no official page); the other: a bare boolean (true locks), the other reading of https://clara-api.readme.io/reference/togglecardlock. The sandbox accepts both forms.
     *
     * `PATCH /v3/cards/{uuid}/lock` — raw function `toggleCardLock`.
     * @param uuid - Card UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    toggleLock(uuid: string, body: api.ToggleCardLockData['body'], options?: RequestOptions): ClaraPromise<api.ToggleCardLockResponse>;
    /**
     * Lock/unlock multiple cards
     *
     * Locks or unlocks several cards. Body shape not documented.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `CardsLockRequest`; the response `CardsOperationResult`): expect drift here first.
     *
     * `PATCH /v3/cards/lock` — raw function `toggleCardsLock`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    toggleManyLock(body: api.ToggleCardsLockData['body'], options?: RequestOptions): ClaraPromise<api.ToggleCardsLockResponse>;
    /**
     * Update card configuration
     *
     * Changes the spending configuration of a card; absent parts are left unchanged. The response is not documented: 204 assumed.
     *
     * `PATCH /v3/cards/{uuid}/configurations` — raw function `updateCardConfiguration`.
     * @param uuid - Card UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    updateConfiguration(uuid: string, body: api.UpdateCardConfigurationData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardConfigurationResponse>;
    /**
     * Update multiple cards threshold
     *
     * Changes the threshold of several cards. Minimum threshold COP 100,000.00. Body shape not documented.
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `CardsThresholdRequest`; the response `CardsOperationResult`): expect drift here first.
     *
     * `PATCH /v3/cards/threshold` — raw function `updateCardsThreshold`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    updateManyThreshold(body: api.UpdateCardsThresholdData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardsThresholdResponse>;
    /**
     * Update a single card threshold
     *
     * Changes the threshold (spending limit) of a card; allowed on LOCKED, FROZEN and RESTRICTED cards since February 2026. Minimum COP 100,000.00; at most the company's credit line (otherwise 422, e.g. code B013).
     *
     * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`; Clara's pages do not show its shape). If not, Clara answers 204 No Content, as its operation pages list it (https://clara-api.readme.io/reference/togglecardlock, /createcards-1), processing continues in the background, and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
     *
     * `PATCH /v3/cards/{uuid}/threshold` — raw function `updateCardThreshold`.
     * @param uuid - Card UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400, 422
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    updateThreshold(uuid: string, body: api.UpdateCardThresholdData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardThresholdResponse>;
  };
  readonly extractedDocuments: {
    /**
     * Find extracted documents for a transaction by UUID
     *
     * Data Clara's receipt scanner extracted from the attachments of a transaction.
     *
     * `GET /v3/transactions/{uuid}/extracted-documents` — raw function `listExtractedDocuments`; `for await` walks every page.
     * @param uuid - Transaction UUID.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format `property,(ASC|DESC)`.; `type`: Only documents of this type.; `validationStatus`: Only documents in this validation status.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(uuid: string, query?: api.ListExtractedDocumentsData['query'], options?: RequestOptions): PagePromise<api.ListExtractedDocumentsResponse>;
  };
  readonly reimbursements: {
    /**
     * Retrieve reimbursements data
     *
     * Out-of-pocket expense reimbursements. Date filters take yyyy-MM-dd. The item schema is not documented.
     *
     * unverified: reconstructed from Clara's guides (the response `ReimbursementResponse`): expect drift here first.
     *
     * `GET /v3/reimbursements` — raw function `listReimbursements`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format `property,(ASC|DESC)`.; `requestCreationDateStart`: Requests created on or after (YYYY-MM-DD).; `requestCreationDateEnd`: Requests created on or before (YYYY-MM-DD).; `expenseDateStart`: Expenses on or after (YYYY-MM-DD).; `expenseDateEnd`: Expenses on or before (YYYY-MM-DD).; `finalApprovalDateStart`: Finally approved on or after (YYYY-MM-DD).; `finalApprovalDateEnd`: Finally approved on or before (YYYY-MM-DD).; `paymentDateStart`: Paid on or after (YYYY-MM-DD).; `paymentDateEnd`: Paid on or before (YYYY-MM-DD).; `lastUpdateDateStart`: Updated on or after (YYYY-MM-DD).; `lastUpdateDateEnd`: Updated on or before (YYYY-MM-DD).; `categoryCodes`: Only these expense category codes (digits).; `requesterUuids`: Only these requesters.; `statuses`: Only these statuses.; `requesterName`: Only requesters with this name.; `uuids`: Only these reimbursements.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(query?: api.ListReimbursementsData['query'], options?: RequestOptions): PagePromise<api.ListReimbursementsResponse>;
  };
  readonly transactions: {
    /**
     * Create binding between labels and transactions
     *
     * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess. Labels are managed with the v2 Labels endpoints.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionLabelsRequest`): expect drift here first.
     *
     * `POST /v3/transactions/labels` — raw function `addTransactionLabels`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    addLabels(body: api.AddTransactionLabelsData['body'], options?: RequestOptions): ClaraPromise<api.AddTransactionLabelsResponse>;
    /**
     * Create a single comment by transaction UUID
     *
     * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionCommentRequest`): expect drift here first.
     *
     * `POST /v3/transactions/{uuid}/comments` — raw function `createTransactionComment`.
     * @param uuid - Transaction UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    createComment(uuid: string, body: api.CreateTransactionCommentData['body'], options?: RequestOptions): ClaraPromise<api.CreateTransactionCommentResponse>;
    /**
     * Create multiple comments in multiple transactions
     *
     * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `TransactionCommentsRequest`): expect drift here first.
     *
     * `POST /v3/transactions/comments` — raw function `createTransactionComments`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    createComments(body: api.CreateTransactionCommentsData['body'], options?: RequestOptions): ClaraPromise<api.CreateTransactionCommentsResponse>;
    /**
     * Delete a single comment by transaction UUID
     *
     * The operation is listed in Clara's v3 reference (summary only); its path, body and response are not documented. Path and shapes here are the most plausible guess.
     *
     * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
     *
     * `DELETE /v3/transactions/{uuid}/comments` — raw function `deleteTransactionComment`.
     * @param uuid - Transaction UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    deleteComment(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteTransactionCommentResponse>;
    /**
     * Get a transaction by UUID
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/transactions/{uuid}` — raw function `getTransaction`.
     * @param uuid - Transaction UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionResponse>;
    /**
     * Retrieve all transactions with filters
     *
     * Transactions of the company, newest first unless `sort` says otherwise. Date filters take YYYY-MM-DD; a range applies when both ends are given.
     *
     * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
     *
     * `GET /v3/transactions` — raw function `listTransactions`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned (at most 100); `sort`: Sorting criteria: `accountingDate` or `operationDate`, ascending or descending.; `operationDateRangeStart`: Start of the operation (transaction) date range, inclusive (YYYY-MM-DD).; `operationDateRangeEnd`: End of the operation (transaction) date range, inclusive (YYYY-MM-DD).; `accountingDateRangeStart`: Start of the accounting date range, inclusive (YYYY-MM-DD).; `accountingDateRangeEnd`: End of the accounting date range, inclusive (YYYY-MM-DD).; `lastUpdateDateRangeStart`: Start of the last-update date range, inclusive (YYYY-MM-DD).; `lastUpdateDateRangeEnd`: End of the last-update date range, inclusive (YYYY-MM-DD).; `userUuid`: Only transactions of this user.; `cardUuid`: Only transactions of this card.; `cardLastDigits`: Only transactions of cards ending in these four digits.; `userErpId`: Only transactions of the user with this ERP id.; `status`: Only transactions in this status.; `type`: Only transactions of this operation type (parameter name not documented).; `labels`: Only transactions with these labels (parameter name inferred from a truncated guide).
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(query?: api.ListTransactionsData['query'], options?: RequestOptions): PagePromise<api.ListTransactionsResponse>;
    /**
     * Get the attachments of a transaction
     *
     * Attachments (receipt photos, PDFs, XML files) of a transaction with pre-signed download URLs valid for about 12 hours.
     *
     * `GET /v3/transactions/{uuid}/documents` — raw function `listTransactionDocuments`.
     * @param uuid - Transaction UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    listDocuments(uuid: string, options?: RequestOptions): ClaraPromise<api.ListTransactionDocumentsResponse>;
  };
  readonly users: {
    /**
     * Create user
     *
     * Creates (invites) a user. The body's field names are not documented; the tax identifier is validated against the user's country. The response is assumed to be the created user.
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `UserCreateRequest`): expect drift here first.
     *
     * `POST /v3/users` — raw function `createUser`.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    create(body: api.CreateUserData['body'], options?: RequestOptions): ClaraPromise<api.CreateUserResponse>;
    /**
     * Delete user
     *
     * `DELETE /v3/users/{uuid}` — raw function `deleteUser`.
     * @param uuid - User UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteUserResponse>;
    /**
     * Find user by UUID
     *
     * `GET /v3/users/{uuid}` — raw function `getUser`.
     * @param uuid - User UUID.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserResponse>;
    /**
     * Find all users
     *
     * `GET /v3/users` — raw function `listUsers`; `for await` walks every page.
     * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; `sort`: Sorting criteria in the format `property,(ASC|DESC)`.; `status`: Only users in this status (e.g.; `role`: Only users with this role.; `uuid`: Only the user with this UUID.; `name`: Only users with this first name.; `lastName`: Only users with this last name.; `fullName`: Only users with this full name.; `email`: Only the user with this e-mail.; `mobilePhone`: Only the user with this mobile phone.; `taxIdentifier`: Only the user with this tax identifier (cédula).; `erpId`: Only the user with this ERP id.; `createdAtStart`: Only users created on or after this date (YYYY-MM-DD).; `createdAtEnd`: Only users created on or before this date (YYYY-MM-DD).; `locationUuid`: Only users of this location.; `locationName`: Only users of the location with this name.; `managerUuid`: Only users with this manager.
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    list(query?: api.ListUsersData['query'], options?: RequestOptions): PagePromise<api.ListUsersResponse>;
    /**
     * Update user
     *
     * Changes fields of a user; absent fields are left unchanged. Body field names and response are not documented (204 assumed).
     *
     * unverified: reconstructed from Clara's guides (the operation; the request body `UserUpdateRequest`): expect drift here first.
     *
     * `PATCH /v3/users/{uuid}` — raw function `updateUser`.
     * @param uuid - User UUID.
     * @param body - the request body
     * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
     * @throws {ClaraValidationError} HTTP 400
     * @throws {ClaraAuthError} HTTP 401
     * @throws {ClaraPermissionError} HTTP 403
     * @throws {ClaraNotFoundError} HTTP 404
     * @throws {ClaraRateLimitError} HTTP 429
     * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
     */
    update(uuid: string, body: api.UpdateUserData['body'], options?: RequestOptions): ClaraPromise<api.UpdateUserResponse>;
  };
  readonly v2: {
    readonly billingStatements: {
      /**
       * Get billing statement by month and year (v2)
       *
       * The statement of a given month. Response shape assumed as for `getCurrentBillingStatementV2`.
       *
       * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
       *
       * `GET /v2/billing-statements/{month}/{year}` — raw function `getBillingStatementByMonthV2`.
       * @param month - Month, 1–12.
       * @param year - Four-digit year.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getByMonth(month: string, year: string, options?: RequestOptions): ClaraPromise<api.GetBillingStatementByMonthV2Response>;
      /**
       * Get current billing statement (v2)
       *
       * The v2 response shape is not documented (the published sample is illustrative); the v3 statement is assumed.
       *
       * Contested (`TransactionStatus`): Clara's official pages give two readings. This SDK follows one: a string (AUTHORIZED), as https://developers.clara.team/introduction shows TransactionResponseV3; the other: an object {code: OP, description: AUTHORIZED}, as https://developers.clara.team/guides/reconcile-transactions shows it. The sandbox answers in the form this SDK follows.
       *
       * `GET /v2/billing-statements/current` — raw function `getCurrentBillingStatementV2`.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentBillingStatementV2Response>;
    };
    readonly cards: {
      /**
       * Create card (v2)
       *
       * Creates a card (write mode since April 2024). Minimum threshold COP 100,000.00.
       *
       * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`). If not, processing continues in the background: the response body may be empty (all result fields are optional) and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
       *
       * Contested (`CardRequest`): Clara's official pages give two readings. This SDK follows one: integer codes with userUUID (type 1|2, periodicityType 1|2), as https://clara-api.readme.io/docs/cards-how-to-use-and-restrictions lists them; the other: names with userUuid (type VIRTUAL, periodicity MONTHLY), as https://developers.clara.team/guides/provision-cards posts them. The sandbox accepts both forms.
       *
       * `POST /v2/cards` — raw function `createCardV2`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400, 422
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateCardV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateCardV2Response>;
      /**
       * Create card configuration
       *
       * Sets a spending configuration on a card (validity period, ATM cash limit, days, merchant categories; combinable). The response is not documented: 204 assumed.
       *
       * `POST /v2/cards/{uuid}/configurations` — raw function `createCardConfigurationV2`.
       * @param uuid - Card UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400, 422
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      createConfiguration(uuid: string, body: api.CreateCardConfigurationV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateCardConfigurationV2Response>;
      /**
       * Delete card configuration
       *
       * Removes the spending configuration of a card.
       *
       * `DELETE /v2/cards/{uuid}/configurations` — raw function `deleteCardConfigurationV2`.
       * @param uuid - Card UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400, 422
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      deleteConfiguration(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteCardConfigurationV2Response>;
      /**
       * Find all cards (v2)
       *
       * Implied by Clara's `CardV2` schema and the "Cards API v2" pages; filters not documented.
       *
       * `GET /v2/cards` — raw function `listCardsV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListCardsV2Data['query'], options?: RequestOptions): PagePromise<api.ListCardsV2Response>;
      /**
       * Update card threshold (v2)
       *
       * Changes the threshold of a card (Clara's operationId `updateCard`, kept as is). Minimum COP 100,000.00.
       *
       * Hybrid synchronous/asynchronous operation: Clara tries to finish within about 30 s. If it does, the 200 response body carries the result (the card UUID and/or a status such as `UPDATED` or `DELETED`). If not, processing continues in the background: the response body may be empty (all result fields are optional) and the outcome arrives by webhook (recommended) or by polling the card(s) after 3–5 s.
       *
       * `PATCH /v2/cards/{uuid}` — raw function `updateCard`.
       * @param uuid - Card UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400, 422
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      update(uuid: string, body: api.UpdateCardData['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardResponse>;
      /**
       * Update card configuration
       *
       * Changes the spending configuration of a card; absent parts are left unchanged. The response is not documented: 204 assumed.
       *
       * `PATCH /v2/cards/{uuid}/configurations` — raw function `updateCardConfigurationV2`.
       * @param uuid - Card UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400, 422
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      updateConfiguration(uuid: string, body: api.UpdateCardConfigurationV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateCardConfigurationV2Response>;
    };
    readonly groups: {
      /**
       * Create group (v2)
       *
       * `POST /v2/groups` — raw function `createGroupV2`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateGroupV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateGroupV2Response>;
      /**
       * Delete a single group by UUID (v2)
       *
       * `DELETE /v2/groups/{uuid}` — raw function `deleteGroupV2`.
       * @param uuid - Group UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteGroupV2Response>;
      /**
       * Find group by UUID (v2)
       *
       * `GET /v2/groups/{uuid}` — raw function `getGroupV2`.
       * @param uuid - Group UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetGroupV2Response>;
      /**
       * Find all groups (v2)
       *
       * `GET /v2/groups` — raw function `listGroupsV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListGroupsV2Data['query'], options?: RequestOptions): PagePromise<api.ListGroupsV2Response>;
      /**
       * Update group details (v2)
       *
       * Replaces the name and description of a group (Clara's reference says PUT; one guide says PATCH). The response is not documented: 204 assumed.
       *
       * `PUT /v2/groups/{uuid}` — raw function `updateGroupV2`.
       * @param uuid - Group UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      update(uuid: string, body: api.UpdateGroupV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateGroupV2Response>;
    };
    readonly labels: {
      /**
       * Create multiple labels (v2)
       *
       * Creates several labels, each with a name and an optional description. The wrapper of the body and the response are not documented: the created labels are assumed to be returned as an array.
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `LabelsCreateRequest`): expect drift here first.
       *
       * `POST /v2/labels` — raw function `createLabelsV2`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateLabelsV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateLabelsV2Response>;
      /**
       * Delete a label (v2)
       *
       * `DELETE /v2/labels/{uuid}` — raw function `deleteLabelV2`.
       * @param uuid - Label UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteLabelV2Response>;
      /**
       * Delete multiple labels (v2)
       *
       * Body shape not documented.
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `LabelsDeleteRequest`): expect drift here first.
       *
       * `POST /v2/labels/delete` — raw function `deleteLabelsV2`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      deleteMany(body: api.DeleteLabelsV2Data['body'], options?: RequestOptions): ClaraPromise<api.DeleteLabelsV2Response>;
      /**
       * Get label by UUID (v2)
       *
       * `GET /v2/labels/{uuid}` — raw function `getLabelV2`.
       * @param uuid - Label UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLabelV2Response>;
      /**
       * List all labels (v2)
       *
       * `GET /v2/labels` — raw function `listLabelsV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListLabelsV2Data['query'], options?: RequestOptions): PagePromise<api.ListLabelsV2Response>;
      /**
       * Update a label (v2)
       *
       * The response is not documented: 204 assumed.
       *
       * `PATCH /v2/labels/{uuid}` — raw function `updateLabelV2`.
       * @param uuid - Label UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      update(uuid: string, body: api.UpdateLabelV2Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateLabelV2Response>;
    };
    readonly locations: {
      /**
       * Find location by UUID (v2)
       *
       * `GET /v2/locations/{uuid}` — raw function `getLocationV2`.
       * @param uuid - Location UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLocationV2Response>;
      /**
       * Find all locations (v2)
       *
       * Locations are the company's cost centres / offices.
       *
       * `GET /v2/locations` — raw function `listLocationsV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListLocationsV2Data['query'], options?: RequestOptions): PagePromise<api.ListLocationsV2Response>;
    };
    readonly transactions: {
      /**
       * Find transaction by UUID (v2)
       *
       * Inferred from the v1 and v3 equivalents; not listed by Clara's v2 reference.
       *
       * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
       *
       * `GET /v2/transactions/{uuid}` — raw function `getTransactionV2`.
       * @param uuid - Transaction UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionV2Response>;
      /**
       * Find all transactions (v2)
       *
       * `GET /v2/transactions` — raw function `listTransactionsV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented); `operationDateRangeStart`: Start of the operation date range, inclusive (YYYY-MM-DD).; `operationDateRangeEnd`: End of the operation date range, inclusive (YYYY-MM-DD).
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListTransactionsV2Data['query'], options?: RequestOptions): PagePromise<api.ListTransactionsV2Response>;
    };
    readonly users: {
      /**
       * Create a user (v2)
       *
       * Body and response are not documented; the v3 user fields are assumed.
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `UserCreateRequest`; the response `UserV2`): expect drift here first.
       *
       * `POST /v2/users` — raw function `createUserV2`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateUserV2Data['body'], options?: RequestOptions): ClaraPromise<api.CreateUserV2Response>;
      /**
       * Find user by UUID (v2)
       *
       * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
       *
       * `GET /v2/users/{uuid}` — raw function `getUserV2`.
       * @param uuid - User UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserV2Response>;
      /**
       * Find all users (v2)
       *
       * Filters and response shape are not documented.
       *
       * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
       *
       * `GET /v2/users` — raw function `listUsersV2`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListUsersV2Data['query'], options?: RequestOptions): PagePromise<api.ListUsersV2Response>;
    };
  };
  readonly v1: {
    readonly cards: {
      /**
       * Find card by UUID (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/cards/{uuid}` — raw function `getCardV1`.
       * @param uuid - Card UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetCardV1Response>;
      /**
       * Find all cards (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/cards` — raw function `listCardsV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListCardsV1Data['query'], options?: RequestOptions): PagePromise<api.ListCardsV1Response>;
    };
    readonly groups: {
      /**
       * Find group by UUID (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/groups/{uuid}` — raw function `getGroupV1`.
       * @param uuid - Group UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetGroupV1Response>;
      /**
       * Find all groups (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/groups` — raw function `listGroupsV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListGroupsV1Data['query'], options?: RequestOptions): PagePromise<api.ListGroupsV1Response>;
    };
    readonly locations: {
      /**
       * Find location by UUID (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/locations/{uuid}` — raw function `getLocationV1`.
       * @param uuid - Location UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetLocationV1Response>;
      /**
       * Find all locations (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/locations` — raw function `listLocationsV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListLocationsV1Data['query'], options?: RequestOptions): PagePromise<api.ListLocationsV1Response>;
    };
    readonly logs: {
      /**
       * API usage logs of a day
       *
       * `GET /v1/logs/{year}/{month}/{day}` — raw function `getLogsByDayV1`.
       * @param year - Four-digit year (yyyy).
       * @param month - Month (MM), 01–12: send two digits (`03`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM`); a one-digit month may be refused.
       * @param day - Day of the month (dd), 01–31: send two digits (`05`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM/dd`).
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getByDay(year: string, month: string, day: string, options?: RequestOptions): ClaraPromise<api.GetLogsByDayV1Response>;
      /**
       * API usage logs of a month
       *
       * `GET /v1/logs/{year}/{month}` — raw function `getLogsByMonthV1`.
       * @param year - Four-digit year (yyyy).
       * @param month - Month (MM), 01–12: send two digits (`03`), as Clara's page writes the path (`/api/v1/logs/yyyy/MM`); a one-digit month may be refused.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getByMonth(year: string, month: string, options?: RequestOptions): ClaraPromise<api.GetLogsByMonthV1Response>;
      /**
       * API usage logs of the current month
       *
       * Requests made by this project in the current month, with chargeable counts. There is no unbounded listing.
       *
       * `GET /v1/logs/current` — raw function `getCurrentLogsV1`.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getCurrent(options?: RequestOptions): ClaraPromise<api.GetCurrentLogsV1Response>;
    };
    readonly subscribers: {
      /**
       * Add event to subscriber
       *
       * Adds one event to the subscriber registered for a callback URL. The response is not documented: 204 assumed.
       *
       * `POST /v1/subscribers/add-event` — raw function `addSubscriberEventV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      addEvent(body: api.AddSubscriberEventV1Data['body'], options?: RequestOptions): ClaraPromise<api.AddSubscriberEventV1Response>;
      /**
       * Create webhook subscriber
       *
       * Registers a webhook callback for events such as PAYMENT_PAID or CARD_CREATION_REQUEST_CREATED. The response body is not documented (the subscriber is assumed).
       *
       * `POST /v1/subscribers` — raw function `createSubscriberV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateSubscriberV1Data['body'], options?: RequestOptions): ClaraPromise<api.CreateSubscriberV1Response>;
      /**
       * Delete a subscriber
       *
       * Removes a webhook subscriber: it receives no more events. Clara documents it on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; the success status is not documented (204 assumed).
       *
       * `DELETE /v1/subscribers/{uuid}` — raw function `deleteSubscriberV1`.
       * @param uuid - Subscriber UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      delete(uuid: string, options?: RequestOptions): ClaraPromise<api.DeleteSubscriberV1Response>;
      /**
       * Delete event from subscriber
       *
       * Removes one event from the subscriber registered for a callback URL. Clara documents it on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; neither the body nor the response is documented (the add-event body and 204 are assumed).
       *
       * unverified: reconstructed from Clara's guides (the operation): expect drift here first.
       *
       * `DELETE /v1/subscribers/delete-event` — raw function `deleteSubscriberEventV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      deleteEvent(body: api.DeleteSubscriberEventV1Data['body'], options?: RequestOptions): ClaraPromise<api.DeleteSubscriberEventV1Response>;
      /**
       * Retrieve subscribers
       *
       * Lists the webhook subscribers of the company, filtered. Clara documents the operation and its filters on https://developers.clara.team/api-reference/webhooks and https://clara-api.readme.io/reference/how-to-use-it-4; the response body is not documented (a Spring page of subscribers is assumed).
       *
       * unverified: reconstructed from Clara's guides (the response `PageSubscriberResponse`): expect drift here first.
       *
       * `GET /v1/subscribers` — raw function `listSubscribersV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented); `uuid`: Only the subscriber with this UUID.; `name`: Only subscribers with this name.; `callbackUrl`: Only subscribers with this callback URL.; `enabled`: Only enabled (true) or disabled (false) subscribers.; `events`: Only subscribers to these events.; `companyUuid`: Only subscribers of this company.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListSubscribersV1Data['query'], options?: RequestOptions): PagePromise<api.ListSubscribersV1Response>;
      /**
       * Update webhook subscriber
       *
       * All fields optional. The response body is not documented (the subscriber is assumed).
       *
       * `PATCH /v1/subscribers/{uuid}` — raw function `updateSubscriberV1`.
       * @param uuid - Subscriber UUID.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      update(uuid: string, body: api.UpdateSubscriberV1Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateSubscriberV1Response>;
    };
    readonly transactions: {
      /**
       * Find transaction by UUID (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/transactions/{uuid}` — raw function `getTransactionV1`.
       * @param uuid - Transaction UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetTransactionV1Response>;
      /**
       * Find all transactions (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * `GET /v1/transactions` — raw function `listTransactionsV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListTransactionsV1Data['query'], options?: RequestOptions): PagePromise<api.ListTransactionsV1Response>;
    };
    readonly users: {
      /**
       * Find user by UUID (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
       *
       * `GET /v1/users/{uuid}` — raw function `getUserV1`.
       * @param uuid - User UUID.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      get(uuid: string, options?: RequestOptions): ClaraPromise<api.GetUserV1Response>;
      /**
       * Find all users (legacy v1)
       *
       * Legacy v1 endpoint; its response shape is not documented and is assumed to match v2.
       *
       * unverified: reconstructed from Clara's guides (the response `UserV2`): expect drift here first.
       *
       * `GET /v1/users` — raw function `listUsersV1`; `for await` walks every page.
       * @param query - `page`: Zero-based page index (0..N); `size`: The size of the page to be returned; the server default applies when absent (not documented)
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      list(query?: api.ListUsersV1Data['query'], options?: RequestOptions): PagePromise<api.ListUsersV1Response>;
    };
    readonly virtualCardNumbers: {
      /**
       * Cancel (void) one or more VCNs
       *
       * Body shape not documented; response assumed 204.
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `VCNCancelRequestVO`): expect drift here first.
       *
       * `POST /v1/vcn/cancel` — raw function `cancelVirtualCardNumbersV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      cancel(body: api.CancelVirtualCardNumbersV1Data['body'], options?: RequestOptions): ClaraPromise<api.CancelVirtualCardNumbersV1Response>;
      /**
       * Create a VCN (guide variant)
       *
       * Issues a virtual card number, as described by Clara's VCN guide; conflicts with `/v1/vcn/submit`, which the API reference documents. Prefer `submitVirtualCardNumberV1`.
       *
       * `POST /v1/vcn/card` — raw function `createVirtualCardNumberV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      create(body: api.CreateVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.CreateVirtualCardNumberV1Response>;
      /**
       * Trigger the VCN reconciliation report
       *
       * Starts generating the reconciliation report; fetch it with `getVirtualCardNumberReportV1`. Body and response not documented (204 assumed).
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `VCNReportRequestVO`): expect drift here first.
       *
       * `POST /v1/vcn/report` — raw function `generateVirtualCardNumberReportV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      generateReport(body?: api.GenerateVirtualCardNumberReportV1Data['body'], options?: RequestOptions): ClaraPromise<api.GenerateVirtualCardNumberReportV1Response>;
      /**
       * Retrieve company RCNs, templates and suppliers
       *
       * What the company can issue virtual card numbers (VCNs) with.
       *
       * `GET /v1/vcn` — raw function `getVirtualCardNumberCompanyDetailsV1`.
       * @param query - `companyDetail`: Which details to return.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getCompanyDetails(query?: api.GetVirtualCardNumberCompanyDetailsV1Data['query'], options?: RequestOptions): ClaraPromise<api.GetVirtualCardNumberCompanyDetailsV1Response>;
      /**
       * Retrieve the VCN reconciliation report
       *
       * The report generated by `generateVirtualCardNumberReportV1`. Shape not documented.
       *
       * unverified: reconstructed from Clara's guides (the operation; the response `VCNReportResponseVO`): expect drift here first.
       *
       * `GET /v1/vcn/report` — raw function `getVirtualCardNumberReportV1`.
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      getReport(options?: RequestOptions): ClaraPromise<api.GetVirtualCardNumberReportV1Response>;
      /**
       * Create a VCN (purchase)
       *
       * Issues a virtual card number from an RCN and a template. The response is not documented; the VCN details of the guide are assumed. The response contains a full card number and CVV.
       *
       * `POST /v1/vcn/submit` — raw function `submitVirtualCardNumberV1`.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      submit(body: api.SubmitVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.SubmitVirtualCardNumberV1Response>;
      /**
       * Update a VCN (limit, supplier)
       *
       * Changes the amount and/or supplier of a VCN. Body field names and response not documented (204 assumed).
       *
       * unverified: reconstructed from Clara's guides (the operation; the request body `VCNUpdateRequestVO`): expect drift here first.
       *
       * `POST /v1/vcn/{purchaseId}/update` — raw function `updateVirtualCardNumberV1`.
       * @param purchaseId - Purchase identifier of the VCN.
       * @param body - the request body
       * @param options - this call's options (timeout, retries, signal, headers, tax identifier)
       * @throws {ClaraValidationError} HTTP 400
       * @throws {ClaraAuthError} HTTP 401
       * @throws {ClaraPermissionError} HTTP 403
       * @throws {ClaraNotFoundError} HTTP 404
       * @throws {ClaraRateLimitError} HTTP 429
       * @see {@link https://ayuda.clara.com.mx/hc/es-mx/articles/17827687040787-Clara-API | Clara API reference}
       */
      update(purchaseId: string, body: api.UpdateVirtualCardNumberV1Data['body'], options?: RequestOptions): ClaraPromise<api.UpdateVirtualCardNumberV1Response>;
    };
  };
}

/** Every operation wired into the client, by namespace, resource and method (introspection, tests). */
export const operations = {
  billingStatements: {
    get: { id: "getBillingStatement", route: "GET /v3/billing-statements/{uuid}", service: "BillingStatementsRead", call: sdk.getBillingStatement, path: ["uuid"], input: "query" },
    getCurrent: { id: "getCurrentBillingStatement", route: "GET /v3/billing-statements/current", service: "BillingStatementsRead", call: sdk.getCurrentBillingStatement, path: [], input: "none" },
    list: { id: "listBillingStatements", route: "GET /v3/billing-statements", service: "BillingStatementsRead", call: sdk.listBillingStatements, path: [], input: "query", paging: "page" },
    listTransactions: { id: "listBillingStatementTransactions", route: "GET /v3/billing-statements/{uuid}/transactions", service: "BillingStatementsRead", call: sdk.listBillingStatementTransactions, path: ["uuid"], input: "query", paging: "page" },
  },
  cards: {
    create: { id: "createCard", route: "POST /v3/cards", service: "CardsWrite", call: sdk.createCard, path: [], input: "body" },
    createConfiguration: { id: "createCardConfiguration", route: "POST /v3/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.createCardConfiguration, path: ["uuid"], input: "body" },
    createMany: { id: "createCards", route: "POST /v3/cards/bulk-create", service: "CardsWrite", call: sdk.createCards, path: [], input: "body" },
    delete: { id: "deleteCard", route: "DELETE /v3/cards/{uuid}", service: "CardsWrite", call: sdk.deleteCard, path: ["uuid"], input: "none" },
    deleteConfiguration: { id: "deleteCardConfiguration", route: "DELETE /v3/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.deleteCardConfiguration, path: ["uuid"], input: "none" },
    deleteMany: { id: "deleteCards", route: "POST /v3/cards/delete", service: "CardsWrite", call: sdk.deleteCards, path: [], input: "body" },
    get: { id: "getCard", route: "GET /v3/cards/{uuid}", service: "CardsRead", call: sdk.getCard, path: ["uuid"], input: "none" },
    getRequest: { id: "getCardRequest", route: "GET /v3/cards/requests/{id}", service: "CardsRead", call: sdk.getCardRequest, path: ["id"], input: "none" },
    list: { id: "listCards", route: "GET /v3/cards", service: "CardsRead", call: sdk.listCards, path: [], input: "query", paging: "page" },
    listRequests: { id: "listCardRequests", route: "GET /v3/cards/requests", service: "CardsRead", call: sdk.listCardRequests, path: [], input: "query", paging: "page" },
    listRequestsByBatch: { id: "listCardRequestsByBatch", route: "GET /v3/cards/requests/batches/{id}", service: "CardsRead", call: sdk.listCardRequestsByBatch, path: ["id"], input: "query", paging: "page" },
    toggleLock: { id: "toggleCardLock", route: "PATCH /v3/cards/{uuid}/lock", service: "CardsWrite", call: sdk.toggleCardLock, path: ["uuid"], input: "body" },
    toggleManyLock: { id: "toggleCardsLock", route: "PATCH /v3/cards/lock", service: "CardsWrite", call: sdk.toggleCardsLock, path: [], input: "body" },
    updateConfiguration: { id: "updateCardConfiguration", route: "PATCH /v3/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.updateCardConfiguration, path: ["uuid"], input: "body" },
    updateManyThreshold: { id: "updateCardsThreshold", route: "PATCH /v3/cards/threshold", service: "CardsWrite", call: sdk.updateCardsThreshold, path: [], input: "body" },
    updateThreshold: { id: "updateCardThreshold", route: "PATCH /v3/cards/{uuid}/threshold", service: "CardsWrite", call: sdk.updateCardThreshold, path: ["uuid"], input: "body" },
  },
  extractedDocuments: {
    list: { id: "listExtractedDocuments", route: "GET /v3/transactions/{uuid}/extracted-documents", service: "ExtractedDocumentsRead", call: sdk.listExtractedDocuments, path: ["uuid"], input: "query", paging: "page" },
  },
  reimbursements: {
    list: { id: "listReimbursements", route: "GET /v3/reimbursements", service: "ReimbursementsRead", call: sdk.listReimbursements, path: [], input: "query", paging: "page" },
  },
  transactions: {
    addLabels: { id: "addTransactionLabels", route: "POST /v3/transactions/labels", service: "TransactionsWrite", call: sdk.addTransactionLabels, path: [], input: "body" },
    createComment: { id: "createTransactionComment", route: "POST /v3/transactions/{uuid}/comments", service: "TransactionsWrite", call: sdk.createTransactionComment, path: ["uuid"], input: "body" },
    createComments: { id: "createTransactionComments", route: "POST /v3/transactions/comments", service: "TransactionsWrite", call: sdk.createTransactionComments, path: [], input: "body" },
    deleteComment: { id: "deleteTransactionComment", route: "DELETE /v3/transactions/{uuid}/comments", service: "TransactionsWrite", call: sdk.deleteTransactionComment, path: ["uuid"], input: "none" },
    get: { id: "getTransaction", route: "GET /v3/transactions/{uuid}", service: "TransactionsRead", call: sdk.getTransaction, path: ["uuid"], input: "none" },
    list: { id: "listTransactions", route: "GET /v3/transactions", service: "TransactionsRead", call: sdk.listTransactions, path: [], input: "query", paging: "page" },
    listDocuments: { id: "listTransactionDocuments", route: "GET /v3/transactions/{uuid}/documents", service: "TransactionsRead", call: sdk.listTransactionDocuments, path: ["uuid"], input: "none" },
  },
  users: {
    create: { id: "createUser", route: "POST /v3/users", service: "UsersWrite", call: sdk.createUser, path: [], input: "body" },
    delete: { id: "deleteUser", route: "DELETE /v3/users/{uuid}", service: "UsersWrite", call: sdk.deleteUser, path: ["uuid"], input: "none" },
    get: { id: "getUser", route: "GET /v3/users/{uuid}", service: "UsersRead", call: sdk.getUser, path: ["uuid"], input: "none" },
    list: { id: "listUsers", route: "GET /v3/users", service: "UsersRead", call: sdk.listUsers, path: [], input: "query", paging: "page" },
    update: { id: "updateUser", route: "PATCH /v3/users/{uuid}", service: "UsersWrite", call: sdk.updateUser, path: ["uuid"], input: "body" },
  },
  v2: {
    billingStatements: {
      getByMonth: { id: "getBillingStatementByMonthV2", route: "GET /v2/billing-statements/{month}/{year}", service: "BillingStatementsRead", call: sdk.getBillingStatementByMonthV2, path: ["month","year"], input: "none" },
      getCurrent: { id: "getCurrentBillingStatementV2", route: "GET /v2/billing-statements/current", service: "BillingStatementsRead", call: sdk.getCurrentBillingStatementV2, path: [], input: "none" },
    },
    cards: {
      create: { id: "createCardV2", route: "POST /v2/cards", service: "CardsWrite", call: sdk.createCardV2, path: [], input: "body" },
      createConfiguration: { id: "createCardConfigurationV2", route: "POST /v2/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.createCardConfigurationV2, path: ["uuid"], input: "body" },
      deleteConfiguration: { id: "deleteCardConfigurationV2", route: "DELETE /v2/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.deleteCardConfigurationV2, path: ["uuid"], input: "none" },
      list: { id: "listCardsV2", route: "GET /v2/cards", service: "CardsRead", call: sdk.listCardsV2, path: [], input: "query", paging: "page" },
      update: { id: "updateCard", route: "PATCH /v2/cards/{uuid}", service: "CardsWrite", call: sdk.updateCard, path: ["uuid"], input: "body" },
      updateConfiguration: { id: "updateCardConfigurationV2", route: "PATCH /v2/cards/{uuid}/configurations", service: "CardsWrite", call: sdk.updateCardConfigurationV2, path: ["uuid"], input: "body" },
    },
    groups: {
      create: { id: "createGroupV2", route: "POST /v2/groups", service: "GroupsWrite", call: sdk.createGroupV2, path: [], input: "body" },
      delete: { id: "deleteGroupV2", route: "DELETE /v2/groups/{uuid}", service: "GroupsWrite", call: sdk.deleteGroupV2, path: ["uuid"], input: "none" },
      get: { id: "getGroupV2", route: "GET /v2/groups/{uuid}", service: "GroupsRead", call: sdk.getGroupV2, path: ["uuid"], input: "none" },
      list: { id: "listGroupsV2", route: "GET /v2/groups", service: "GroupsRead", call: sdk.listGroupsV2, path: [], input: "query", paging: "page" },
      update: { id: "updateGroupV2", route: "PUT /v2/groups/{uuid}", service: "GroupsWrite", call: sdk.updateGroupV2, path: ["uuid"], input: "body" },
    },
    labels: {
      create: { id: "createLabelsV2", route: "POST /v2/labels", service: "LabelsWrite", call: sdk.createLabelsV2, path: [], input: "body" },
      delete: { id: "deleteLabelV2", route: "DELETE /v2/labels/{uuid}", service: "LabelsWrite", call: sdk.deleteLabelV2, path: ["uuid"], input: "none" },
      deleteMany: { id: "deleteLabelsV2", route: "POST /v2/labels/delete", service: "LabelsWrite", call: sdk.deleteLabelsV2, path: [], input: "body" },
      get: { id: "getLabelV2", route: "GET /v2/labels/{uuid}", service: "LabelsRead", call: sdk.getLabelV2, path: ["uuid"], input: "none" },
      list: { id: "listLabelsV2", route: "GET /v2/labels", service: "LabelsRead", call: sdk.listLabelsV2, path: [], input: "query", paging: "page" },
      update: { id: "updateLabelV2", route: "PATCH /v2/labels/{uuid}", service: "LabelsWrite", call: sdk.updateLabelV2, path: ["uuid"], input: "body" },
    },
    locations: {
      get: { id: "getLocationV2", route: "GET /v2/locations/{uuid}", service: "LocationsRead", call: sdk.getLocationV2, path: ["uuid"], input: "none" },
      list: { id: "listLocationsV2", route: "GET /v2/locations", service: "LocationsRead", call: sdk.listLocationsV2, path: [], input: "query", paging: "page" },
    },
    transactions: {
      get: { id: "getTransactionV2", route: "GET /v2/transactions/{uuid}", service: "TransactionsRead", call: sdk.getTransactionV2, path: ["uuid"], input: "none" },
      list: { id: "listTransactionsV2", route: "GET /v2/transactions", service: "TransactionsRead", call: sdk.listTransactionsV2, path: [], input: "query", paging: "page" },
    },
    users: {
      create: { id: "createUserV2", route: "POST /v2/users", service: "UsersWrite", call: sdk.createUserV2, path: [], input: "body" },
      get: { id: "getUserV2", route: "GET /v2/users/{uuid}", service: "UsersRead", call: sdk.getUserV2, path: ["uuid"], input: "none" },
      list: { id: "listUsersV2", route: "GET /v2/users", service: "UsersRead", call: sdk.listUsersV2, path: [], input: "query", paging: "page" },
    },
  },
  v1: {
    cards: {
      get: { id: "getCardV1", route: "GET /v1/cards/{uuid}", service: "CardsRead", call: sdk.getCardV1, path: ["uuid"], input: "none" },
      list: { id: "listCardsV1", route: "GET /v1/cards", service: "CardsRead", call: sdk.listCardsV1, path: [], input: "query", paging: "page" },
    },
    groups: {
      get: { id: "getGroupV1", route: "GET /v1/groups/{uuid}", service: "GroupsRead", call: sdk.getGroupV1, path: ["uuid"], input: "none" },
      list: { id: "listGroupsV1", route: "GET /v1/groups", service: "GroupsRead", call: sdk.listGroupsV1, path: [], input: "query", paging: "page" },
    },
    locations: {
      get: { id: "getLocationV1", route: "GET /v1/locations/{uuid}", service: "LocationsRead", call: sdk.getLocationV1, path: ["uuid"], input: "none" },
      list: { id: "listLocationsV1", route: "GET /v1/locations", service: "LocationsRead", call: sdk.listLocationsV1, path: [], input: "query", paging: "page" },
    },
    logs: {
      getByDay: { id: "getLogsByDayV1", route: "GET /v1/logs/{year}/{month}/{day}", service: "LogsRead", call: sdk.getLogsByDayV1, path: ["year","month","day"], input: "none" },
      getByMonth: { id: "getLogsByMonthV1", route: "GET /v1/logs/{year}/{month}", service: "LogsRead", call: sdk.getLogsByMonthV1, path: ["year","month"], input: "none" },
      getCurrent: { id: "getCurrentLogsV1", route: "GET /v1/logs/current", service: "LogsRead", call: sdk.getCurrentLogsV1, path: [], input: "none" },
    },
    subscribers: {
      addEvent: { id: "addSubscriberEventV1", route: "POST /v1/subscribers/add-event", service: "SubscribersWrite", call: sdk.addSubscriberEventV1, path: [], input: "body" },
      create: { id: "createSubscriberV1", route: "POST /v1/subscribers", service: "SubscribersWrite", call: sdk.createSubscriberV1, path: [], input: "body" },
      delete: { id: "deleteSubscriberV1", route: "DELETE /v1/subscribers/{uuid}", service: "SubscribersWrite", call: sdk.deleteSubscriberV1, path: ["uuid"], input: "none" },
      deleteEvent: { id: "deleteSubscriberEventV1", route: "DELETE /v1/subscribers/delete-event", service: "SubscribersWrite", call: sdk.deleteSubscriberEventV1, path: [], input: "body" },
      list: { id: "listSubscribersV1", route: "GET /v1/subscribers", service: "SubscribersRead", call: sdk.listSubscribersV1, path: [], input: "query", paging: "page" },
      update: { id: "updateSubscriberV1", route: "PATCH /v1/subscribers/{uuid}", service: "SubscribersWrite", call: sdk.updateSubscriberV1, path: ["uuid"], input: "body" },
    },
    transactions: {
      get: { id: "getTransactionV1", route: "GET /v1/transactions/{uuid}", service: "TransactionsRead", call: sdk.getTransactionV1, path: ["uuid"], input: "none" },
      list: { id: "listTransactionsV1", route: "GET /v1/transactions", service: "TransactionsRead", call: sdk.listTransactionsV1, path: [], input: "query", paging: "page" },
    },
    users: {
      get: { id: "getUserV1", route: "GET /v1/users/{uuid}", service: "UsersRead", call: sdk.getUserV1, path: ["uuid"], input: "none" },
      list: { id: "listUsersV1", route: "GET /v1/users", service: "UsersRead", call: sdk.listUsersV1, path: [], input: "query", paging: "page" },
    },
    virtualCardNumbers: {
      cancel: { id: "cancelVirtualCardNumbersV1", route: "POST /v1/vcn/cancel", service: "VirtualCardNumbersWrite", call: sdk.cancelVirtualCardNumbersV1, path: [], input: "body" },
      create: { id: "createVirtualCardNumberV1", route: "POST /v1/vcn/card", service: "VirtualCardNumbersWrite", call: sdk.createVirtualCardNumberV1, path: [], input: "body" },
      generateReport: { id: "generateVirtualCardNumberReportV1", route: "POST /v1/vcn/report", service: "VirtualCardNumbersWrite", call: sdk.generateVirtualCardNumberReportV1, path: [], input: "body" },
      getCompanyDetails: { id: "getVirtualCardNumberCompanyDetailsV1", route: "GET /v1/vcn", service: "VirtualCardNumbersRead", call: sdk.getVirtualCardNumberCompanyDetailsV1, path: [], input: "query" },
      getReport: { id: "getVirtualCardNumberReportV1", route: "GET /v1/vcn/report", service: "VirtualCardNumbersRead", call: sdk.getVirtualCardNumberReportV1, path: [], input: "none" },
      submit: { id: "submitVirtualCardNumberV1", route: "POST /v1/vcn/submit", service: "VirtualCardNumbersWrite", call: sdk.submitVirtualCardNumberV1, path: [], input: "body" },
      update: { id: "updateVirtualCardNumberV1", route: "POST /v1/vcn/{purchaseId}/update", service: "VirtualCardNumbersWrite", call: sdk.updateVirtualCardNumberV1, path: ["purchaseId"], input: "body" },
    },
  },
} as const;

// One binding for every client of the package: what the runtime builds from it (the response checker) is shared.
const binding: ClientBinding<Client> = {
  country,
  package: { name: packageJson.name, version: packageJson.version },
  operations,
  createHttpClient: (config) => createClient(createConfig(config)),
  // Loaded on the first answer checked (validateResponses), never at import.
  responses: async () => (await import('./responses.json', { with: { type: 'json' } })).default as ResponseSchemas,
};

/** Creates a client for Clara Colombia. See the package README for the options. */
export function createClaraClient(options: ClaraClientOptions): ClaraClient {
  return buildClient<ClaraClient, Client>(binding, options);
}

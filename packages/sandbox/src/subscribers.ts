import { randomUUID } from 'node:crypto';
import { notFound, type ApiRequest, type ApiResult } from './api-request.js';
import { Random } from './data/prng.js';
import type { Item, Json } from './data/generate.js';
import type { SubscriberAction } from './data/resources.js';
import { errorBody } from './errors.js';
import type { Subscriber, Webhooks } from './webhooks.js';

const isObject = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(message: string): ApiResult {
  return { status: 400, body: errorBody('VALIDATION_ERROR', `Invalid request: ${message}`, [message]) };
}

/** Webhooks are delivered by POST from this process: a callback must be an http(s) URL it can reach. */
function checkCallback(url: unknown): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(String(url));
  } catch {
    parsed = undefined;
  }
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? undefined : `body.callbackUrl must be an http or https URL, got "${String(url)}"`;
}

/**
 * Every company starts with one disabled subscriber, so that each subscriber operation has something to act on
 * (`exampleRequest` names it). It receives nothing unless enabled; its URL can never resolve (RFC 6761 `.invalid`).
 */
export function exampleSubscriber(seed: string, taxId: string): Subscriber {
  const uuid = new Random(`${seed}/${taxId}/subscriber`).uuid();
  return { uuid, name: 'Example subscriber (disabled)', callbackUrl: 'https://example.invalid/clara-webhooks', events: [], enabled: false };
}

/** The subscriber, when the operation's success response has a body (`add-event` answers 204). */
function answer(success: ApiRequest['operation']['success'], subscriber: Subscriber): ApiResult {
  return { status: success.status, ...(success.schema ? { body: JSON.stringify(subscriber) } : {}) };
}

/**
 * Whether a subscriber of the company `companyUuid` matches the list filters of `GET /v1/subscribers` (`events`:
 * any of them). The `companyUuid` filter is the company served (the example subscriber's record has none); a filter
 * naming a field the record does not have (its response schema leaves it out) filters nothing.
 */
function matches(subscriber: Subscriber, companyUuid: string, query: Record<string, unknown>): boolean {
  return Object.entries(query).every(([name, wanted]) => {
    if (name === 'page' || name === 'size' || wanted === undefined) return true;
    if (name === 'companyUuid') return wanted === companyUuid;
    if (name === 'events') return (Array.isArray(wanted) ? wanted : [wanted]).some((event) => subscriber.events.includes(String(event)));
    return !Object.hasOwn(subscriber, name) || subscriber[name] === wanted;
  });
}

/**
 * The webhook-subscriber operations (`GET`, `POST /v1/subscribers`, `PATCH`, `DELETE /v1/subscribers/{uuid}`,
 * `POST /v1/subscribers/add-event`, `DELETE /v1/subscribers/delete-event`), per company (`X-Tax-Identifier`). The
 * stored subscriber is the response object, so every answer about it agrees.
 */
export class Subscribers {
  private readonly webhooks: Webhooks;

  constructor(webhooks: Webhooks) {
    this.webhooks = webhooks;
  }

  handle(request: ApiRequest, action: SubscriberAction): ApiResult {
    const body = isObject(request.body) ? request.body : {};
    const problem = checkCallback(body.callbackUrl);
    if (problem) return invalid(problem);
    const taxId = request.data.entity.taxId;
    const { success } = request.operation;

    if (action === 'list') {
      const found = this.webhooks.find(taxId, (subscriber) => matches(subscriber, request.data.entity.uuid, request.query));
      const page = typeof request.query.page === 'number' ? request.query.page : 0;
      const size = typeof request.query.size === 'number' ? request.query.size : 20;
      const content = found.slice(page * size, page * size + size);
      const totalPages = Math.ceil(found.length / size);
      const envelope = { content, totalElements: found.length, totalPages, size, number: page, first: page === 0, last: page >= totalPages - 1, numberOfElements: content.length, empty: content.length === 0 };
      return { status: success.status, body: JSON.stringify(envelope) };
    }

    if (action === 'create') {
      const source: Item = { enabled: true, ...body, uuid: randomUUID() };
      const subscriber = JSON.parse(request.data.view(undefined, success.schema ?? {}, '', source)) as Subscriber;
      // Whatever the response schema names, delivery needs these: kept as the request gave them.
      Object.assign(subscriber, { uuid: source.uuid, callbackUrl: source.callbackUrl, events: source.events, enabled: source.enabled });
      // The company it was created for, where the schema names it (the companyUuid filter finds it by that).
      if (Object.hasOwn(subscriber, 'companyUuid')) subscriber.companyUuid = request.data.entity.uuid;
      this.webhooks.add(taxId, subscriber);
      return answer(success, subscriber);
    }

    if (action === 'add-event' || action === 'delete-event') {
      const matching = this.webhooks.find(taxId, (subscriber) => subscriber.callbackUrl === body.callbackUrl);
      if (matching.length === 0) return notFound(`No subscriber with callbackUrl '${String(body.callbackUrl)}'`);
      const event = String(body.event);
      for (const subscriber of matching) {
        if (action === 'delete-event') subscriber.events = subscriber.events.filter((candidate) => candidate !== event);
        else if (!subscriber.events.includes(event)) subscriber.events.push(event);
      }
      return answer(success, matching[0] as Subscriber);
    }

    const uuid = String(Object.values(request.pathParams)[0]);
    const [subscriber] = this.webhooks.find(taxId, (candidate) => candidate.uuid === uuid);
    if (!subscriber) return notFound(`Subscriber with UUID '${uuid}' not found`);
    if (action === 'delete') {
      this.webhooks.remove(taxId, uuid);
      return { status: success.status };
    }
    // Only the subscriber's own fields change (the uuid never does).
    for (const [key, value] of Object.entries(body)) if (key !== 'uuid' && Object.hasOwn(subscriber, key)) subscriber[key] = value;
    return answer(success, subscriber);
  }
}

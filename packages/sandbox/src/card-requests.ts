import { randomUUID } from 'node:crypto';
import type { EntityData } from './data/dataset.js';
import type { Item, Json } from './data/generate.js';
import { overlay } from './data/overlay.js';
import type { HybridWrite } from './data/resources.js';
import type { SpecValidator } from './validation.js';

/** A card a hybrid write is about: the card itself, or for a creation the requested holder and alias. */
export interface RequestTarget {
  cardUuid?: string;
  userUuid?: string;
  alias?: string;
}

/** How a write ended for one card. */
export type Outcome = { id: string; status: 'CREATED' | 'UPDATED' | 'DELETED'; item: Item } | { id: string; status: 'NOT_FOUND' } | { status: 'ERROR'; message: string };

export type Emit = (taxId: string, event: string, data: Json) => void;

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Card requests: the records of hybrid card writes (`GET /v3/cards/requests...`), `PENDING` until the write
 * completes, then `CREATED` / `UPDATED` / `DELETED` or `ERROR`; each completion fires the webhook event
 * `CARD_<kind>_REQUEST_<status>` (`CARD_CREATION_REQUEST_CREATED`, `CARD_CREATION_REQUEST_ERROR`, ...).
 */
export class CardRequests {
  private readonly validator: SpecValidator;
  private readonly emit: Emit;

  constructor(validator: SpecValidator, emit: Emit) {
    this.validator = validator;
    this.emit = emit;
  }

  /** One `PENDING` record per target; a bulk write's records share a `batchId`. */
  open(data: EntityData, write: HybridWrite, targets: readonly RequestTarget[], bulk: boolean): Item[] {
    const now = new Date().toISOString();
    const batchId = bulk ? randomUUID() : undefined;
    return targets.map((target) => {
      const fields: Item = {
        ...(batchId ? { batchId } : {}),
        status: 'PENDING',
        cardUuid: target.cardUuid ?? null,
        ...(isText(target.userUuid) ? { userUuid: target.userUuid } : {}),
        ...(isText(target.alias) ? { alias: target.alias } : {}),
        errorMessage: null,
        createdAt: now,
        updatedAt: now,
      };
      if (!write.requests) return { id: randomUUID(), ...fields };
      const { id, item } = data.newItem(write.requests);
      overlay(this.validator, write.requests, item, fields);
      data.collection(write.requests).add(id, item);
      return item;
    });
  }

  /** Records each outcome on its request (same order as the targets) and fires the request's webhook event. */
  settle(data: EntityData, write: HybridWrite, records: readonly Item[], outcomes: readonly Outcome[]): void {
    const now = new Date().toISOString();
    records.forEach((record, index) => {
      const outcome = outcomes[index] as Outcome;
      const failed = outcome.status === 'ERROR' || outcome.status === 'NOT_FOUND';
      const message =
        outcome.status === 'ERROR' ? outcome.message : outcome.status === 'NOT_FOUND' ? `Card with UUID '${outcome.id}' not found` : null;
      const fields: Item = {
        status: failed ? 'ERROR' : outcome.status,
        errorMessage: message,
        updatedAt: now,
        ...(outcome.status === 'CREATED' ? { cardUuid: outcome.id } : {}),
      };
      if (write.requests) {
        overlay(this.validator, write.requests, record, fields);
        data.collection(write.requests).changed(String(record[write.requests.idField]));
      } else Object.assign(record, fields);
      this.emit(data.entity.taxId, `CARD_${write.kind}_REQUEST_${failed ? 'ERROR' : outcome.status}`, structuredClone(record));
    });
  }
}

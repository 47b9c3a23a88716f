// The response path's check against the document (`validateResponses`): each answer of a call goes through
// here before the caller gets it. What differs is recorded in the client's drift log; in `strict` mode a 2xx
// answer that differs rejects the call instead of reaching the caller. An error answer is only checked for being
// a status the operation declares (its error is the caller's anyway). A check that cannot run (the schemas
// failed to load, say) never fails a call in `report` mode: it is logged once and answers go unchecked.
import { log, type Logger } from '@org/clara-auth';

import { ClaraApiError, ClaraResponseError } from '../errors/classes.js';
import { namedOperations, type OperationDefinition, type OperationTree } from '../operations.js';
import { describe, type DriftFinding, type DriftLog } from './drift.js';
import { ResponseChecker, type ResponseSchemas } from './response-check.js';
import type { DriftValues, ValidateResponses } from './options.js';

export class AnswerCheck {
  readonly #checker: ResponseChecker;
  readonly #log: DriftLog;
  readonly #strict: boolean;
  readonly #names: Map<OperationDefinition, string>;
  readonly #logger: Logger | undefined;
  #broken = false;

  constructor(options: { schemas: () => Promise<ResponseSchemas>; mode: Exclude<ValidateResponses, 'off'>; values: DriftValues; log: DriftLog; operations: OperationTree; logger: Logger | undefined }) {
    this.#checker = new ResponseChecker(options.schemas, options.mode, options.values);
    this.#log = options.log;
    this.#logger = options.logger;
    this.#strict = options.mode === 'strict';
    this.#names = new Map(namedOperations(options.operations).map(([name, op]) => [op, name]));
  }

  /**
   * Records what differs in a success; in strict mode, rejects it with ClaraResponseError naming where. Returns a
   * promise only while the schemas load (the first answer): callers skip the await on every later answer.
   */
  success(op: OperationDefinition, response: Response, data: unknown, request?: Request): Promise<void> | undefined {
    const found = this.#check(op.id, response.status, response.status === 204 ? undefined : { value: data });
    if (found instanceof Promise) return found.then((later) => this.#judge(op, response, later, request));
    this.#judge(op, response, found, request);
    return undefined;
  }

  /** Records an error answer of a status the operation does not declare. Never throws: the call's error stands. */
  async failure(op: OperationDefinition, error: unknown): Promise<void> {
    if (!(error instanceof ClaraApiError) || error.status === 0 || error instanceof ClaraResponseError) return;
    try {
      this.#record(op, error.status, await this.#check(op.id, error.status));
    } catch {
      // strict mode with schemas that failed to load: the success path reports that
    }
  }

  #judge(op: OperationDefinition, response: Response, found: DriftFinding[], request: Request | undefined): void {
    if (found.length === 0) return;
    this.#record(op, response.status, found);
    if (this.#strict) throw this.#rejection(op, response, found, request);
  }

  #check(operationId: string, status: number, body?: { value: unknown }): DriftFinding[] | Promise<DriftFinding[]> {
    if (this.#broken) return [];
    try {
      const found = this.#checker.check(operationId, status, body);
      return found instanceof Promise ? found.catch((error: unknown) => this.#unchecked(error)) : found;
    } catch (error) {
      return this.#unchecked(error);
    }
  }

  /** The check itself failed: in strict mode that fails the call; in report mode answers go unchecked, said once. */
  #unchecked(error: unknown): DriftFinding[] {
    if (this.#strict) throw error;
    this.#broken = true;
    log(this.#logger, 'warn', `Answers are not checked against the document (validateResponses: 'report'): ${(error as Error).message}`);
    return [];
  }

  #record(op: OperationDefinition, status: number, found: DriftFinding[]): void {
    this.#log.record(this.#callOf(op, status), found);
  }

  #callOf(op: OperationDefinition, status: number) {
    const [method = 'GET', template = ''] = op.route.split(' ');
    return { operation: this.#names.get(op) ?? op.id, operationId: op.id, method, path: this.#checker.pathOf(op.id) ?? template, status };
  }

  #rejection(op: OperationDefinition, response: Response, found: DriftFinding[], request: Request | undefined): ClaraResponseError {
    const call = this.#callOf(op, response.status);
    const first = describe({ ...call, ...found[0]!, firstSeen: '', lastSeen: '', count: 1 });
    const more = found.length > 1 ? ` (and ${found.length - 1} more difference${found.length > 2 ? 's' : ''}: see details)` : '';
    return new ClaraResponseError({
      status: response.status,
      headers: response.headers,
      operation: op.id,
      method: call.method,
      // A Response a hook or a mock made has no url: the request's path, else the operation's.
      path: URL.parse(response.url || (request?.url ?? ''))?.pathname ?? call.path,
      details: found,
      message: `Clara's answer differs from the document (validateResponses: 'strict'): ${first}${more}.`,
    });
  }
}


// OpenTelemetry, optional: a client span per call (HTTP semantic conventions, plus `clara.operation` and
// `clara.service`) and, per request that reached Clara, a counter and a duration histogram by service and status;
// a `clara.drift` counter of new drift entries by operation and kind.
// The providers are the ones given in the options, else the global ones of `@opentelemetry/api` when the
// application has it installed (an optional peer dependency: nothing is loaded when it is absent). The types
// below are the slice of the OpenTelemetry API the client uses, so that its own types never need the package.
import type { PackageInfo } from './user-agent.js';
import type { RequestEvent } from './usage.js';

type Attributes = Record<string, string | number | boolean>;

export interface SpanLike {
  setAttributes(attributes: Attributes): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

export interface TracerProviderLike {
  getTracer(name: string, version?: string): { startSpan(name: string, options?: { kind?: number; attributes?: Attributes }): SpanLike };
}

export interface MeterProviderLike {
  getMeter(name: string, version?: string): {
    createCounter(name: string, options?: { description?: string; unit?: string }): { add(value: number, attributes?: Attributes): void };
    createHistogram(name: string, options?: { description?: string; unit?: string }): { record(value: number, attributes?: Attributes): void };
  };
}

export interface TelemetryOptions {
  tracerProvider?: TracerProviderLike;
  meterProvider?: MeterProviderLike;
}

// Values of @opentelemetry/api's SpanKind.CLIENT and SpanStatusCode.ERROR.
const CLIENT = 2;
const ERROR = 2;

/** What a call's span learns when the call ends. */
export interface CallOutcome {
  status?: number;
  url?: string;
  attempts: number;
  error?: unknown;
}

export class Telemetry {
  readonly #tracer: ReturnType<TracerProviderLike['getTracer']> | undefined;
  readonly #requests: ReturnType<ReturnType<MeterProviderLike['getMeter']>['createCounter']> | undefined;
  readonly #duration: ReturnType<ReturnType<MeterProviderLike['getMeter']>['createHistogram']> | undefined;
  readonly #drift: ReturnType<ReturnType<MeterProviderLike['getMeter']>['createCounter']> | undefined;

  constructor(providers: TelemetryOptions, sdk: PackageInfo) {
    this.#tracer = providers.tracerProvider?.getTracer(sdk.name, sdk.version);
    const meter = providers.meterProvider?.getMeter(sdk.name, sdk.version);
    this.#requests = meter?.createCounter('clara.requests', { description: 'Requests that reached Clara, by service and status' });
    this.#duration = meter?.createHistogram('clara.request.duration', { description: 'Duration of requests to Clara', unit: 's' });
    this.#drift = meter?.createCounter('clara.drift', { description: 'New differences between Clara\'s answers and the document, by operation (the client method) and kind' });
  }

  /** The providers given, else the global ones when `@opentelemetry/api` is installed; undefined when off or absent. */
  static async resolve(options: TelemetryOptions | false, sdk: PackageInfo): Promise<Telemetry | undefined> {
    if (options === false) return undefined;
    let { tracerProvider, meterProvider } = options;
    if (!tracerProvider || !meterProvider) {
      const api = await import('@opentelemetry/api').catch(() => undefined);
      tracerProvider ??= api?.trace.getTracerProvider();
      meterProvider ??= api?.metrics.getMeterProvider();
    }
    return tracerProvider || meterProvider ? new Telemetry({ ...(tracerProvider ? { tracerProvider } : {}), ...(meterProvider ? { meterProvider } : {}) }, sdk) : undefined;
  }

  /** A client span for one call; `end` closes it with what the call came to. */
  startCall(call: { operation: string; service: string; route: string }, baseUrl: URL): (outcome: CallOutcome) => void {
    if (!this.#tracer) return () => undefined;
    const [method = 'GET', template = ''] = call.route.split(' ');
    const span = this.#tracer.startSpan(`${method} ${template}`, {
      kind: CLIENT,
      attributes: {
        'http.request.method': method,
        'url.template': template,
        'server.address': baseUrl.hostname,
        'server.port': Number(baseUrl.port || 443),
        'clara.operation': call.operation,
        'clara.service': call.service,
      },
    });
    return ({ status, url, attempts, error }) => {
      span.setAttributes({
        ...(status ? { 'http.response.status_code': status } : {}),
        ...(url ? { 'url.full': url } : {}),
        ...(attempts > 1 ? { 'http.request.resend_count': attempts - 1 } : {}),
        ...(error ? { 'error.type': (error as Error).name ?? 'Error' } : {}),
      });
      if (error) span.setStatus({ code: ERROR, message: (error as Error).message });
      span.end();
    };
  }

  /** Counts a request that reached Clara. */
  readonly request = (event: RequestEvent): void => {
    const attributes = { 'clara.service': event.service, 'http.request.method': event.method, 'http.response.status_code': event.status };
    this.#requests?.add(1, attributes);
    this.#duration?.record(event.durationMs / 1000, attributes);
  };

  /** Counts a new drift entry (a difference seen for the first time). */
  readonly drift = (entry: { operation: string; kind: string }): void => {
    this.#drift?.add(1, { operation: entry.operation, kind: entry.kind });
  };
}

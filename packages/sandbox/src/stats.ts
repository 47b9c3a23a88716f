export interface StatsSnapshot {
  /** Requests to `/oauth/token`, successful or not. */
  tokenRequests: number;
  /** Completed TLS handshakes (new connections; keep-alive reuse does not add any). */
  tlsHandshakes: number;
  /** Handshakes that failed, e.g. no client certificate or one from another CA. */
  tlsHandshakeFailures: number;
  /** Requests to API operations and the token endpoint (not the `/__sandbox` control API). */
  requests: number;
  byOperation: Record<string, number>;
  /** API requests per entity tax id (no `X-Tax-Identifier` counts for the holding). */
  byEntity: Record<string, number>;
  responsesByStatus: Record<string, number>;
}

/** Counters read by tests and benchmarks; `snapshot()` copies them, `reset()` zeroes them. */
export class Stats implements StatsSnapshot {
  tokenRequests = 0;
  tlsHandshakes = 0;
  tlsHandshakeFailures = 0;
  requests = 0;
  byOperation: Record<string, number> = {};
  byEntity: Record<string, number> = {};
  responsesByStatus: Record<string, number> = {};

  count(map: 'byOperation' | 'byEntity' | 'responsesByStatus', key: string | number): void {
    const counters = this[map];
    counters[key] = (counters[key] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    return {
      tokenRequests: this.tokenRequests,
      tlsHandshakes: this.tlsHandshakes,
      tlsHandshakeFailures: this.tlsHandshakeFailures,
      requests: this.requests,
      byOperation: { ...this.byOperation },
      byEntity: { ...this.byEntity },
      responsesByStatus: { ...this.responsesByStatus },
    };
  }

  reset(): void {
    this.tokenRequests = this.tlsHandshakes = this.tlsHandshakeFailures = this.requests = 0;
    this.byOperation = {};
    this.byEntity = {};
    this.responsesByStatus = {};
  }
}

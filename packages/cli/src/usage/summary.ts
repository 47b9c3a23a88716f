// Clara's usage logs (`GET /v1/logs/current`, `/v1/logs/{year}/{month}`) summed up the way Clara's API Insights
// page shows them: totals as Clara counts them, and from the listed requests a success rate, requests per
// service and requests per day.

/** One logged request. `service` is not in Clara's documented schema: used when an answer carries it. */
export interface UsageRow {
  method?: string;
  requestUri?: string;
  responseStatus?: string | number;
  chargeable?: boolean;
  instant?: number;
  service?: string;
}

export interface UsageLog {
  stats?: { total?: number; chargeable?: number; nonChargeable?: number };
  requests?: UsageRow[];
}

export interface ServiceUsage {
  service: string;
  requests: number;
  failed: number;
}

export interface UsageSummary {
  /** Clara's own counts for the period. */
  total?: number;
  chargeable?: number;
  nonChargeable?: number;
  /** The requests listed in the answer, and how many of them were answered without an error status. */
  listed: number;
  succeeded: number;
  /** By requests, most used first. */
  services: ServiceUsage[];
  /** Days (UTC, `YYYY-MM-DD`) with requests, in order; rows without a time are left out. */
  days: { day: string; requests: number }[];
}

export function summarise(log: UsageLog): UsageSummary {
  const rows = log.requests ?? [];
  const services = new Map<string, ServiceUsage>();
  const days = new Map<string, number>();
  let succeeded = 0;
  for (const row of rows) {
    const ok = isSuccess(row.responseStatus);
    if (ok) succeeded++;
    const service = serviceName(row);
    const entry = services.get(service) ?? { service, requests: 0, failed: 0 };
    entry.requests++;
    if (!ok) entry.failed++;
    services.set(service, entry);
    if (typeof row.instant === 'number' && Number.isFinite(row.instant)) {
      const day = new Date(row.instant).toISOString().slice(0, 10);
      days.set(day, (days.get(day) ?? 0) + 1);
    }
  }
  const { total, chargeable, nonChargeable } = log.stats ?? {};
  return {
    ...(typeof total === 'number' ? { total } : {}),
    ...(typeof chargeable === 'number' ? { chargeable } : {}),
    ...(typeof nonChargeable === 'number' ? { nonChargeable } : {}),
    listed: rows.length,
    succeeded,
    services: [...services.values()].sort((a, b) => b.requests - a.requests || a.service.localeCompare(b.service)),
    days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, requests]) => ({ day, requests })),
  };
}

/** 1xx–3xx: the request was served. Anything else, or no status at all, is a failure. */
function isSuccess(status: UsageRow['responseStatus']): boolean {
  const code = Number(status);
  return Number.isInteger(code) && code >= 100 && code < 400;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The row's service name when it has one; else the resource of its path in PascalCase plus Read (GET) or Write:
 * `GET /api/v3/billing-statements/{uuid}` → `BillingStatementsRead`, `POST /oauth/token` → `OauthWrite`.
 */
export function serviceName(row: UsageRow): string {
  if (typeof row.service === 'string' && row.service.trim() !== '') return row.service.trim();
  const segments = (row.requestUri ?? '').split(/[?#]/)[0]!.split('/').filter(Boolean);
  // Past the API prefix (`api`, `api-test`) and the version (`v3`).
  const start = segments.findIndex((segment, i) => !(i === 0 && /^api(-test)?$/.test(segment)) && !/^v\d+$/.test(segment));
  const resource = start === -1 ? 'Unknown' : pascalCase(segments[start]!);
  return `${resource}${READ_METHODS.has((row.method ?? '').toUpperCase()) ? 'Read' : 'Write'}`;
}

const pascalCase = (text: string): string =>
  text
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

// Clara bills per calendar month; the fleet counts its budget per UTC month, so every process, whatever its time
// zone, agrees on when a period ends.

export interface BillingPeriod {
  /** `2026-12`: part of the Redis key, and what usage and errors name. */
  name: string;
  /** When the next period starts (ms since the epoch). */
  endsAt: number;
}

export function billingPeriod(now = Date.now()): BillingPeriod {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return { name: `${year}-${String(month + 1).padStart(2, '0')}`, endsAt: Date.UTC(year, month + 1, 1) };
}

/** The period of a name `billingPeriod` gave (`2026-12`). */
export function periodNamed(name: string): BillingPeriod {
  return billingPeriod(Date.UTC(Number(name.slice(0, 4)), Number(name.slice(5, 7)) - 1, 1));
}

// Parsers of option values: a wrong value is a one-line usage error naming the option (commander adds it).
import { InvalidArgumentError } from 'commander';

export interface Month {
  year: number;
  month: number;
}

export function parseMonth(value: string): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new InvalidArgumentError('Use YYYY-MM, e.g. 2026-04.');
  return { year: Number(match[1]), month };
}

export function parseDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('Use YYYY-MM-DD, e.g. 2026-01-31.');
  }
  return value;
}

export function parseBudget(value: string): number {
  const budget = Number(value);
  if (!/^\d+$/.test(value) || budget < 2) throw new InvalidArgumentError('Use a whole number of requests, at least 2 (the token request and one call).');
  return budget;
}

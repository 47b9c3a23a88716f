// A console-compatible logger: every method is optional, so `console`, pino and winston instances all fit.
// What it is handed, and what the log channel publishes, has been through the redaction boundary (redact.ts).
import { logChannel } from './diagnostics.js';
import { redact } from './redact.js';

export interface Logger {
  debug?(message: string, data?: object): void;
  info?(message: string, data?: object): void;
  warn?(message: string, data?: object): void;
  error?(message: string, data?: object): void;
}

export type LogLevel = keyof Logger;

/** Calls `logger[level]` when both exist; a throwing logger never breaks a request. */
export function log(logger: Logger | undefined, level: LogLevel, rawMessage: string, rawData?: object): void {
  if (!logger?.[level] && !logChannel.hasSubscribers) return; // nobody listens: nothing to redact
  const message = redact(rawMessage);
  const data = rawData === undefined ? undefined : redact(rawData);
  if (logChannel.hasSubscribers) logChannel.publish(data === undefined ? { level, message } : { level, message, data });
  try {
    if (data === undefined) logger?.[level]?.(message);
    else logger?.[level]?.(message, data);
  } catch {
    // logging is best effort
  }
}

// A console-compatible logger: every method is optional, so `console`, pino and winston instances all fit.
// Nothing secret is ever passed to it (see redact.ts for how errors are made safe).
import { logChannel } from './diagnostics.js';

export interface Logger {
  debug?(message: string, data?: object): void;
  info?(message: string, data?: object): void;
  warn?(message: string, data?: object): void;
  error?(message: string, data?: object): void;
}

export type LogLevel = keyof Logger;

/** Calls `logger[level]` when both exist; a throwing logger never breaks a request. */
export function log(logger: Logger | undefined, level: LogLevel, message: string, data?: object): void {
  if (logChannel.hasSubscribers) logChannel.publish(data === undefined ? { level, message } : { level, message, data });
  try {
    if (data === undefined) logger?.[level]?.(message);
    else logger?.[level]?.(message, data);
  } catch {
    // logging is best effort
  }
}

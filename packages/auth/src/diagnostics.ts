// Node diagnostics channels on which the SDK publishes what it logs and every error it creates, whatever logger
// the caller configured: for APM tools, and for the test suite's secret sweep. Both carry only what is safe to
// print (errors are built redacted; log data never holds a secret). Publishing costs nothing without subscribers.
import { channel } from 'node:diagnostics_channel';

/** Messages: `{ level, message, data? }`, for every log call, with or without a logger. */
export const logChannel = channel('clara:log');
/** Messages: each ClaraError as it is created (subclass fields are set right after, in the same tick). */
export const errorChannel = channel('clara:error');

// Run by pipeline.test.ts in its own process: calls in flight, queued behind the connection bound and waiting
// to retry, then close(). Prints how the calls ended; the test checks that the process then exits by itself.
import { createTestlandClient } from './testland.ts';

const [url, credentials, ca] = process.argv.slice(2) as [string, string, string];
const clara = createTestlandClient({ credentials, baseUrl: url, ca, connections: 2, maxRetries: 2 });
await clara.digitalAccounts.list({ page: 0, size: 1 }); // the token (not the call the test makes wait 50 s to retry)
const calls = Array.from({ length: 30 }, () => clara.transactions.list({ size: 1 }).then(() => 'ok', (error: unknown) => (error as Error).name));
await new Promise((resolve) => setTimeout(resolve, 150));
await clara.close();
const outcomes: Record<string, number> = {};
for (const outcome of await Promise.all(calls)) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
console.log(JSON.stringify(outcomes));

// Where the facade's time goes: 10 000 facade requests against the request-path server under the V8 CPU
// profiler (node:inspector), with each sample charged to the first JavaScript frame on its stack and grouped by
// module (ky, hey-api generated code, undici, Node's built-in fetch classes, the SDK...). Prints one JSON object.
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

import { loadFacade } from './support/facade.ts';
import { closedLoop, round } from './support/measure.ts';
import { packageDir } from './support/paths.ts';
import { startThread } from './support/workers.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const GROUPS: [string, string][] = [
  ['/ky/', 'ky'],
  ['undici@', 'undici (npm): request, connection pool, HTTP/1.1'],
  ['node:internal/deps/undici', "Node's built-in Request/Response/Headers"],
  ['.gen.ts', 'hey-api generated client'],
  ['/auth/src/', '@org/clara-auth (token manager, transport)'],
  ['/clara/src/', '@org/clara (facade)'],
  ['/clara-mx/src/', '@org/clara-mx (binding)'],
  ['node:', 'Node core (TLS, sockets, streams, timers, abort signals)'],
];
const groupOf = (url: string): string => GROUPS.find(([needle]) => url.includes(needle))?.[1] ?? (url ? 'other' : 'native');

const { createTestPki } = await import(join(packageDir('auth'), 'test', 'helpers', 'pki.ts')) as typeof import('../../packages/auth/test/helpers/pki.ts');
const { createClaraClient, loadCredentials } = await loadFacade();
const pki = createTestPki();
const server = await startThread<{ url: string }>(join(import.meta.dirname, 'support', 'echo-server.ts'), { cert: pki.read('server.crt'), key: pki.read('server.key'), ca: pki.read('ca.crt') });
const credentials = await loadCredentials({ cert: pki.read('client.crt'), key: pki.read('client.key'), clientId: 'bench', clientSecret: 'bench-secret', ca: pki.read('ca.crt') });
const facade = createClaraClient({ credentials, baseUrl: server.ready.url, connections: 16 });
const call = () => Promise.resolve(facade.transactions.get('0b0c6f0e-1d7b-4a51-9e34-3f1f2f5b8d11'));
const session = new Session();
try {
  await closedLoop(call, 1000, 16); // warm-up
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await closedLoop(call, 10_000, 16);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const charged = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const name = nodes.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    let frame = id;
    while (!nodes.get(frame)!.callFrame.url && parents.has(frame)) frame = parents.get(frame)!;
    const group = name === '(garbage collector)' ? 'garbage collection' : groupOf(nodes.get(frame)!.callFrame.url);
    const delta = profile.timeDeltas[index] ?? 0;
    charged.set(group, (charged.get(group) ?? 0) + delta);
    busy += delta;
  });
  const shares = [...charged].sort((a, b) => b[1] - a[1]).map(([group, micros]) => ({ group, percent: round((micros / busy) * 100, 1) }));
  console.log(JSON.stringify({ requests: 10_000, busyMs: round(busy / 1000), cpuMicrosPerRequest: round(busy / 10_000, 1), shares }));
} finally {
  session.disconnect();
  await facade.close();
  await server.stop();
  pki.remove();
}

// Starts a worker thread and asks it questions: `ask(message)` resolves with its next message.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

export interface ThreadHandle<Ready> {
  ready: Ready;
  ask<T>(message: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startThread<Ready>(file: string, workerData: unknown): Promise<ThreadHandle<Ready>> {
  const worker = new Worker(file, { workerData });
  const [ready] = (await once(worker, 'message')) as [Ready];
  return {
    ready,
    ask: async <T>(message: unknown) => {
      worker.postMessage(message);
      const [answer] = (await once(worker, 'message')) as [T];
      return answer;
    },
    stop: async () => {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}

// The export's progress on stderr (cli-progress; drawn only on a terminal): items against the list's total,
// pages, and the requests sent so far (pages plus retries).
import { Presets, SingleBar } from 'cli-progress';

export class ExportProgress {
  readonly #bar: SingleBar;
  #started = false;

  constructor(stream: NodeJS.WritableStream, resource: string) {
    this.#bar = new SingleBar(
      { stream, format: `{bar} {value}/{total} ${resource} | page {page}/{pages} | {requests} requests`, hideCursor: true },
      Presets.shades_classic,
    );
  }

  update(progress: { items: number; total: number; page: number; pages: number; requests: number }): void {
    const { items, total, ...payload } = progress;
    if (!this.#started) this.#bar.start(total, items, payload);
    else this.#bar.setTotal(total);
    this.#started = true;
    this.#bar.update(items, payload);
  }

  stop(): void {
    if (this.#started) this.#bar.stop();
    this.#started = false;
  }
}

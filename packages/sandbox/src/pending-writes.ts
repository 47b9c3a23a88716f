interface PendingWrite {
  dueAt: number;
  complete: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Writes that continue asynchronously (Clara's hybrid card writes): each completes after its delay, on a timer (so
 * fake timers drive it), or at once with `completeAll()`.
 */
export class PendingWrites {
  private readonly pending = new Set<PendingWrite>();

  get size(): number {
    return this.pending.size;
  }

  schedule(delayMs: number, complete: () => void): void {
    const write: PendingWrite = {
      dueAt: Date.now() + delayMs,
      complete,
      timer: setTimeout(() => this.run(write), delayMs),
    };
    this.pending.add(write);
  }

  /** Completes every pending write now, earliest due first; returns how many. */
  completeAll(): number {
    const due = [...this.pending].sort((a, b) => a.dueAt - b.dueAt);
    for (const write of due) this.run(write);
    return due.length;
  }

  /** Drops every pending write without completing it (the sandbox is closing). */
  cancelAll(): void {
    for (const write of this.pending) clearTimeout(write.timer);
    this.pending.clear();
  }

  private run(write: PendingWrite): void {
    if (!this.pending.delete(write)) return;
    clearTimeout(write.timer);
    write.complete();
  }
}

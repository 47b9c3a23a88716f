// A MemoryTokenStore with leases that expire by themselves, standing in for a shared store (Redis) in tests.
import { MemoryTokenStore, type TokenLease } from '@org/clara-auth';

export class LeasingMemoryStore extends MemoryTokenStore {
  readonly #leases = new Map<string, { owner: symbol; until: number }>();
  readonly #leaseMs: number;
  leasesGranted = 0;

  constructor(leaseMs: number) {
    super();
    this.#leaseMs = leaseMs;
  }

  async acquireLease(key: string): Promise<TokenLease | undefined> {
    const held = this.#leases.get(key);
    if (held && held.until > Date.now()) return undefined;
    const owner = Symbol('owner');
    this.#leases.set(key, { owner, until: Date.now() + this.#leaseMs });
    this.leasesGranted++;
    return {
      release: async () => {
        if (this.#leases.get(key)?.owner === owner) this.#leases.delete(key);
      },
    };
  }

  /** A holder that died: its lease stays until it expires. */
  async takeLeaseAndDie(key: string): Promise<void> {
    await this.acquireLease(key);
  }
}

// A token endpoint in memory, for TokenManager tests: `requestGrant` answers fresh tokens (or the scripted
// answers and failures first), records who asked, and can be held to keep a refresh in flight.
import type { ClaraCredentials, TokenGrant } from '@org/clara-auth';

export class ScriptedGrants {
  /** The client id of each request, in order. */
  readonly requests: string[] = [];
  /** Used first to last before fresh tokens: a grant, or an error to throw. */
  readonly answers: (TokenGrant | Error)[] = [];
  /** The lifetime of fresh tokens; undefined answers without one. */
  expiresIn: number | undefined = 3600;
  /** Signals of the requests, to check that close() aborts them. */
  readonly signals: AbortSignal[] = [];
  #issued = 0;
  #gate: Promise<void> | undefined;

  readonly requestGrant = async (credentials: ClaraCredentials, signal: AbortSignal): Promise<TokenGrant> => {
    this.requests.push(credentials.clientId);
    this.signals.push(signal);
    if (this.#gate) {
      await Promise.race([this.#gate, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]);
    }
    const scripted = this.answers.shift();
    if (scripted instanceof Error) throw scripted;
    if (scripted) return scripted;
    return { accessToken: `token-${++this.#issued}`, tokenType: 'Bearer', ...(this.expiresIn === undefined ? {} : { expiresInSeconds: this.expiresIn }) };
  };

  /** Makes requests wait until the returned function is called. */
  hold(): () => void {
    let release = (): void => {};
    this.#gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.#gate = undefined;
      release();
    };
  }
}

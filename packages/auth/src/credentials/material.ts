// What every credentials source resolves to before validation: PEM text and the client JSON fields, each with
// a description of where it came from so that errors can name it.

export interface PemInput {
  pem: string;
  /** Where it came from, for messages: a file path, an environment variable, or "the in-memory certificate". */
  origin: string;
  /** The file path, when it came from a file. */
  file?: string;
  /** The file's permission bits, when it came from a file. */
  mode?: number;
}

export interface ClientInput {
  clientId: string;
  clientSecret: string;
  projectName?: string;
  scopes?: string[];
  origin: string;
  file?: string;
}

export interface CredentialsMaterial {
  cert: PemInput;
  key: PemInput;
  client: ClientInput;
  ca?: PemInput;
  passphrase?: string;
}

// What must never appear in the CLI's output: the client secret, any line of the private key, and any token.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect } from 'vitest';

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

export function expectNoSecrets(output: string, credentialsDir: string): void {
  const { clientSecret } = JSON.parse(readFileSync(join(credentialsDir, 'client-credentials.json'), 'utf8')) as { clientSecret: string };
  expect(clientSecret.length).toBeGreaterThan(8);
  expect(output).not.toContain(clientSecret);
  const keyLines = readFileSync(join(credentialsDir, 'private-key.key'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('-----'));
  expect(keyLines.length).toBeGreaterThan(0);
  for (const line of keyLines) expect(output).not.toContain(line);
  expect(output).not.toMatch(JWT);
  expect(output).not.toMatch(/PRIVATE KEY|Bearer [\w-]{20,}/);
}

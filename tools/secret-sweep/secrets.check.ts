// The whole-suite secret sweep: runs after every other project (sequence.groupOrder in the root config) and
// searches everything record.ts wrote — console output, SDK log lines, serialised errors — for the secrets of
// every sandbox bundle and for anything that looks like a JWT or a PEM private key.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = process.env.CLARA_SECRET_SWEEP_DIR;
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.?[\w-]*/;
// The armour followed by key material (error messages may name the armour they expected).
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----(\\n|\s)+[A-Za-z0-9+/]{16}/;

let passed = false;

const lines = (prefix: string) =>
  readdirSync(dir!)
    .filter((name) => name.startsWith(prefix))
    .flatMap((name) => readFileSync(join(dir!, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Record<string, string>);

it('no log line or serialised error of the whole suite holds a client secret, private key or token', () => {
  expect(dir, 'CLARA_SECRET_SWEEP_DIR is set by the root vitest.config.ts').toBeTruthy();
  const records = lines('records-');
  const secrets = lines('secrets-');
  const kinds = (kind: string) => records.filter((record) => record.kind === kind).length;
  // The sweep only proves something if the suite ran and was recorded.
  expect(secrets.filter((secret) => secret.kind === 'client secret').length).toBeGreaterThan(0);
  expect(kinds('error')).toBeGreaterThan(50);
  expect(kinds('log')).toBeGreaterThan(10);

  const keyLines = secrets
    .filter((secret) => secret.kind === 'private key')
    .flatMap((secret) => secret.value!.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----')));
  const needles = [...secrets.filter((secret) => secret.kind === 'client secret').map((secret) => secret.value!), ...keyLines];
  for (const record of records) {
    const leaked = needles.find((needle) => record.text!.includes(needle));
    expect(leaked, `a ${record.kind} record holds a secret:\n${record.text!.slice(0, 500)}`).toBeUndefined();
    expect(record.text, `a ${record.kind} record holds a JWT`).not.toMatch(JWT);
    expect(record.text, `a ${record.kind} record holds a PEM private key`).not.toMatch(PEM_PRIVATE_KEY);
  }
  passed = true;
});

afterAll(() => {
  if (passed && dir) rmSync(dir, { recursive: true, force: true }); // a failed sweep keeps its evidence
});

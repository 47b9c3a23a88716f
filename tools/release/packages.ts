// The workspace packages that get published: every packages/*/package.json that is not private.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PublishablePackage {
  name: string;
  version: string;
  dir: string;
}

export async function listPublishablePackages(root: string): Promise<PublishablePackage[]> {
  const packages: PublishablePackage[] = [];
  for (const entry of (await readdir(join(root, 'packages'))).sort()) {
    const manifestFile = join(root, 'packages', entry, 'package.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { name: string; version: string; private?: boolean };
    if (manifest.private !== true) packages.push({ name: manifest.name, version: manifest.version, dir: join(root, 'packages', entry) });
  }
  return packages;
}

// Files the CLI writes whole (an export's state, clara drift's report, patch and text): a reader, or a crash,
// sees the old file or the new one, never half of either.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  // Next to the target, so that the rename never crosses a file system.
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Photo files on disk, named by content hash: `${dataDir}/photos/<sha[0..2]>/<sha>.<ext>`. */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const THUMB_EXT = 'webp';

/** Where a file of this content lives. */
export function photoPath(dataDir: string, sha256: string, ext: string): string {
  return join(dataDir, 'photos', sha256.slice(0, 2), `${sha256}.${ext}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Store content once: write a temp file beside the target, then rename it into place (atomic).
 * Returns the path when this call created the file, null when the same content was already there.
 */
export async function storeContent(
  dataDir: string,
  sha256: string,
  ext: string,
  data: Buffer,
): Promise<string | null> {
  const path = photoPath(dataDir, sha256, ext);
  if (await exists(path)) {
    return null;
  }
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return path;
}

/** Remove files this request created (after a failure). */
export async function removeFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((p) => rm(p, { force: true })));
}

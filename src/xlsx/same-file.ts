import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * True when two paths name the same file: the same path, the same inode (a hard link) or the same
 * target (a symbolic link). A path that does not exist yet is never the same file as another.
 *
 * @example await isSameFile("register.xlsx", "./register.xlsx") // true
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [statA, statB] = await Promise.all([stat(a), stat(b)]);
    if (statA.dev === statB.dev && statA.ino === statB.ino) return true;
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false; // one of them does not exist (yet): they cannot be the same file
  }
}

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd: string, args: string[]) => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const isRoot = () => process.getuid?.() === 0;

/**
 * Makes a file or folder unwritable for this process and its children: root ignores permissions, so as
 * root the immutable attribute (chattr +i), otherwise chmod. Returns the undo, or null when neither is
 * possible here.
 */
export function lockPath(p: string): (() => void) | null {
  if (isRoot()) return run('chattr', ['+i', p]) ? () => void run('chattr', ['-i', p]) : null;
  const before = statSync(p).mode;
  chmodSync(p, statSync(p).isDirectory() ? 0o555 : 0o444);
  return () => chmodSync(p, before);
}

/** Whether lockPath works here (a test that needs it is skipped, and says so, when it does not). */
export function canLockPaths(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  const probe = path.join(dir, 'probe');
  writeFileSync(probe, '');
  const unlock = lockPath(probe);
  unlock?.();
  rmSync(dir, { recursive: true, force: true });
  return unlock !== null;
}

export interface SmallDisk {
  dir: string;
  /** fills the disk up to `leaveKb` free kilobytes with a filler file */
  fill(leaveKb: number): void;
  /** frees the filler */
  free(): void;
  remountReadOnly(): void;
  dispose(): void;
}

/** A real small file system (tmpfs of `kb`), for full-disk and read-only-disk tests; null when this machine does not let us mount. */
export function smallDisk(kb: number): SmallDisk | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'disk-'));
  if (!isRoot() || !run('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir])) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = path.join(dir, 'filler');
  return {
    dir,
    fill(leaveKb) {
      const s = statfsSync(dir);
      const free = Math.floor((s.bavail * s.bsize) / 1024);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - leaveKb) * 1024));
    },
    free: () => rmSync(filler, { force: true }),
    remountReadOnly: () => void run('mount', ['-o', 'remount,ro', dir]),
    dispose() {
      run('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

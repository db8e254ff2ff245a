import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import path from 'node:path';

/** Why the database could not do what was asked, for reasons outside the request itself. */
export type StorageFaultKind = 'busy' | 'disk_full' | 'read_only';

/**
 * A typed storage fault with a message for people that names the file or folder concerned. `detail` is
 * the short reason (e.g. for the dashboard's read-only banner); `message` adds what to do.
 */
export class StorageFault extends Error {
  constructor(
    readonly kind: StorageFaultKind,
    readonly path: string,
    readonly detail: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const codeOf = (err: unknown): string =>
  typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : '';

const BUSY = /^SQLITE_(BUSY|LOCKED)/;
const FULL = /^SQLITE_FULL|^ENOSPC$|^EDQUOT$/;
const READ_ONLY = /^SQLITE_READONLY|^EROFS$|^EACCES$|^EPERM$/;
const READING = new Set(['scandir', 'stat', 'lstat', 'read', 'readlink', 'access']);
// errors SQLite reports when it cannot create or grow a file: the cause is found by looking at the disk
const CANNOT_WRITE = /^SQLITE_(CANTOPEN|IOERR)/;

/** Whether an error is one of the storage faults (busy, full, read-only), judged by its code alone. */
export function isStorageFault(err: unknown): boolean {
  if (err instanceof StorageFault) return true;
  const code = codeOf(err);
  return BUSY.test(code) || FULL.test(code) || READ_ONLY.test(code);
}

/** null when this process may write the path, else why not ('EROFS': a read-only file system) */
const cannotWrite = (p: string): string | null => {
  try {
    accessSync(p, constants.W_OK);
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? 'EACCES';
  }
};

function diskFull(dir: string): boolean {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/**
 * Why a file cannot be written: the file itself, or the folder it (or, for the database, its -wal/-shm
 * files) lives in, or a disk mounted read-only.
 */
export function readOnlyDetail(file: string, what = '数据库'): string {
  const dir = path.dirname(path.resolve(file));
  const onFile = existsSync(file) ? cannotWrite(file) : null;
  const onDir = cannotWrite(dir);
  if (onFile === 'EROFS' || onDir === 'EROFS') return `${what}所在的磁盘以只读方式挂载（${dir}）`;
  if (onFile) return `${what}文件 ${file} 只读`;
  if (onDir) return `${what}所在文件夹 ${dir} 不可写`;
  return `${what}文件 ${file} 不可写`;
}

export function busyFault(file: string, cause?: unknown): StorageFault {
  const detail = `数据库正忙（另一个程序正在写入 ${file}）`;
  return new StorageFault('busy', file, detail, `${detail}，请稍后重试`, { cause });
}

export function diskFullFault(file: string, cause?: unknown): StorageFault {
  const dir = path.dirname(path.resolve(file));
  const detail = `磁盘已满，无法写入 ${file}`;
  return new StorageFault('disk_full', file, detail, `${detail}：请清理 ${dir} 所在磁盘的空间后重试`, {
    cause,
  });
}

export function readOnlyFault(file: string, cause?: unknown, what = '数据库'): StorageFault {
  const detail = readOnlyDetail(file, what);
  return new StorageFault(
    'read_only',
    file,
    detail,
    `${detail}，无法保存修改：请检查文件权限，以及磁盘是否以只读方式挂载`,
    { cause },
  );
}

/**
 * The storage fault an error stands for, naming `file` (the database, unless a file-system error names its
 * own path), or null when it is something else. A busy database after the busy timeout, a full disk and a
 * read-only file or folder are told apart; SQLite's open and I/O errors are judged by looking at the disk.
 */
export function storageFault(err: unknown, file: string): StorageFault | null {
  if (err instanceof StorageFault) return err;
  const code = codeOf(err);
  const { path: target, syscall } = (err ?? {}) as { path?: unknown; syscall?: unknown };
  const where = typeof target === 'string' ? target : file;
  // permission errors while reading (a report folder, say) are not about writing
  if (typeof syscall === 'string' && READING.has(syscall)) return null;
  const what = where === file ? '数据库' : '';
  if (BUSY.test(code)) return busyFault(file, err);
  if (FULL.test(code)) return diskFullFault(where, err);
  if (READ_ONLY.test(code)) return readOnlyFault(where, err, what);
  if (CANNOT_WRITE.test(code)) {
    if (diskFull(path.dirname(path.resolve(where)))) return diskFullFault(where, err);
    const dir = path.dirname(path.resolve(where));
    if (cannotWrite(dir) || (existsSync(where) && cannotWrite(where))) return readOnlyFault(where, err, what);
  }
  return null;
}

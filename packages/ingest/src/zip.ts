import { inflateRawSync } from 'node:zlib';

// A zip read by its central directory (as Word and mammoth's JSZip read it), unpacking only the entries
// asked for and counting the bytes that really come out: the sizes a zip declares are never trusted.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The zip is not one we can read (damaged, encrypted, ZIP64, an unknown compression). */
export class ZipFormatError extends Error {}

/** An entry unpacks to more than `limit` bytes (it was stopped there). */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} unpacks to more than ${limit} bytes`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  throw new ZipFormatError('no end of central directory');
}

/** The entries the central directory lists. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const end = endOfCentralDirectory(bytes, dv);
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('ZIP64');
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) {
      throw new ZipFormatError('bad central directory');
    }
    const flags = dv.getUint16(at + 8, true);
    if (flags & 1) throw new ZipFormatError('encrypted');
    const nameLength = dv.getUint16(at + 28, true);
    const skip = nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      localOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** One entry's bytes, stopped with a ZipLimitError as soon as more than `maxBytes` have come out. */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL) {
    throw new ZipFormatError('bad local header');
  }
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (entry.compressedSize === 0xffffffff || end > bytes.length) throw new ZipFormatError('bad size');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipLimitError(entry.name, maxBytes);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method}`);
  try {
    // zlib inflates in chunks and stops with ERR_BUFFER_TOO_LARGE once the real output passes the limit
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipLimitError(entry.name, maxBytes);
    }
    throw new ZipFormatError(`cannot inflate ${entry.name}`);
  }
}

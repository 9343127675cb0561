// Where `next build` writes the export. Next.js writes each page's content several times over: the
// HTML with its payload inlined, the payload as `index.txt`, and per-segment prefetch files
// (`__next.*.txt`, one of them a whole second copy of the payload). A static export cannot turn
// any of them off (docs/how-the-build-works.md), and the build keeps only the documents. So when a
// folder in memory (tmpfs) can hold the export, Next.js writes it there and the first stage writes
// only the documents into the output folder: the payloads never reach the disk. When it cannot (no
// /dev/shm, or too little memory for a large site), Next.js writes into the output folder and the
// stage works in place.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from '@/lib/build/site-size';
import { notesDir } from '@/lib/content/load';

/** The shared-memory file system (tmpfs) that Linux mounts. */
const MEMORY_FS = '/dev/shm';

/**
 * What an export may take: per note (its page and its share of the lists and feeds), and per byte
 * of the notes' files (a summary is on its note page and on each of its tags' pages, four copies on
 * each). About 1.5 times what measured builds took (bench/RESULTS.md): 1,000 full notes of 1.5 KB,
 * 240 MB; 10,000, 2.2 GB; 1,000 Pocket-like notes of 0.2 KB, 128 MB.
 */
const BYTES_PER_NOTE = 170_000;
const BYTES_PER_NOTE_BYTE = 120;

/** Bytes that the export of the notes in `dir` may take, at most, with the files of `publicDir` it copies. */
export function exportBytesBound(dir: string, publicDir = 'public'): number {
  const notes = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const noteBytes = notes.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  const publicBytes = existsSync(publicDir) ? filesUnder(publicDir).reduce((sum, { bytes }) => sum + bytes, 0) : 0;
  return notes.length * BYTES_PER_NOTE + noteBytes * BYTES_PER_NOTE_BYTE + publicBytes;
}

/**
 * Whether an export of `bytes` fits in memory: in the file system's free space, and in half the
 * memory available, so that the build itself (up to 2 GB at 50,000 notes) and the machine keep room.
 */
export function fitsInMemory(bytes: number, { free, available }: { free: number; available: number }): boolean {
  return bytes <= free && bytes <= available / 2;
}

/**
 * A folder in memory for the export of `outDir` (one per output folder), or undefined when the
 * export of the notes might not fit there, or there is no such file system to write to.
 */
export function memoryExportFolder(outDir: string, bytes = exportBytesBound(notesDir())): string | undefined {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  const folder = path.join(MEMORY_FS, `url-notes-export-${id}`);
  let free: number;
  try {
    // A build killed outright (out of memory, SIGKILL) could not delete its folder: it goes first,
    // so that its space counts as free.
    rmSync(folder, { recursive: true, force: true });
    const fs = statfsSync(MEMORY_FS);
    free = fs.bavail * fs.bsize;
  } catch {
    return undefined;
  }
  // Files in memory count against a container's memory limit, which os.freemem() does not see.
  const available = Math.min(os.freemem(), process.availableMemory());
  return fitsInMemory(bytes, { free, available }) ? folder : undefined;
}

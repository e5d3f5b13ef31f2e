/**
 * The local data folder and the note `npm start` leaves in it while it runs. LevelDB lets one
 * process hold the embedded store's files, so admin tools that run next to `npm start` read the
 * note and talk to its store over HTTP instead of opening the files themselves.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The file name of the note, inside the data folder. */
export const RUNNING_STORE_FILE = 'local-store.json';
/** The embedded store's files, inside the data folder. */
export const STORE_FOLDER = 'dynamodb';
/** The catalog as the last `catalog:import` left it, inside the data folder: what `npm run models` reads. */
export const CATALOG_SNAPSHOT_FILE = 'catalog.json';

/** What a running `npm start` says about its store. */
export interface RunningStore {
  /** http://127.0.0.1:PORT of its dynalite */
  endpoint: string;
  /** the process that holds the store; the note is stale once it is gone */
  pid: number;
  /** the TABLE_PREFIX it runs with, so a tool finds the same tables */
  tablePrefix: string;
  startedAt: string;
  // — after the order —
  /** http://127.0.0.1:PORT of its HTTP server, once it listens (npm run demo:fulfilment posts there) */
  httpBase?: string;
}

/** VOICE_SHOP_DATA_DIR, or .data under the folder the command runs in (npm runs scripts in the project root). */
export function localDataDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return env.VOICE_SHOP_DATA_DIR?.trim() || join(cwd, '.data');
}

/** A path as a person reads it in a message: relative inside the project, absolute outside it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') ? inside : path;
}

/** Whether a process with this id exists (one owned by another user counts). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the note (atomically: a reader never sees half of it) and returns how to take it back.
 * Taking it back leaves a note written by another process alone.
 */
export function announceRunningStore(dataDir: string, store: RunningStore): { withdraw(): void } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, RUNNING_STORE_FILE);
  const partial = `${path}.${store.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(store, null, 2)}\n`);
  renameSync(partial, path);
  return {
    withdraw: () => {
      if (readNote(path)?.pid === store.pid) rmSync(path, { force: true });
    },
  };
}

/**
 * The store a live `npm start` announced, or undefined when there is no note or its process is
 * gone (a stale note is removed; a crash or kill -9 leaves one behind).
 */
export function findRunningStore(dataDir: string): RunningStore | undefined {
  const path = join(dataDir, RUNNING_STORE_FILE);
  const note = readNote(path);
  if (!note) return undefined;
  if (!processIsAlive(note.pid)) {
    rmSync(path, { force: true });
    return undefined;
  }
  return note;
}

function readNote(path: string): RunningStore | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const note = JSON.parse(readFileSync(path, 'utf8')) as Partial<RunningStore>;
    if (typeof note.endpoint !== 'string' || !Number.isInteger(note.pid) || typeof note.tablePrefix !== 'string') return undefined;
    return note as RunningStore;
  } catch {
    return undefined;
  }
}

/**
 * Where the local identity provider keeps what it issued (grants, codes, refresh tokens, device
 * codes, sessions): in memory, and — under npm start — in one JSON file, so a restart keeps the
 * links people made. oidc-provider's storage adapter contract:
 * https://github.com/panva/node-oidc-provider/blob/main/example/my_adapter.js
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Adapter, AdapterPayload } from 'oidc-provider';

const KEPT_AFTER_EXPIRY_SECONDS = 3600;

interface Entry {
  payload: AdapterPayload;
  /** epoch milliseconds; absent: kept until destroyed */
  expiresAt?: number;
}

/** Every model's entries, by model name then id. */
type State = Record<string, Record<string, Entry>>;

/** One state for all the provider's models, optionally mirrored to a file after every change. */
export class ProviderState {
  private state: State = {};

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      try {
        this.state = JSON.parse(readFileSync(file, 'utf8')) as State;
      } catch {
        // A damaged file (a crash mid-write cannot leave one: writes are renamed into place) starts empty.
        this.state = {};
      }
    }
  }

  /** The adapter class oidc-provider instantiates once per model. */
  adapterClass(): new (name: string) => Adapter {
    const shared = {
      put: (model: string, id: string, entry: Entry) => this.put(model, id, entry),
      get: (model: string, id: string) => this.get(model, id),
      entry: (model: string, id: string) => this.entry(model, id),
      findBy: (model: string, test: (payload: AdapterPayload) => boolean) => this.findBy(model, test),
      delete: (model: string, which: (key: string, entry: Entry) => boolean) => this.delete(model, which),
    };
    return class StateAdapter implements Adapter {
      constructor(private readonly name: string) {}
      upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
        // Kept an hour past its expiry: oidc-provider checks expiry itself, and an expired device
        // code found is "that code has run out" on the page, where a missing one is "not right".
        shared.put(this.name, id, { payload, ...(expiresIn ? { expiresAt: Date.now() + (expiresIn + KEPT_AFTER_EXPIRY_SECONDS) * 1000 } : {}) });
        return Promise.resolve();
      }
      find(id: string): Promise<AdapterPayload | undefined> {
        return Promise.resolve(shared.get(this.name, id));
      }
      findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
        return Promise.resolve(shared.findBy(this.name, (p) => p.userCode === userCode));
      }
      findByUid(uid: string): Promise<AdapterPayload | undefined> {
        return Promise.resolve(shared.findBy(this.name, (p) => p.uid === uid));
      }
      consume(id: string): Promise<void> {
        const entry = shared.entry(this.name, id);
        if (entry) shared.put(this.name, id, { ...entry, payload: { ...entry.payload, consumed: Math.floor(Date.now() / 1000) } });
        return Promise.resolve();
      }
      destroy(id: string): Promise<void> {
        shared.delete(this.name, (key) => key === id);
        return Promise.resolve();
      }
      revokeByGrantId(grantId: string): Promise<void> {
        shared.delete(this.name, (_key, entry) => entry.payload.grantId === grantId);
        return Promise.resolve();
      }
    };
  }

  private entry(model: string, id: string): Entry | undefined {
    const entry = this.state[model]?.[id];
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.delete(model, (key) => key === id);
      return undefined;
    }
    return entry;
  }

  private get(model: string, id: string): AdapterPayload | undefined {
    return this.entry(model, id)?.payload;
  }

  private findBy(model: string, test: (payload: AdapterPayload) => boolean): AdapterPayload | undefined {
    for (const id of Object.keys(this.state[model] ?? {})) {
      const payload = this.get(model, id);
      if (payload && test(payload)) return payload;
    }
    return undefined;
  }

  private put(model: string, id: string, entry: Entry): void {
    (this.state[model] ??= {})[id] = entry;
    this.save();
  }

  private delete(model: string, which: (key: string, entry: Entry) => boolean): void {
    const entries = this.state[model] ?? {};
    let changed = false;
    for (const [key, entry] of Object.entries(entries)) {
      if (!which(key, entry)) continue;
      delete entries[key];
      changed = true;
    }
    if (changed) this.save();
  }

  /** Written whole and renamed into place: a reader (or a crash) never meets half a file. */
  private save(): void {
    if (!this.file) return;
    const now = Date.now();
    for (const entries of Object.values(this.state)) {
      for (const [key, entry] of Object.entries(entries)) if (entry.expiresAt !== undefined && entry.expiresAt <= now) delete entries[key];
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(this.state), { mode: 0o600 });
    renameSync(partial, this.file);
  }
}

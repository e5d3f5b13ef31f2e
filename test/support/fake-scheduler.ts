import type { Scheduler } from '../../src/ports/runtime';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets every pending promise callback run (real I/O-free work settles within a few turns). */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Monotonic time that moves only when a test says so: deadlines, slow stores and slow payment
 * providers are tried in microseconds of real time instead of seconds of waiting.
 */
export class FakeScheduler implements Scheduler {
  private time = 0;
  private seq = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: (this.seq += 1), fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** resolves after `ms` of fake time */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.after(ms, resolve));
  }

  /** Moves time forward by `ms`, firing due timers in order and letting the work they start run. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    await flush();
    for (;;) {
      const next = this.nextTimer();
      if (!next || next.at > until) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fn();
      await flush();
    }
    this.time = until;
    await flush();
  }

  /**
   * Runs fake time until `work` settles (time passes only while everything is waiting on a
   * timer), at most `limitMs`; returns its value and how much fake time it took.
   */
  async run<T>(work: Promise<T>, limitMs = 60_000): Promise<{ value: T; tookMs: number }> {
    return this.runWith(work, { limitMs });
  }

  /**
   * As run, for work that also waits on real asynchronous work (the voice code's scrypt runs in
   * Node's thread pool): before fake time jumps, real time is given `realSettleMs` to finish it.
   */
  async runWith<T>(work: Promise<T>, options: { limitMs?: number; realSettleMs?: number }): Promise<{ value: T; tookMs: number }> {
    const limitMs = options.limitMs ?? 60_000;
    const started = this.time;
    let settled = false;
    let value: T | undefined;
    let error: unknown;
    work.then(
      (v) => {
        settled = true;
        value = v;
      },
      (e: unknown) => {
        settled = true;
        error = e;
      },
    );
    await flush();
    while (!settled) {
      if (options.realSettleMs) {
        const until = Date.now() + options.realSettleMs;
        while (!settled && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
        if (settled) break;
      }
      const next = this.nextTimer();
      if (!next || next.at - started > limitMs) throw new Error(`work did not settle within ${limitMs} ms of fake time`);
      await this.advance(next.at - this.time);
    }
    if (error !== undefined) throw error;
    return { value: value as T, tookMs: this.time - started };
  }

  /** how many timers are waiting */
  get pending(): number {
    return this.timers.length;
  }

  private nextTimer(): Timer | undefined {
    return [...this.timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
  }
}

import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

/**
 * `Server-Timing` of the document routes, only when the variable TIMING is `on` (wrangler dev,
 * the edge benchmark): durations of the steps, never anything about the document. On deployed
 * Workers the clock does not move during computation, so the figures would read 0 there anyway.
 */
export class StepTimer {
  private readonly steps: string[] = [];
  private last = performance.now();

  constructor(private readonly enabled: boolean) {}

  static for(c: Context<AppEnv>): StepTimer {
    return new StepTimer(c.env.TIMING === 'on');
  }

  mark(step: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.steps.push(`${step};dur=${(now - this.last).toFixed(1)}`);
    this.last = now;
  }

  headers(): Record<string, string> {
    return this.enabled && this.steps.length > 0 ? { 'server-timing': this.steps.join(', ') } : {};
  }
}

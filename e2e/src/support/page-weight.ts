import zlib from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** What a body weighs: raw, and as gzip (level 6, what a server typically sends) and brotli (quality 11, what a build precompresses). */
export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export function weigh(body: Buffer): Weight {
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 6 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const sumWeights = (weights: readonly Weight[]): Weight =>
  weights.reduce((total, w) => ({ raw: total.raw + w.raw, gzip: total.gzip + w.gzip, brotli: total.brotli + w.brotli }), { raw: 0, gzip: 0, brotli: 0 });

export interface Loaded extends Weight {
  url: string;
  kind: 'js' | 'css';
  /** When its body finished arriving (ms since the recorder started). */
  at: number;
}

const kindOf = (url: string): Loaded['kind'] | null => (/\.js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : null);

/**
 * Records every script and stylesheet a page loads, weighed by its real
 * body (not by what the server negotiated with Chromium), and knows what
 * is still in flight: after an in-app navigation `networkidle` returns at
 * once, so `settle` waits until nothing has been in flight for a while.
 */
export class PageRecorder {
  readonly loaded: Loaded[] = [];
  private readonly urls = new Map<string, string>();
  private readonly inFlight = new Set<string>();
  private readonly reading: Promise<void>[] = [];
  private started = Date.now();

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<PageRecorder> {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const recorder = new PageRecorder(page, cdp);
    cdp.on('Network.requestWillBeSent', (e) => {
      recorder.urls.set(e.requestId, e.request.url);
      recorder.inFlight.add(e.requestId);
    });
    cdp.on('Network.loadingFailed', (e) => recorder.inFlight.delete(e.requestId));
    cdp.on('Network.loadingFinished', (e) => {
      const url = recorder.urls.get(e.requestId);
      const kind = url ? kindOf(url) : null;
      const at = recorder.elapsed();
      if (url && kind) recorder.reading.push(recorder.read(e.requestId, url, kind, at));
      recorder.inFlight.delete(e.requestId);
    });
    return recorder;
  }

  /** Lets the browser's network behave as Lighthouse's desktop preset does (40 ms round trip, 10 Mbit/s). */
  async emulateDesktopNetwork(): Promise<void> {
    const throughput = (10 * 1024 * 1024) / 8;
    await this.cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: throughput, uploadThroughput: throughput });
  }

  private async read(requestId: string, url: string, kind: Loaded['kind'], at: number): Promise<void> {
    const body = await this.cdp.send('Network.getResponseBody', { requestId }).catch(() => null);
    if (!body) return;
    this.loaded.push({ url: new URL(url).pathname, kind, at, ...weigh(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8')) });
  }

  /** Milliseconds since the recorder started (the clock of `Loaded.at`). */
  elapsed(): number {
    return Date.now() - this.started;
  }

  /** Waits until nothing has been in flight for `quietMs` (and every body is weighed). */
  async settle(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs) {
      if (Date.now() > deadline) throw new Error(`still in flight: ${[...this.inFlight].map((id) => this.urls.get(id)).join(', ')}`);
      if (this.inFlight.size) quietSince = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(this.reading);
  }

  /** What arrived of one kind, between two moments of `elapsed()` when given. */
  weight(kind: Loaded['kind'], from = 0, until = Infinity): Weight & { files: number } {
    const files = this.loaded.filter((l) => l.kind === kind && l.at >= from && l.at <= until);
    return { files: files.length, ...sumWeights(files) };
  }
}

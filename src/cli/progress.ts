// Progress on stderr when it is a terminal: articles, articles/s, errors, ETA (from bytes read of known inputs).
import cliProgress from 'cli-progress';

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private articles = 0;
  private errors = 0;
  private bytes = 0;
  private readonly started = performance.now();

  constructor(enabled: boolean, private readonly total: number) {
    if (!enabled) return;
    this.bar = new cliProgress.SingleBar({
      format: total > 0
        ? '{bar} {percentage}% | {articles} articles | {rate} articles/s | {errors} errors | ETA {eta_formatted}'
        : '{articles} articles | {rate} articles/s | {errors} errors',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    }, cliProgress.Presets.shades_classic);
    this.bar.start(Math.max(total, 1), 0, { articles: 0, rate: 0, errors: 0 });
  }

  advance(bytes: number, error: boolean): void {
    this.articles++;
    if (error) this.errors++;
    this.bytes += bytes;
    if (!this.bar) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.bar.update(Math.min(this.bytes, this.total || 1), { articles: this.articles, errors: this.errors, rate: Math.round(this.articles / Math.max(seconds, 0.001)) });
  }

  /** A message that must not be overwritten by the bar. */
  log(message: string): void {
    if (this.bar) this.bar.stop();
    process.stderr.write(message);
    if (this.bar) this.bar.start(Math.max(this.total, 1), Math.min(this.bytes, this.total || 1), { articles: this.articles, errors: this.errors, rate: 0 });
  }

  stop(): void {
    this.bar?.stop();
  }
}

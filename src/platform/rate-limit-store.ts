import type { ClientRateLimitInfo, Options, Store } from "express-rate-limit";
import type { Db } from "./db/index.js";

/**
 * Fixed-window counters in the database, so that a limit holds across restarts and across every
 * instance of the portal.
 */
export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly prisma: Db,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private key(key: string): string {
    return `${this.prefix}:${key}`;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.prisma.rateLimitHit.findUnique({ where: { key: this.key(key) } });
    if (!row || row.resetAt.getTime() <= Date.now()) return undefined;
    return { totalHits: row.hits, resetTime: row.resetAt };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const id = this.key(key);
    const now = Date.now();
    const resetAt = new Date(now + this.windowMs);
    const row = await this.prisma.rateLimitHit.upsert({
      where: { key: id },
      create: { key: id, hits: 1, resetAt },
      update: { hits: { increment: 1 } },
    });
    if (row.resetAt.getTime() > now) return { totalHits: row.hits, resetTime: row.resetAt };
    // The window had ended: start a new one. Matching on the old resetAt lets only one of several
    // concurrent requests restart it.
    await this.prisma.rateLimitHit.updateMany({
      where: { key: id, resetAt: row.resetAt },
      data: { hits: 1, resetAt },
    });
    const fresh = await this.prisma.rateLimitHit.findUnique({ where: { key: id } });
    return { totalHits: fresh?.hits ?? 1, resetTime: fresh?.resetAt ?? resetAt };
  }

  async decrement(key: string): Promise<void> {
    await this.prisma.rateLimitHit.updateMany({
      where: { key: this.key(key), hits: { gt: 0 } },
      data: { hits: { decrement: 1 } },
    });
  }

  async resetKey(key: string): Promise<void> {
    await this.prisma.rateLimitHit.deleteMany({ where: { key: this.key(key) } });
  }

  async pruneExpired(now = new Date()): Promise<number> {
    const result = await this.prisma.rateLimitHit.deleteMany({ where: { resetAt: { lte: now } } });
    return result.count;
  }
}

import session from "express-session";
import type { SessionData } from "express-session";
import type { Db } from "./db/index.js";

type Callback<T = void> = (error?: unknown, value?: T) => void;

function userIdOf(data: SessionData): string | null {
  const user = (data as SessionData & { passport?: { user?: unknown } }).passport?.user;
  return typeof user === "string" ? user : null;
}

/**
 * express-session store on the portal's own database, so sessions survive restarts and are shared
 * by every instance. The signed-in user's id is kept in its own column so that all of a user's
 * sessions can be ended at once.
 */
export class DatabaseSessionStore extends session.Store {
  /**
   * Writes still under way. express-session saves or touches a session as a response ends, which
   * can be after the client has read the last byte, so whoever closes the database waits for
   * these first: a query cut off by a disconnect would hold its connection for ever.
   */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly prisma: Db,
    private readonly idleMs: number,
  ) {
    super();
  }

  private expiryOf(data: SessionData): Date {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.idleMs);
  }

  private track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  /** Resolves once every session read and write started so far has finished. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const work = this.prisma.session
      .findUnique({ where: { sid } })
      .then(async (row) => {
        if (!row) return callback(undefined, null);
        if (row.expiresAt.getTime() <= Date.now()) {
          await this.prisma.session.deleteMany({ where: { sid } });
          return callback(undefined, null);
        }
        callback(undefined, JSON.parse(row.data) as SessionData);
      })
      .catch((error: unknown) => callback(error));
    this.track(work);
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const row = { data: JSON.stringify(data), expiresAt: this.expiryOf(data), userId: userIdOf(data) };
    const work = this.prisma.session
      .upsert({ where: { sid }, create: { sid, ...row }, update: row })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
    this.track(work);
  }

  override touch(sid: string, data: SessionData, callback?: Callback): void {
    const work = this.prisma.session
      .updateMany({ where: { sid }, data: { expiresAt: this.expiryOf(data) } })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
    this.track(work);
  }

  override destroy(sid: string, callback?: Callback): void {
    const work = this.prisma.session
      .deleteMany({ where: { sid } })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
    this.track(work);
  }

  /** Ends every session of a user, or every one but the current session. */
  async destroyAllForUser(userId: string, exceptSid?: string): Promise<number> {
    const result = await this.prisma.session.deleteMany({
      where: { userId, ...(exceptSid ? { sid: { not: exceptSid } } : {}) },
    });
    return result.count;
  }

  async pruneExpired(now = new Date()): Promise<number> {
    const result = await this.prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
    return result.count;
  }
}

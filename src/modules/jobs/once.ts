import type { JobsDeps } from "./deps.js";

async function claim({ prisma }: JobsDeps, key: string, now: Date): Promise<boolean> {
  try {
    await prisma.reminderSent.create({ data: { key, sentAt: now } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/**
 * Sends once per key, however many runs race for it: only the run whose claim is inserted sends.
 * If sending fails the claim is let go, so the next run tries again.
 */
export async function once(deps: JobsDeps, key: string, now: Date, send: () => Promise<void>): Promise<boolean> {
  if (!(await claim(deps, key, now))) return false;
  try {
    await send();
    return true;
  } catch (error) {
    await deps.prisma.reminderSent.delete({ where: { key } }).catch(() => undefined);
    deps.logger.warn({ err: error, key }, "reminder not sent; it will be tried again on the next run");
    return false;
  }
}

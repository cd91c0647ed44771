import { createHmac, timingSafeEqual } from "node:crypto";

/** Seals a value so that it comes back unchanged or not at all (HMAC-SHA256, with an age limit). */
export function seal(secret: string, value: unknown, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ at: now, value })).toString("base64url");
  const mac = createHmac("sha256", secret).update(body).digest("base64url");
  return `${body}.${mac}`;
}

export function unseal<T>(secret: string, sealed: unknown, maxAgeMs: number, now = Date.now()): T | null {
  if (typeof sealed !== "string" || sealed.length > 200_000) return null;
  const [body, mac] = sealed.split(".");
  if (!body || !mac) return null;
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { at, value } = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { at: number; value: T };
    return now - at <= maxAgeMs && at <= now + 60_000 ? value : null;
  } catch {
    return null;
  }
}

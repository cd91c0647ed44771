import { createHash, timingSafeEqual } from "node:crypto";
import type { Random } from "./random.js";

/** A new random token for a link, and the hash that is stored in its place. */
export function newToken(random: Random): { token: string; tokenHash: string } {
  const token = random.bytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** True when a token has the shape newToken() gives, so that junk is refused before any query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** Compares a stored hash with the hash of a presented token in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

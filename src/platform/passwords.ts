import { scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { systemRandom, type Random } from "./random.js";

/** scrypt's cost parameters: N (a power of two) sets the work and, with r, the memory. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The cost for real accounts: about 32 MiB and tens of milliseconds a hash. */
export const PRODUCTION_PASSWORD_COST: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

const KEY_LENGTH = 64;
const MAX_MEMORY = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export interface PasswordHasher {
  /** The cost new hashes are made with. */
  readonly cost: Readonly<ScryptCost>;
  /** A hash that carries its own parameters: "scrypt$N$r$p$salt$key". */
  hash(password: string): Promise<string>;
  /** Checks a password against a stored hash, at the cost the hash was made with. */
  verify(password: string, stored: string): Promise<boolean>;
  /**
   * Spends the same work as checking a real password, for sign-in attempts with an unknown email,
   * so that response times do not tell which emails have accounts.
   */
  verifyAgainstDummy(password: string): Promise<false>;
}

/**
 * The hasher the services call through. The composition root passes it in: production keeps the
 * production cost; tests build the app with a cheaper one so that fixtures are quick to make.
 */
export function createPasswordHasher(
  cost: Readonly<ScryptCost> = PRODUCTION_PASSWORD_COST,
  random: Random = systemRandom,
): PasswordHasher {
  const fixedCost = Object.freeze({ ...cost });
  let dummyHash: Promise<string> | undefined;
  const hasher: PasswordHasher = {
    cost: fixedCost,
    async hash(password) {
      const salt = random.bytes(16);
      const key = await scrypt(password, salt, fixedCost);
      return ["scrypt", fixedCost.N, fixedCost.r, fixedCost.p, salt.toString("base64"), key.toString("base64")].join(
        "$",
      );
    },
    async verify(password, stored) {
      const [scheme, n, r, p, salt, key] = stored.split("$");
      if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
      const expected = Buffer.from(key, "base64");
      const actual = await scrypt(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
    async verifyAgainstDummy(password) {
      dummyHash ??= hasher.hash(random.bytes(12).toString("hex"));
      // Through the object, as for a known email, so the work done is the same call.
      await hasher.verify(password, await dummyHash);
      return false;
    },
  };
  return hasher;
}

/** The parameters a stored hash was made with, or null when it is not one of ours. */
export function hashParameters(stored: string): ScryptCost | null {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return null;
  return { N: Number(n), r: Number(r), p: Number(p) };
}

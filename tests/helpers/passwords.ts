import { createPasswordHasher } from "../../src/platform/passwords.js";

/**
 * The hasher the test app and the fixtures use: the same scheme as production at a far lower
 * work factor, so that making an account takes about a millisecond rather than a hundred or more.
 * Hashes carry their parameters, so these verify like any other. tests/accounts/password-cost.test.ts
 * checks the production cost itself.
 */
export const fixturePasswords = createPasswordHasher({ N: 2 ** 10, r: 8, p: 1 });

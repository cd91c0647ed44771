import { systemRandom } from "../../src/platform/random.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "../../src/modules/accounts/change-password.js";
import { accountsDeps, type AccountsDeps } from "../../src/modules/accounts/deps.js";
import { issueAccountToken } from "../../src/modules/accounts/tokens.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createUser, TEST_PASSWORD } from "../helpers/factories.js";

// The use cases called as the pages call them, without HTTP, so each rule is checked where it lives.
const CHANGED_AT = new Date(Date.UTC(2026, 3, 14, 9, 15));
const NEW_PASSWORD = "violet harbour pancake drum";

let t: TestApp;
let deps: AccountsDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = accountsDeps({
    prisma: t.deps.db.prisma,
    random: systemRandom,
    mailer: t.deps.mailer,
    passwords: t.deps.passwords,
    lockout: { failures: 5, minutes: 15 },
    now: () => CHANGED_AT,
  });
});
afterAll(async () => {
  await t?.close();
});

/** A person signed in on two devices, with a reset link they asked for and never followed. */
async function signedInTwice(email: string) {
  const user = await createUser(t.prisma, { email, fullName: "Pat Changer" });
  const expiresAt = new Date(Date.now() + 60 * 60_000);
  for (const sid of [`${user.id}-here`, `${user.id}-elsewhere`]) {
    await t.prisma.session.create({ data: { sid, data: "{}", expiresAt, userId: user.id } });
  }
  await t.prisma.$transaction((tx) => issueAccountToken(deps, tx, user.id, "RESET_PASSWORD", 1));
  return { user, here: `${user.id}-here` };
}

const passwordMail = (email: string) =>
  t.outbox().filter((m) => m.to.includes(email) && m.subject === "Your password has been changed");

describe("changing a password, called directly", () => {
  it("refuses a wrong current password and changes nothing: hash, sessions, reset link, audit, email", async () => {
    const { user } = await signedInTwice("wrong-current@example.org");
    const result = await changePassword(deps, user.id, `${user.id}-here`, {
      currentPassword: "not the password at all",
      newPassword: NEW_PASSWORD,
    });
    expect(result).toBe("wrong-password");
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(await t.deps.passwords.verify(TEST_PASSWORD, after.passwordHash)).toBe(true);
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(2);
    const tokens = await t.prisma.accountToken.findMany({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
    expect(tokens.map((token) => token.usedAt)).toEqual([null]);
    expect(await t.prisma.auditEvent.count({ where: { subjectId: user.id, action: "user.password-change" } })).toBe(0);
    expect(passwordMail(user.email)).toHaveLength(0);
  });

  it("with the right one, keeps only this session, spends the reset link at the change and says so", async () => {
    const { user, here } = await signedInTwice("right-current@example.org");
    const result = await changePassword(deps, user.id, here, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(result).toBe("changed");
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await t.deps.passwords.verify(NEW_PASSWORD, after.passwordHash)).toBe(true);
    expect(await t.deps.passwords.verify(TEST_PASSWORD, after.passwordHash)).toBe(false);
    const sessions = await t.prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((session) => session.sid)).toEqual([here]);
    const token = await t.prisma.accountToken.findFirstOrThrow({
      where: { userId: user.id, purpose: "RESET_PASSWORD" },
    });
    expect(token.usedAt?.getTime()).toBe(CHANGED_AT.getTime());
    expect(await t.prisma.auditEvent.count({ where: { subjectId: user.id, action: "user.password-change" } })).toBe(1);
    expect(passwordMail(user.email)).toHaveLength(1);
  });
});

import passport from "passport";
import { Strategy as LocalStrategy } from "passport-local";
import type { AccountsService } from "./service.js";

/** A Passport instance of the app's own (not the package's global one). */
export function createPassport(accounts: AccountsService): passport.PassportStatic {
  const instance = new passport.Passport() as passport.PassportStatic;
  instance.use(
    new LocalStrategy({ usernameField: "email", passwordField: "password" }, (email, password, done) => {
      accounts.signIn(email, password).then(
        (result) => (result.ok ? done(null, result.user) : done(null, false, { message: result.reason })),
        (error: unknown) => done(error),
      );
    }),
  );
  instance.serializeUser((user, done) => done(null, user.id));
  instance.deserializeUser((id: string, done) => {
    // A deactivated or deleted user's session stops counting at once.
    accounts.findActiveUser(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error),
    );
  });
  return instance;
}

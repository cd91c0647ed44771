/** The name of the session cookie, which signing out clears. */
export const SESSION_COOKIE = "svp.sid";

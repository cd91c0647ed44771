import type { Actor } from "../../../platform/auth.js";
import type { Db } from "../../../platform/db/index.js";
import type { ThemeValue } from "../types.js";

/** The theme's section, if the actor is a member of the organisation and the theme is still chosen. */
export async function themeOfMember(prisma: Db, actor: Actor, applicationId: string, theme: ThemeValue) {
  const row = await prisma.applicationTheme.findFirst({
    where: { applicationId, theme, application: { organisation: { members: { some: { userId: actor.id } } } } },
    include: { application: true, _count: { select: { evidence: true } } },
  });
  if (!row || !row.application.chosenThemes.split(",").includes(theme)) return null;
  return row;
}

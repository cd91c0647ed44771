// Who the portal's emails go to: the programme leads, or an organisation's members.
import type { Db } from "./db/index.js";
import type { Mailer, MailMessage } from "./mail.js";

type Deps = { prisma: Db; mailer: Mailer };
type Message = Omit<MailMessage, "to">;

/** The addresses of every active programme lead. */
export async function leadEmails(prisma: Db): Promise<string[]> {
  const leads = await prisma.user.findMany({
    where: { role: "PROGRAMME_LEAD", active: true },
    select: { email: true },
  });
  return leads.map((lead) => lead.email);
}

/** The addresses of every active member of an organisation. */
export async function memberEmails(prisma: Db, organisationId: string): Promise<string[]> {
  const rows = await prisma.membership.findMany({
    where: { organisationId, user: { active: true } },
    select: { user: { select: { email: true } } },
  });
  return rows.map((row) => row.user.email);
}

/** Sends a message to every active lead; nothing when there is none. */
export async function tellLeads({ prisma, mailer }: Deps, message: Message): Promise<void> {
  const to = await leadEmails(prisma);
  if (to.length > 0) await mailer.send({ ...message, to });
}

/** Sends a message to every active member of an organisation; nothing when there is none. */
export async function tellMembers({ prisma, mailer }: Deps, organisationId: string, message: Message): Promise<void> {
  const to = await memberEmails(prisma, organisationId);
  if (to.length > 0) await mailer.send({ ...message, to });
}

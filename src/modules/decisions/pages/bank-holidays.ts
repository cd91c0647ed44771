import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { formBody, validate } from "../../../platform/validation.js";
import { bankHolidaySchema } from "../schemas.js";
import type { DecisionsService } from "../service.js";

type Deps = { decisions: DecisionsService };

export function showBankHolidays(deps: Deps): RequestHandler {
  return async (req, res) => {
    const raw = req.query.moved;
    const moved = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    res.render("decisions/bank-holidays", { holidays: await deps.decisions.bankHolidays(), values: {}, moved });
  };
}

export function addBankHoliday(deps: Deps): RequestHandler {
  return async (req, res) => {
    const input = validate(bankHolidaySchema, req.body);
    if (!input.ok) {
      return res.status(400).render("decisions/bank-holidays", {
        holidays: await deps.decisions.bankHolidays(),
        values: formBody(req.body),
        errors: input.errors,
      });
    }
    const moved = await deps.decisions.addBankHoliday(actorOf(req), input.data.date);
    res.redirect(303, `/admin/bank-holidays?moved=${moved}`);
  };
}

import type { RequestHandler } from "express";
import { writeRegister } from "../downloads.js";
import { CSV_FORMAT, JSON_FORMAT } from "../formats.js";
import { registerFilterSchema } from "../schemas.js";
import type { RegisterService } from "../service.js";
import { publicCache } from "./register-page.js";

type Deps = { register: RegisterService };

export function downloadCsv({ register }: Deps): RequestHandler {
  return async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    publicCache(res).type("text/csv; charset=utf-8").attachment("social-value-award-register.csv");
    await writeRegister(res, CSV_FORMAT, register.all(filters));
  };
}

export function downloadJson({ register }: Deps): RequestHandler {
  return async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    publicCache(res).type("application/json; charset=utf-8");
    await writeRegister(res, JSON_FORMAT, register.all(filters));
  };
}

import type { RequestHandler } from "express";
import { erasedQuerySchema } from "../schemas.js";

/** Where an erasure lands: what was erased, and how many stored files are still to go. */
export function showErased(): RequestHandler {
  return (req, res) => {
    res.render("data-protection/erased", erasedQuerySchema.parse(req.query));
  };
}

import { randomBytes } from "node:crypto";

/**
 * Where unguessable values come from: the tokens in emailed links, certificate codes, stored
 * files' keys and password salts. The composition root passes the system's secure source.
 */
export interface Random {
  bytes(size: number): Buffer;
}

export const systemRandom: Random = { bytes: (size) => randomBytes(size) };

import { existsSync, readFileSync } from "node:fs";
import { fromRoot } from "./paths.js";

export type AssetManifest = Record<string, string>;

export const ASSET_BUILD_FOLDER = fromRoot("public", "build");

/** Reads the fingerprinted names written by scripts/build-assets.mjs. */
export function loadAssetManifest(): AssetManifest {
  const file = fromRoot("public", "build", "manifest.json");
  if (!existsSync(file)) {
    throw new Error("The portal's styles and scripts have not been built: run `npm run build` first.");
  }
  return JSON.parse(readFileSync(file, "utf8")) as AssetManifest;
}

export function assetPath(manifest: AssetManifest, name: string): string {
  const built = manifest[name];
  if (!built) throw new Error(`Unknown asset ${name}`);
  return `/assets/${built}`;
}

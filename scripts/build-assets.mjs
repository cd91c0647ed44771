// Compiles the styles and copies the scripts into public/build/, each file named with a hash of
// its content so that browsers may cache it for a year; manifest.json maps plain names to them.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as sass from "sass";

const out = path.resolve("public/build");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = {};

function emit(name, content) {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 12);
  const ext = path.extname(name);
  const built = `${path.basename(name, ext)}.${hash}${ext}`;
  writeFileSync(path.join(out, built), content);
  manifest[name] = built;
  return built;
}

const css = sass.compile("src/styles/application.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
emit("application.css", css.css);

const govukJs = emit(
  "govuk-frontend.js",
  readFileSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", "utf8").replace(
    /\/\/# sourceMappingURL=.*$/m,
    "",
  ),
);
emit(
  "application.js",
  readFileSync("public/js/application.js", "utf8").replace("GOVUK_FRONTEND_PATH", `/assets/${govukJs}`),
);

writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(`Built ${readdirSync(out).length - 1} assets into public/build`);

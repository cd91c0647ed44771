// Figures for the award application's performance targets:
//   1. the task list and a theme page need a fixed number of SQL queries however many themes and files;
//   2. uploading a 20 MB file keeps the server's memory flat (the file is streamed to disk).
// Run with `npm run bench`. It prints figures; it asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApp, createDeps } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { createLogger } from "../../src/platform/logging.js";
import { createPasswordHasher } from "../../src/platform/passwords.js";

const PASSWORD = "a benchmark passphrase";
const folder = mkdtempSync(path.join(os.tmpdir(), "svp-bench-"));

class Browser {
  cookie = "";
  constructor(readonly base: string) {}
  async request(pathname: string, init: RequestInit = {}) {
    const response = await fetch(`${this.base}${pathname}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookie },
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith("svp.sid="));
    if (set) this.cookie = set.split(";")[0]!;
    return response;
  }
  async token(pathname: string) {
    const html = await (await this.request(pathname)).text();
    return {
      token: /name="_csrf" value="([^"]+)"/.exec(html)![1]!,
      version: /name="version" value="(\d+)"/.exec(html)?.[1] ?? "0",
    };
  }
  async post(pathname: string, fields: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
    return this.request(pathname, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }
}

async function seedApplicant(prisma: ReturnType<typeof createDatabase>["prisma"]) {
  const user = await prisma.user.create({
    data: {
      email: "bench@example.org",
      fullName: "Bench Applicant",
      passwordHash: await createPasswordHasher().hash(PASSWORD),
    },
  });
  await prisma.organisation.create({
    data: {
      name: "Bench Trust",
      type: "VCFSE",
      addressLine1: "1 Test Street",
      town: "Liverpool",
      postcode: "L1 1AA",
      sizeBand: "SMALL",
      places: { create: [{ place: "LIVERPOOL" }] },
      members: { create: { userId: user.id, isOwner: true } },
    },
  });
}

async function startApplication(browser: Browser): Promise<string> {
  const signIn = await browser.token("/sign-in");
  await browser.post("/sign-in", { _csrf: signIn.token, email: "bench@example.org", password: PASSWORD });
  const apply = await browser.token("/apply");
  const started = await browser.post("/apply", {
    _csrf: apply.token,
    organisationType: "VCFSE",
    worksInPlaces: "yes",
    authorised: "yes",
  });
  const id = /\/applications\/([^/?]+)/.exec(started.headers.get("location") ?? "")![1]!;
  const themes = await browser.token(`/applications/${id}/themes`);
  await browser.post(`/applications/${id}/themes`, {
    _csrf: themes.token,
    version: themes.version,
    action: "continue",
    chosenThemes: ["SOCIAL", "ECONOMIC", "ENVIRONMENT", "INNOVATION"],
  });
  return id;
}

async function queryCounts() {
  const url = `file:${path.join(folder, "queries.db")}`;
  await migrate("sqlite", url);
  let queries = 0;
  const db = createDatabase("sqlite", url, { onQuery: () => (queries += 1) });
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: url,
    UPLOAD_DIR: path.join(folder, "uploads"),
    OUTBOX_DIR: path.join(folder, "outbox"),
    SEED_DEMO_DATA: "false",
  });
  const app = createApp(createDeps(config, createLogger("silent"), db));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const browser = new Browser(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await seedApplicant(db.prisma);
  const id = await startApplication(browser);
  const themes = await db.prisma.applicationTheme.findMany({ where: { applicationId: id } });

  console.log("Queries per page view (SQLite), by evidence files on the application:");
  console.log("  files  task list  theme page");
  let added = 0;
  for (const target of [0, 4, 20, 40]) {
    while (added < target) {
      const theme = themes[added % themes.length]!;
      await db.prisma.evidenceFile.create({
        data: {
          applicationThemeId: theme.id,
          storageKey: `evidence/bench${added}`,
          originalName: `file-${added}.pdf`,
          description: "Bench file",
          contentType: "application/pdf",
          kind: "pdf",
          size: 1000,
        },
      });
      added += 1;
    }
    queries = 0;
    await (await browser.request(`/applications/${id}`)).text();
    const taskList = queries;
    queries = 0;
    await (await browser.request(`/applications/${id}/themes/social`)).text();
    console.log(`  ${String(target).padStart(5)}  ${String(taskList).padStart(9)}  ${String(queries).padStart(10)}`);
  }
  server.close();
  await db.close();
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

async function uploadMemory() {
  const url = `file:${path.join(folder, "upload.db")}`;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: url,
      UPLOAD_DIR: path.join(folder, "up"),
      OUTBOX_DIR: path.join(folder, "out2"),
      SEED_DEMO_DATA: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+).*"msg":"portal listening"/.exec(output);
      if (match) resolve(Number(match[1]));
    });
  });
  const db = createDatabase("sqlite", url);
  await seedApplicant(db.prisma);
  const browser = new Browser(`http://127.0.0.1:${port}`);
  const id = await startApplication(browser);
  const page = `/applications/${id}/themes/social`;

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    "\nUploading PDFs to the running server (the evidence limit is 20 MB, so the 40 MB one is read and refused):",
  );
  console.log("  file    HTTP  seconds  resident before  highest during  growth");
  for (const fileMb of [1, 5, 20, 40]) {
    const file = path.join(folder, `evidence-${fileMb}.pdf`);
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("%PDF-1.4\n"),
        Buffer.alloc(fileMb * 1024 * 1024 - 20, 0x20),
        Buffer.from("\n%%EOF\n"),
      ]),
    );
    const before = rssOf(child.pid!).rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!).rss)), 5);
    const { token, version } = await browser.token(page);
    const started = Date.now();
    const curl = spawn("curl", [
      "-s",
      "-o",
      "/dev/null",
      "-w",
      "%{http_code}",
      "-H",
      `Cookie: ${browser.cookie}`,
      "-F",
      `_csrf=${token}`,
      "-F",
      `version=${version}`,
      "-F",
      "action=upload",
      "-F",
      "evidenceDescription=Large report",
      "-F",
      `evidenceFile=@${file};type=application/pdf`,
      `http://127.0.0.1:${port}${page}`,
    ]);
    let status = "";
    curl.stdout.on("data", (chunk: Buffer) => (status += chunk.toString()));
    await new Promise((resolve) => curl.on("exit", resolve));
    clearInterval(sampler);
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    console.log(
      `  ${`${fileMb} MB`.padEnd(6)}  ${status.padEnd(4)}  ${seconds.padStart(7)}  ${mb(before).padStart(15)}  ${mb(peak).padStart(14)}  ${mb(peak - before).padStart(7)}`,
    );
  }
  console.log(`  files kept: ${await db.prisma.evidenceFile.count()}`);
  child.kill("SIGTERM");
  await db.close();
}

try {
  await queryCounts();
  await uploadMemory();
} finally {
  rmSync(folder, { recursive: true, force: true });
}

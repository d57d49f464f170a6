import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

const run = promisify(execFile);
const token = "123456:AAFakeTokenForTheTestsOnly_0123456789";

describe("configuration", () => {
  it("uses the documented defaults when only the token is given", () => {
    const result = loadConfig({ TELEGRAM_BOT_TOKEN: token });

    expect(result.ok && result.config).toMatchObject({
      databaseUrl: "file:./data/drive.db",
      drive: { timezone: "Europe/Paris" },
      mode: { kind: "polling" },
      telegram: { apiRoot: "https://api.telegram.org" },
    });
  });

  it("names each bad variable on a line of its own, with the fix", () => {
    const result = loadConfig({
      TELEGRAM_BOT_TOKEN: "nope",
      DRIVE_TIMEZONE: "Europe/Nowhere",
      BOT_MODE: "webhook",
      PORT: "70000",
    });

    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/^TELEGRAM_BOT_TOKEN .*@BotFather.*\.env/);
    expect(errors.some((line) => line.startsWith("DRIVE_TIMEZONE must be an IANA zone"))).toBe(
      true,
    );
    expect(errors.some((line) => line.startsWith("WEBHOOK_URL is required"))).toBe(true);
    expect(errors.some((line) => line.startsWith("WEBHOOK_SECRET is required"))).toBe(true);
    expect(errors.some((line) => line.startsWith("PORT must be a port number"))).toBe(true);
  });

  it("treats an empty variable as a missing one", () => {
    const result = loadConfig({ TELEGRAM_BOT_TOKEN: token, DATABASE_URL: " " });

    expect(result.ok && result.config.databaseUrl).toBe("file:./data/drive.db");
  });

  it("stops at start with one clear line and status 1 when the token is missing", async () => {
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: "", DOTENV_CONFIG_PATH: "/nonexistent" };
    const failure = await run("npx", ["tsx", "src/main.ts"], { env, timeout: 20_000 }).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );

    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split("\n")).toEqual([
      "Configuration: TELEGRAM_BOT_TOKEN is missing: get one from @BotFather in Telegram " +
        "(/newbot) and put TELEGRAM_BOT_TOKEN=<token> in .env",
    ]);
  });
});

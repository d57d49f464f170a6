import "dotenv/config";
import { startApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";

// A configuration mistake is the user's to fix: one line per bad variable, no stack trace.
const result = loadConfig(process.env);
if (!result.ok) {
  for (const line of result.errors) console.error(`Configuration: ${line}`);
  process.exit(1);
}
const config = result.config;
const logger = createLogger(config.logLevel, [config.telegram.token]);

try {
  const app = await startApp(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  logger.fatal({ err: error }, "could not start");
  process.exit(1);
}

import "dotenv/config";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { runCommand, usage } from "./commands.ts";

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        demo: { type: "boolean" },
        farm: { type: "string" },
        member: { type: "string" },
        day: { type: "string" },
        task: { type: "string" },
        to: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
})();

if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const result = loadConfig(process.env, { tokenRequired: false });
if (!result.ok) {
  for (const line of result.errors) console.error(`Configuration: ${line}`);
  process.exit(1);
}
const config: Config = result.config;
const logger = createLogger(process.env.LOG_LEVEL ?? "warn", [config.telegram.token]);

try {
  const code = await runCommand(config, logger, positionals, values);
  process.exit(code);
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}

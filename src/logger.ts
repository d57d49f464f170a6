import { pino, stdSerializers, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on stdout. Personal fields are redacted, and the secrets
 * given (the bot token) are scrubbed from error messages: network errors
 * quote the request URL, which carries the token.
 */
export function createLogger(level: string, secrets: string[] = []): Logger {
  const scrub = (text: string) =>
    secrets.reduce((out, secret) => (secret ? out.split(secret).join("[token]") : out), text);
  return pino({
    level,
    base: { app: "drive-fermier" },
    redact: {
      paths: ["token", "*.token", "phone", "*.phone", "address", "*.address", "text", "*.text"],
      censor: "[hidden]",
    },
    serializers: {
      err: (error: Error) => {
        const serialized = stdSerializers.err(error);
        serialized.message = scrub(serialized.message);
        serialized.stack = scrub(serialized.stack);
        return serialized;
      },
    },
  });
}

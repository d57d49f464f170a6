import { createHmac, timingSafeEqual } from "node:crypto";

/** Telegram refuses callback data over 64 bytes. */
export const callbackDataLimit = 64;

type FieldValues<F extends readonly string[]> = { [K in F[number]]: number };

export type CallbackAction<F extends readonly string[]> = {
  readonly prefix: string;
  /** Matches every callback of this action, valid or not, for `bot.action`. */
  readonly pattern: RegExp;
  pack(key: CallbackKey, values: FieldValues<F>): string;
  /** The values, or null when the data was not made by this bot for this user. */
  parse(key: CallbackKey, data: string): FieldValues<F> | null;
};

export type CallbackSigner = (text: string) => string;

/** Who a button is for, and how to sign it. */
export type CallbackKey = { signer: CallbackSigner; userId: number };

/** Signs with a key derived from the bot token: 8 characters, 48 bits of HMAC. */
export function createCallbackSigner(secret: string): CallbackSigner {
  const key = createHmac("sha256", "drive-fermier/callback").update(secret).digest();
  return (text) => createHmac("sha256", key).update(text).digest("base64url").slice(0, 8);
}

/**
 * Declares a typed button action: `prefix:1:2:signature`. Values are
 * non-negative integers (ids, pages, quantities). The signature covers the
 * user id, so data copied from someone else's button, or invented, is refused
 * before any handler runs; handlers still check that the ids are the user's.
 */
export function defineAction<const F extends readonly string[]>(
  prefix: string,
  fields: F,
): CallbackAction<F> {
  if (!/^[a-z][a-z0-9]{0,5}$/.test(prefix)) throw new Error(`bad callback prefix "${prefix}"`);
  return {
    prefix,
    pattern: new RegExp(`^${prefix}(:|$)`),
    pack({ signer, userId }, values) {
      const parts = fields.map((field) => {
        const value = values[field as F[number]];
        if (!Number.isSafeInteger(value) || value < 0) {
          throw new Error(`callback ${prefix}.${field} must be a non-negative integer`);
        }
        return value.toString(36);
      });
      const body = [prefix, ...parts].join(":");
      const data = `${body}:${signer(`${userId}|${body}`)}`;
      if (Buffer.byteLength(data) > callbackDataLimit) {
        throw new Error(`callback data for ${prefix} is over ${callbackDataLimit} bytes`);
      }
      return data;
    },
    parse({ signer, userId }, data) {
      const parts = data.split(":");
      if (parts.length !== fields.length + 2 || parts[0] !== prefix) return null;
      const signature = parts.pop()!;
      const body = parts.join(":");
      const expected = signer(`${userId}|${body}`);
      if (signature.length !== expected.length) return null;
      if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
      const values: Record<string, number> = {};
      for (const [index, field] of fields.entries()) {
        const text = parts[index + 1]!;
        if (!/^[0-9a-z]{1,11}$/.test(text)) return null;
        values[field] = parseInt(text, 36);
      }
      return values as FieldValues<F>;
    },
  };
}

import { badRequest } from "./api-failure.ts";

// The tags Telegram's HTML parse mode accepts; anything else is refused, as Telegram does.
const SUPPORTED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
]);

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * Returns the plain text Telegram would store for `html`, or throws the 400 Telegram answers
 * when the markup cannot be parsed (unknown or unbalanced tags, a bare `<`).
 */
export function parseHtmlText(html: string): string {
  const open: string[] = [];
  let plain = "";
  let i = 0;

  while (i < html.length) {
    const char = html[i];
    if (char === "&") {
      const entity = readEntity(html, i);
      plain += entity.text;
      i = entity.end;
    } else if (char === "<") {
      i = readTag(html, i, open);
    } else {
      plain += char;
      i += 1;
    }
  }

  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    throw cannotParse(`Can't find end tag corresponding to start tag "${unclosed}"`);
  }
  return plain;
}

function readEntity(html: string, start: number): { text: string; end: number } {
  const match = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(start, start + 12));
  const name = match?.[1];
  if (match === null || name === undefined) return { text: "&", end: start + 1 };

  const end = start + match[0].length;
  if (name.startsWith("#x") || name.startsWith("#X")) {
    return { text: String.fromCodePoint(parseInt(name.slice(2), 16)), end };
  }
  if (name.startsWith("#")) return { text: String.fromCodePoint(Number(name.slice(1))), end };

  const named = NAMED_ENTITIES[name.toLowerCase()];
  // Telegram leaves an unknown named entity as literal text.
  return named === undefined ? { text: "&", end: start + 1 } : { text: named, end };
}

function readTag(html: string, start: number, open: string[]): number {
  const offset = Buffer.byteLength(html.slice(0, start));
  const closing = html[start + 1] === "/";
  const nameStart = start + (closing ? 2 : 1);
  const name = /^[a-z][a-z0-9-]*/i.exec(html.slice(nameStart))?.[0]?.toLowerCase() ?? "";

  if (name === "") {
    throw cannotParse(`Unexpected end of name token at byte offset ${offset}`);
  }

  const close = html.indexOf(">", nameStart);
  if (close === -1) throw cannotParse(`Unclosed start tag at byte offset ${offset}`);

  if (closing) {
    const expected = open.pop();
    if (expected === undefined) throw cannotParse(`Unexpected end tag at byte offset ${offset}`);
    if (expected !== name) {
      throw cannotParse(
        `Unmatched end tag at byte offset ${offset}, expected "</${expected}>", found "</${name}>"`,
      );
    }
    return close + 1;
  }

  if (!SUPPORTED_TAGS.has(name)) {
    throw cannotParse(`Unsupported start tag "${name}" at byte offset ${offset}`);
  }
  const attributes = html.slice(nameStart + name.length, close);
  checkAttributes(name, attributes, offset);
  open.push(name);
  return close + 1;
}

function checkAttributes(tag: string, attributes: string, offset: number): void {
  const rest = attributes.replace(/\s*[a-z-]+\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)|\s+[a-z-]+/gi, "");
  if (rest.trim() !== "") {
    throw cannotParse(`Unclosed start tag at byte offset ${offset}`);
  }
  if (tag === "span" && !/class\s*=\s*["']?tg-spoiler/i.test(attributes)) {
    throw cannotParse(`Tag "span" must have class "tg-spoiler" at byte offset ${offset}`);
  }
  if (tag === "tg-emoji" && !/emoji-id\s*=/i.test(attributes)) {
    throw cannotParse(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${offset}`);
  }
}

function cannotParse(detail: string): Error {
  return badRequest(`can't parse entities: ${detail}`);
}

/** Telegram refuses a text message longer than this (counted in UTF-16 units, like .length). */
export const telegramMessageLimit = 4096;

/**
 * Cuts a text into messages of at most `limit` characters, between lines. A line longer than
 * the limit is cut at its last space in the window, or hard when there is none, never inside
 * a surrogate pair. Blank lines left at the edge of a message are dropped: Telegram would
 * trim them anyway.
 */
export function splitMessage(text: string, limit = telegramMessageLimit): string[] {
  if (text.length <= limit) return [text];

  const messages: string[] = [];
  let current: string | null = null;
  for (const line of text.split("\n")) {
    for (const piece of splitLongLine(line, limit)) {
      if (current === null) current = piece;
      else if (current.length + 1 + piece.length <= limit) current += `\n${piece}`;
      else {
        messages.push(current);
        current = piece;
      }
    }
  }
  if (current !== null) messages.push(current);

  return messages
    .map((message) => message.replace(/^\n+|\n+$/g, ""))
    .filter((message) => message !== "");
}

function splitLongLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = limit;
    const space = rest.lastIndexOf(" ", limit - 1);
    if (space >= limit / 2) cut = space + 1;
    else if (isHighSurrogate(rest.charCodeAt(cut - 1)) && cut > 1) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

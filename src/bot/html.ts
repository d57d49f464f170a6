/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A value already escaped, which `html` leaves as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks markup written by us (not a user) as safe to interpolate. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * Tagged template for locale texts: every interpolated value is escaped
 * unless it is SafeHtml, so a name like "<Bio & Co>" can never break a message.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, index) => {
    if (index === 0) return part;
    const value = values[index - 1];
    const text = value instanceof SafeHtml ? value.value : escapeHtml(String(value ?? ""));
    return out + text + part;
  }, "");
}

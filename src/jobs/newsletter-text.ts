import type { Texts } from "../bot/i18n.ts";
import { escapeHtml } from "../bot/html.ts";
import type { NewsletterContent } from "../db/newsletter.ts";
import { formatDateTime, formatPickupWindow } from "../domain/calendar.ts";
import type { Language } from "../domain/values.ts";

export type NewsletterInput = {
  driveName: string;
  timezone: string;
  closesAt: Date;
  pickupStartsAt: Date;
  pickupEndsAt: Date;
  note: string | null;
  content: NewsletterContent;
};

/** The opening newsletter in one language, as Telegram HTML. */
export function renderNewsletter(t: Texts, lang: Language, input: NewsletterInput): string {
  const n = t.newsletter;
  const { content } = input;
  const blocks: string[] = [n.title(input.driveName)];
  if (input.note) blocks.push(`✍️ ${escapeHtml(input.note)}`);
  if (content.newProducers.length > 0) {
    const lines = content.newProducers.map((producer) => n.producer(producer.name, producer.town));
    blocks.push([n.newProducers, ...lines].join("\n"));
  }
  const list = (title: string, items: NewsletterContent["newProducts"]) => {
    if (items.length === 0) return;
    // A long catalogue would hide the essentials; the first dozen give the flavour.
    const shown = items.slice(0, 12).map((item) => n.product(item.name, item.producer));
    blocks.push([title, ...shown, ...(items.length > 12 ? ["…"] : [])].join("\n"));
  };
  list(n.newProducts, content.newProducts);
  list(n.seasonal, content.seasonal);
  blocks.push(n.orderUntil(formatDateTime(input.closesAt, input.timezone, lang)));
  const window = formatPickupWindow(input.pickupStartsAt, input.pickupEndsAt, input.timezone, lang);
  const point = content.pickupPoint;
  const place = point ? [point.name, point.address].filter(Boolean).join(", ") : n.pickupNoPlace;
  blocks.push(n.pickup(window, place));
  blocks.push(n.unsubscribeHint);
  return blocks.join("\n\n");
}

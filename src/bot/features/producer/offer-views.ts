import type { OwnOffer } from "../../../db/producer-offers.ts";
import type { Session } from "../../../db/sessions.ts";
import { formatDateTime } from "../../../domain/calendar.ts";
import { formatQuantity } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import {
  askOfferPrice,
  askOfferQuantity,
  copyOffer,
  openCatalogue,
  openOffer,
  openOfferDetail,
  setUnlimited,
  toggleOffered,
} from "./actions.ts";
import { priceText } from "./catalogue-views.ts";
import { formatWeekday } from "./day-text.ts";
import { button, type View } from "./ui.ts";

function isOffered(own: OwnOffer): boolean {
  return own.offer?.active === true;
}

/** "6 × 500 g" stays readable as "3 kg": quantities in the product's own words. */
export function quantityText(ctx: BotContext, own: OwnOffer, steps: number): string {
  return formatQuantity(steps, own.product, ctx.lang);
}

/** The session's offer: each product offered or not, with price and stock, one button each. */
export function offerView(
  ctx: BotContext,
  farm: string,
  session: Session,
  offers: OwnOffer[],
): View {
  const t = ctx.t.producer.offer;
  const { timezone } = ctx.drive;
  const title = t.title({
    farm,
    pickup: formatWeekday(session.pickupStartsAt, timezone, ctx.lang),
    open: session.status === "open",
    opens: formatDateTime(session.opensAt, timezone, ctx.lang),
  });
  const lines = offers.map((own) => {
    if (!isOffered(own) || !own.offer) return t.lineNotOffered(own.product.name);
    const sold = quantityText(ctx, own, own.offer.soldSteps);
    const stock =
      own.offer.remainingSteps === null
        ? t.stockUnlimited(sold)
        : t.stockLeft(quantityText(ctx, own, own.offer.remainingSteps), sold);
    return t.lineOffered({
      name: own.product.name,
      stock,
      ...priceText(ctx, own.product, own.offer.priceCents),
    });
  });
  const body = offers.length ? [...lines, "", t.hint] : [t.noProducts];
  return {
    text: [title, "", ...body].join("\n"),
    buttons: [
      ...offers.map((own) => [
        button(ctx, `${isOffered(own) ? "✅" : "▫️"} ${own.product.name}`, openOfferDetail, {
          product: own.product.id,
          session: session.id,
        }),
      ]),
      [button(ctx, t.copyButton, copyOffer, { session: session.id })],
      [button(ctx, ctx.t.producer.catalogue.backToList, openCatalogue, {})],
    ],
  };
}

/** One product's offer in the session, with the switches and what can be typed. */
export function offerDetailView(
  ctx: BotContext,
  sessionId: number,
  own: OwnOffer,
  notice?: string,
): View {
  const t = ctx.t.producer.offer;
  const offer = own.offer;
  const sold = offer?.soldSteps ?? 0;
  const total =
    offer && offer.remainingSteps !== null
      ? quantityText(ctx, own, offer.remainingSteps + sold)
      : t.unlimited;
  const text = t.detail({
    name: own.product.name,
    offered: isOffered(own),
    total,
    sold: quantityText(ctx, own, sold),
    ...priceText(ctx, own.product, offer?.priceCents ?? own.product.priceCents),
  });
  const ids = { product: own.product.id, session: sessionId };
  return {
    text: notice ? `${notice}\n\n${text}` : text,
    buttons: [
      [
        isOffered(own)
          ? button(ctx, t.offerOff, toggleOffered, { ...ids, on: 0 })
          : button(ctx, t.offerOn, toggleOffered, { ...ids, on: 1 }),
      ],
      [
        button(ctx, t.setQuantity, askOfferQuantity, ids),
        button(ctx, t.setUnlimited, setUnlimited, ids),
      ],
      [button(ctx, t.setPrice, askOfferPrice, ids)],
      [button(ctx, t.backToOffer, openOffer, {})],
    ],
  };
}

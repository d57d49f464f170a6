import type { OwnProduct } from "../../../db/producer-products.ts";
import { formatEuros } from "../../../domain/money.ts";
import { formatStep } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import {
  editField,
  openCatalogue,
  openOffer,
  openProduct,
  productFields,
  retireProduct,
  startAddProduct,
  togglePermanent,
} from "./actions.ts";
import { button, type View } from "./ui.ts";

export function priceText(
  ctx: BotContext,
  product: Pick<OwnProduct, "unit" | "stepSize">,
  cents: number,
) {
  return { price: formatEuros(cents, ctx.lang), step: formatStep(product, ctx.lang) };
}

/** The farm's products, one button each, with adding and the session offer below. */
export function catalogueView(ctx: BotContext, farm: string, products: OwnProduct[]): View {
  const t = ctx.t.producer.catalogue;
  const lines = products.map((product) =>
    t.line({
      name: product.name,
      category: product.category,
      permanent: product.permanent,
      ...priceText(ctx, product, product.priceCents),
    }),
  );
  const text = [t.title(farm), "", ...(lines.length ? [...lines, "", t.hint] : [t.empty])];
  return {
    text: text.join("\n"),
    buttons: [
      ...products.map((product) => [
        button(ctx, product.name, openProduct, { product: product.id }),
      ]),
      [button(ctx, t.addButton, startAddProduct, {})],
      [button(ctx, t.offerButton, openOffer, {})],
    ],
  };
}

/** One product with a button per field, the sale kind, retiring and the way back. */
export function productView(ctx: BotContext, product: OwnProduct, notice?: string): View {
  const t = ctx.t.producer.catalogue;
  const text = t.product({
    name: product.name,
    category: product.category,
    description: product.description,
    hasPhoto: product.photoFileId !== null,
    permanent: product.permanent,
    ...priceText(ctx, product, product.priceCents),
  });
  const field = (name: (typeof productFields)[number]) =>
    button(ctx, t.fields[name], editField, {
      product: product.id,
      field: productFields.indexOf(name),
    });
  return {
    text: notice ? `${notice}\n\n${text}` : text,
    buttons: [
      [field("name"), field("category")],
      [field("unit"), field("price")],
      [field("description"), field("photo")],
      [
        button(ctx, product.permanent ? t.permanentOn : t.permanentOff, togglePermanent, {
          product: product.id,
        }),
      ],
      [button(ctx, t.retire, retireProduct, { product: product.id, confirm: 0 })],
      [button(ctx, t.backToList, openCatalogue, {})],
    ],
  };
}

export function retireView(ctx: BotContext, product: OwnProduct): View {
  const t = ctx.t.producer.catalogue;
  return {
    text: t.retireConfirm(product.name),
    buttons: [
      [button(ctx, t.retireYes, retireProduct, { product: product.id, confirm: 1 })],
      [button(ctx, t.retireNo, openProduct, { product: product.id })],
    ],
  };
}

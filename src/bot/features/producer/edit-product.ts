import type { Composer } from "telegraf";
import { Markup } from "telegraf";
import { z } from "zod";
import {
  changeOwnProductUnit,
  findOwnProduct,
  updateOwnProduct,
  type ProductChange,
} from "../../../db/producer-products.ts";
import { parseEuros } from "../../../domain/money.ts";
import { formatStep, type Measure } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import { hasRole } from "../../roles.ts";
import { editField, pickEditUnit, productFields, type ProductField } from "./actions.ts";
import { unitButtons } from "./add-product.ts";
import { showProduct } from "./catalogue.ts";
import { readCategory, readDescription, readMeasure, readName } from "./product-input.ts";
import { alert, button, farmOf, largestPhoto, onProducerAction } from "./ui.ts";
import { unitPresets } from "./units.ts";

const editStep = "fm.edit";
const editSchema = z.object({ productId: z.number().int(), field: z.enum(productFields) });

async function saveChange(ctx: BotContext, productId: number, change: ProductChange) {
  const saved = await ctx.deps.db.$transaction((tx) =>
    updateOwnProduct(tx, farmOf(ctx), productId, change),
  );
  await ctx.conversation.leave();
  if (!saved) return alert(ctx, ctx.t.producer.catalogue.notYours);
  ctx.log.info({ productId, fields: Object.keys(change) }, "product changed");
  await showProduct(ctx, productId, ctx.t.producer.catalogue.saved);
}

async function saveUnit(ctx: BotContext, productId: number, measure: Measure) {
  const result = await changeOwnProductUnit(ctx.deps.db, farmOf(ctx), productId, measure);
  await ctx.conversation.leave();
  const t = ctx.t.producer.catalogue;
  if (!result.ok) return alert(ctx, result.reason === "already_sold" ? t.unitLocked : t.notYours);
  ctx.log.info({ productId }, "product unit changed");
  await showProduct(ctx, productId, t.saved);
}

/** The question for one field, with the unit presets or a skip where they help. */
function promptFor(ctx: BotContext, field: ProductField, productId: number, step: string) {
  const ask = ctx.t.producer.catalogue.ask;
  switch (field) {
    case "name":
      return { text: ask.name, rows: [] };
    case "category":
      return { text: ask.categoryTyped, rows: [] };
    case "unit": {
      const rows = unitButtons((index) =>
        button(ctx, formatStep(unitPresets[index]!, ctx.lang), pickEditUnit, {
          product: productId,
          index,
        }),
      );
      return { text: ask.unit, rows };
    }
    case "price":
      return { text: ask.price(step), rows: [] };
    case "description":
      return { text: ask.descriptionEdit, rows: [] };
    case "photo":
      return { text: ask.photoEdit, rows: [] };
  }
}

export function registerEditProductActions(composer: Composer<BotContext>): void {
  onProducerAction(composer, editField, async (ctx, values) => {
    const field = productFields[values.field];
    const product = await findOwnProduct(ctx.deps.db, farmOf(ctx), values.product);
    if (!field || !product) return alert(ctx, ctx.t.producer.catalogue.notYours);
    await ctx.conversation.enter(editStep, { productId: product.id, field });
    const prompt = promptFor(ctx, field, product.id, formatStep(product, ctx.lang));
    await ctx.answerCbQuery();
    await ctx.reply(prompt.text, { parse_mode: "HTML", ...Markup.inlineKeyboard(prompt.rows) });
  });

  onProducerAction(composer, pickEditUnit, async (ctx, { product, index }) => {
    const measure = unitPresets[index];
    const state = editSchema.safeParse(ctx.conversation.data);
    const current = ctx.conversation.step === editStep && state.success ? state.data : null;
    if (!measure || current?.field !== "unit" || current.productId !== product) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    await saveUnit(ctx, product, measure);
  });
}

export function registerEditProductSteps(composer: Composer<BotContext>): void {
  onStepText(composer, editStep, async (ctx) => {
    const state = editSchema.safeParse(ctx.conversation.data);
    if (!state.success || !hasRole(ctx.member, "producer")) return ctx.conversation.leave();
    const { productId, field } = state.data;
    const bad = ctx.t.producer.catalogue.bad;
    const text = ctx.message.text;
    switch (field) {
      case "name": {
        const name = readName(text);
        return name ? saveChange(ctx, productId, { name }) : ctx.reply(bad.name);
      }
      case "category": {
        const category = readCategory(text);
        return category ? saveChange(ctx, productId, { category }) : ctx.reply(bad.category);
      }
      case "unit": {
        const measure = readMeasure(text);
        return measure ? saveUnit(ctx, productId, measure) : ctx.reply(bad.unit);
      }
      case "price": {
        const price = parseEuros(text);
        if (!price.ok || price.cents <= 0) return ctx.reply(bad.price);
        return saveChange(ctx, productId, { priceCents: price.cents });
      }
      case "description": {
        const description = readDescription(text);
        if (description === null) return ctx.reply(bad.description);
        return saveChange(ctx, productId, { description });
      }
      case "photo":
        return ctx.reply(bad.photo);
    }
  });

  composer.on("photo", async (ctx, next) => {
    const state = editSchema.safeParse(ctx.conversation.data);
    if (ctx.conversation.step !== editStep || !state.success || state.data.field !== "photo") {
      return next();
    }
    if (!hasRole(ctx.member, "producer")) return ctx.conversation.leave();
    const largest = largestPhoto(ctx.message.photo);
    if (!largest) return next();
    await saveChange(ctx, state.data.productId, { photoFileId: largest });
  });
}

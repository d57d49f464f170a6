import type { Composer } from "telegraf";
import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { createOwnProduct, listCategories } from "../../../db/producer-products.ts";
import { parseEuros } from "../../../domain/money.ts";
import { formatStep, type Measure } from "../../../domain/quantity.ts";
import { unitSchema } from "../../../domain/values.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import { hasRole } from "../../roles.ts";
import { pickCategory, pickKind, pickUnit, skipStep, startAddProduct } from "./actions.ts";
import { showProduct } from "./catalogue.ts";
import { button, farmOf, largestPhoto, onProducerAction } from "./ui.ts";
import { unitPresets } from "./units.ts";
import { readCategory, readDescription, readName, readMeasure } from "./product-input.ts";

const draftSchema = z.object({
  name: z.string().optional(),
  category: z.string().optional(),
  categories: z.array(z.string()).optional(),
  unit: unitSchema.optional(),
  stepSize: z.number().int().positive().optional(),
  priceCents: z.number().int().positive().optional(),
  description: z.string().optional(),
  photoFileId: z.string().nullable().optional(),
});
type Draft = z.infer<typeof draftSchema>;

const steps = {
  name: "fm.add.name",
  category: "fm.add.category",
  unit: "fm.add.unit",
  price: "fm.add.price",
  description: "fm.add.description",
  photo: "fm.add.photo",
  kind: "fm.add.kind",
} as const;

function draftOf(ctx: BotContext): Draft {
  const parsed = draftSchema.safeParse(ctx.conversation.data);
  return parsed.success ? parsed.data : {};
}

async function next(
  ctx: BotContext,
  step: string,
  draft: Draft,
  text: string,
  keyboard: InlineKeyboardButton[][] = [],
): Promise<void> {
  await ctx.conversation.enter(step, draft);
  await ctx.reply(text, { parse_mode: "HTML", ...Markup.inlineKeyboard(keyboard) });
}

/** The preset steps as two rows of buttons. */
export function unitButtons(
  pack: (index: number) => InlineKeyboardButton,
): InlineKeyboardButton[][] {
  const row = unitPresets.map((_, index) => pack(index));
  return [row.slice(0, 3), row.slice(3)];
}

async function askCategory(ctx: BotContext, draft: Draft): Promise<void> {
  const categories = (await listCategories(ctx.deps.db, ctx.deps.driveId)).slice(0, 24);
  const buttons = categories.map((category, index) =>
    button(ctx, category, pickCategory, { index }),
  );
  const rows = [];
  for (let at = 0; at < buttons.length; at += 3) rows.push(buttons.slice(at, at + 3));
  const t = ctx.t.producer.catalogue.ask;
  const question = categories.length ? t.category : t.categoryTyped;
  await next(ctx, steps.category, { ...draft, categories }, question, rows);
}

async function askUnit(ctx: BotContext, draft: Draft): Promise<void> {
  const rows = unitButtons((index) =>
    button(ctx, formatStep(unitPresets[index]!, ctx.lang), pickUnit, { index }),
  );
  await next(ctx, steps.unit, draft, ctx.t.producer.catalogue.ask.unit, rows);
}

async function askPrice(ctx: BotContext, draft: Draft, measure: Measure): Promise<void> {
  const step = formatStep(measure, ctx.lang);
  await next(ctx, steps.price, { ...draft, ...measure }, ctx.t.producer.catalogue.ask.price(step));
}

async function askDescription(ctx: BotContext, draft: Draft): Promise<void> {
  const t = ctx.t.producer.catalogue;
  const skip = [[button(ctx, t.skip, skipStep, { stage: 0 })]];
  await next(ctx, steps.description, draft, t.ask.description, skip);
}

async function askPhoto(ctx: BotContext, draft: Draft): Promise<void> {
  const t = ctx.t.producer.catalogue;
  await next(ctx, steps.photo, draft, t.ask.photo, [[button(ctx, t.skip, skipStep, { stage: 1 })]]);
}

async function askKind(ctx: BotContext, draft: Draft): Promise<void> {
  const t = ctx.t.producer.catalogue;
  const rows = [
    [button(ctx, t.kindPermanent, pickKind, { permanent: 1 })],
    [button(ctx, t.kindSession, pickKind, { permanent: 0 })],
  ];
  await next(ctx, steps.kind, draft, t.ask.kind, rows);
}

/** Buttons of the adding conversation; each one only counts at its own step. */
export function registerAddProductActions(composer: Composer<BotContext>): void {
  onProducerAction(composer, startAddProduct, async (ctx) => {
    await next(ctx, steps.name, {}, ctx.t.producer.catalogue.ask.name);
  });

  onProducerAction(composer, pickCategory, async (ctx, { index }) => {
    const draft = draftOf(ctx);
    const category = draft.categories?.[index];
    if (ctx.conversation.step !== steps.category || !category) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    await askUnit(ctx, { ...draft, category, categories: [] });
  });

  onProducerAction(composer, pickUnit, async (ctx, { index }) => {
    const measure = unitPresets[index];
    if (ctx.conversation.step !== steps.unit || !measure) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    await askPrice(ctx, draftOf(ctx), measure);
  });

  onProducerAction(composer, skipStep, async (ctx, { stage }) => {
    const draft = draftOf(ctx);
    if (stage === 0 && ctx.conversation.step === steps.description) return askPhoto(ctx, draft);
    if (stage === 1 && ctx.conversation.step === steps.photo) return askKind(ctx, draft);
    await ctx.answerCbQuery(ctx.t.common.staleButton);
  });

  onProducerAction(composer, pickKind, async (ctx, { permanent }) => {
    const draft = draftOf(ctx);
    const { name, category, unit, stepSize, priceCents } = draft;
    const complete = name && category && unit && stepSize && priceCents;
    if (ctx.conversation.step !== steps.kind || !complete) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    const input = {
      name,
      category,
      unit,
      stepSize,
      priceCents,
      description: draft.description ?? "",
      photoFileId: draft.photoFileId ?? null,
      permanent: permanent === 1,
    };
    const product = await ctx.deps.db.$transaction((tx) =>
      createOwnProduct(tx, farmOf(ctx), input),
    );
    await ctx.conversation.leave();
    ctx.log.info({ productId: product.id }, "product added");
    await ctx.answerCbQuery();
    await showProduct(ctx, product.id, ctx.t.producer.catalogue.added(product.name));
  });
}

/** Typed answers and the photo of the adding conversation. */
export function registerAddProductSteps(composer: Composer<BotContext>): void {
  const bad = (ctx: BotContext) => ctx.t.producer.catalogue.bad;
  const guarded = (step: string, handler: (ctx: BotContext, text: string) => Promise<unknown>) =>
    onStepText(composer, step, async (ctx) => {
      if (!hasRole(ctx.member, "producer")) return ctx.conversation.leave();
      await handler(ctx, ctx.message.text);
    });

  guarded(steps.name, async (ctx, text) => {
    const name = readName(text);
    if (!name) return ctx.reply(bad(ctx).name);
    await askCategory(ctx, { name });
  });
  guarded(steps.category, async (ctx, text) => {
    const category = readCategory(text);
    if (!category) return ctx.reply(bad(ctx).category);
    await askUnit(ctx, { ...draftOf(ctx), category, categories: [] });
  });
  guarded(steps.unit, async (ctx, text) => {
    const measure = readMeasure(text);
    if (!measure) return ctx.reply(bad(ctx).unit);
    await askPrice(ctx, draftOf(ctx), measure);
  });
  guarded(steps.price, async (ctx, text) => {
    const price = parseEuros(text);
    if (!price.ok || price.cents <= 0) return ctx.reply(bad(ctx).price);
    await askDescription(ctx, { ...draftOf(ctx), priceCents: price.cents });
  });
  guarded(steps.description, async (ctx, text) => {
    const description = readDescription(text);
    if (description === null) return ctx.reply(bad(ctx).description);
    await askPhoto(ctx, { ...draftOf(ctx), description });
  });
  guarded(steps.photo, (ctx) => ctx.reply(bad(ctx).photo));

  composer.on("photo", async (ctx, nextHandler) => {
    if (ctx.conversation.step !== steps.photo) return nextHandler();
    if (!hasRole(ctx.member, "producer")) return ctx.conversation.leave();
    await askKind(ctx, { ...draftOf(ctx), photoFileId: largestPhoto(ctx.message.photo) });
  });
}

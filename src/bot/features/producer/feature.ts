import { Composer } from "telegraf";
import type { BotContext } from "../../context.ts";
import type { Feature, MenuCommand } from "../../feature.ts";
import { namesOf } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import { registerAddProductActions, registerAddProductSteps } from "./add-product.ts";
import { registerCatalogueActions, showCatalogue } from "./catalogue.ts";
import { registerEditProductActions, registerEditProductSteps } from "./edit-product.ts";
import { registerOfferActions, registerOfferSteps } from "./offer.ts";
import { replyPickList } from "./pick-list.ts";
import { registerSalesActions, showCurrentSales } from "./sales.ts";

const products: MenuCommand = {
  fr: "produits",
  en: "products",
  roles: ["producer"],
  description: (t) => t.producer.commands.products,
};
const pickList: MenuCommand = {
  fr: "preparation",
  en: "picklist",
  roles: ["producer"],
  description: (t) => t.producer.commands.pickList,
};
const sales: MenuCommand = {
  fr: "ventes",
  en: "sales",
  roles: ["producer"],
  description: (t) => t.producer.commands.sales,
};

/** A farm's commands and buttons: catalogue, weekly offer, pick list, statement. */
export const producerFeature: Feature = {
  name: "producer",
  commands: [products, pickList, sales],
  create() {
    const composer = new Composer<BotContext>();
    const producer = requireRole("producer");
    composer.command(namesOf(products), producer, async (ctx) => {
      await ctx.conversation.leave();
      await showCatalogue(ctx);
    });
    composer.command(namesOf(pickList), producer, (ctx) => replyPickList(ctx));
    composer.command(namesOf(sales), producer, (ctx) => showCurrentSales(ctx));
    registerCatalogueActions(composer);
    registerAddProductActions(composer);
    registerEditProductActions(composer);
    registerOfferActions(composer);
    registerSalesActions(composer);
    return composer;
  },
};

/** What a producer types (or the photo they send) in the middle of a conversation. */
export const producerStepsFeature: Feature = {
  name: "producer-steps",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    registerAddProductSteps(composer);
    registerEditProductSteps(composer);
    registerOfferSteps(composer);
    return composer;
  },
};

import { Composer, Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { findClosedSession, listPackingOrders, listReceiptLines } from "../../../db/packing.ts";
import type { Session } from "../../../db/sessions.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import {
  crateLabelOf,
  packingDocuments,
  renderChecklistPdf,
  renderLabelsPdf,
  renderTicketsPdf,
  type DocumentScope,
  type PackingDocument,
} from "./packing-documents.ts";
import { adjustOrder, dataOf, packingDocument, packingOrders } from "./pickup-actions.ts";
import { formatDay } from "./pickup-dates.ts";

const packingCommand: MenuCommand = {
  fr: "preparation_cagettes",
  en: "packing",
  roles: ["volunteer", "coordinator"],
  description: (t) => t.packing.menu,
};

const pageSize = 8;

/** `/preparation_cagettes`: crate tickets, labels and receipt checklist of the closed session. */
export const packingFeature: Feature = {
  name: "packing",
  commands: [packingCommand],
  create() {
    const composer = new Composer<BotContext>();
    const staff = requireRole("volunteer", "coordinator");

    composer.command(namesOf(packingCommand), staff, async (ctx) => {
      const session = await findClosedSession(ctx.deps.db, ctx.drive.id);
      if (!session) return ctx.reply(ctx.t.packing.noSession);
      const orders = await listPackingOrders(ctx.deps.db, session.id);
      if (orders.length === 0) return ctx.reply(ctx.t.packing.noOrders);
      ctx.log.info({ sessionId: session.id, orders: orders.length }, "packing documents");
      for (const document of packingDocuments) await sendDocument(ctx, session, document);
      const lines = orders.reduce((sum, order) => sum + order.lines.length, 0);
      const pickup = formatDay(session.pickupStartsAt, ctx.drive.timezone, ctx.lang);
      await ctx.reply(ctx.t.packing.summary(pickup, orders.length, lines), {
        parse_mode: "HTML",
        ...documentKeyboard(ctx, session.id),
      });
    });

    composer.action(packingDocument.pattern, staff, async (ctx) => {
      const values = packingDocument.parse(ctx.callbackKey, dataOf(ctx));
      const document = values ? packingDocuments[values.doc] : undefined;
      const session = values ? await sessionOfDrive(ctx, values.session) : null;
      if (!values || !document || !session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      await sendDocument(ctx, session, document);
    });

    composer.action(packingOrders.pattern, staff, async (ctx) => {
      const values = packingOrders.parse(ctx.callbackKey, dataOf(ctx));
      const session = values ? await sessionOfDrive(ctx, values.session) : null;
      if (!values || !session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const orders = await listPackingOrders(ctx.deps.db, session.id);
      const pageCount = Math.max(1, Math.ceil(orders.length / pageSize));
      const page = Math.min(values.page, pageCount - 1);
      const rows: InlineKeyboardButton[][] = orders
        .slice(page * pageSize, (page + 1) * pageSize)
        .map((order) => [
          Markup.button.callback(
            ctx.t.packing.orderButton(crateLabelOf(order), order.member.crateName),
            adjustOrder.pack(ctx.callbackKey, { order: order.id, origin: 0 }),
          ),
        ]);
      const turn: InlineKeyboardButton[] = [];
      const pageButton = (label: string, to: number) =>
        Markup.button.callback(
          label,
          packingOrders.pack(ctx.callbackKey, { session: session.id, page: to }),
        );
      if (page > 0) turn.push(pageButton(ctx.t.packing.previous, page - 1));
      if (page < pageCount - 1) turn.push(pageButton(ctx.t.packing.next, page + 1));
      if (turn.length > 0) rows.push(turn);
      await ctx.editMessageText(ctx.t.packing.chooseOrder, Markup.inlineKeyboard(rows));
    });

    return composer;
  },
};

async function sessionOfDrive(ctx: BotContext, sessionId: number): Promise<Session | null> {
  return ctx.deps.db.session.findFirst({ where: { id: sessionId, driveId: ctx.drive.id } });
}

function documentKeyboard(ctx: BotContext, sessionId: number) {
  const button = (label: string, doc: number) =>
    Markup.button.callback(
      label,
      packingDocument.pack(ctx.callbackKey, { session: sessionId, doc }),
    );
  const { buttons } = ctx.t.packing;
  return Markup.inlineKeyboard([
    [button(buttons.tickets, 0), button(buttons.labels, 1), button(buttons.checklist, 2)],
    [
      Markup.button.callback(
        buttons.orders,
        packingOrders.pack(ctx.callbackKey, { session: sessionId, page: 0 }),
      ),
    ],
  ]);
}

/** Renders one document from the database as it stands and sends it as a reply. */
async function sendDocument(ctx: BotContext, session: Session, document: PackingDocument) {
  const scope: DocumentScope = { drive: ctx.drive, session, t: ctx.t, lang: ctx.lang };
  const { db } = ctx.deps;
  const source =
    document === "checklist"
      ? await renderChecklistPdf(await listReceiptLines(db, session.id), scope)
      : document === "labels"
        ? await renderLabelsPdf(await listPackingOrders(db, session.id), scope)
        : await renderTicketsPdf(await listPackingOrders(db, session.id), scope);
  await ctx.replyWithDocument({ source, filename: ctx.t.packing.files[document] });
}

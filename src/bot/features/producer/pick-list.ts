import type { BotContext } from "../../context.ts";
import { findPickListPlace, findPickListSession, loadPickList } from "../../../db/pick-lists.ts";
import { renderPickList } from "../../../notify/pick-list-render.ts";
import { farmOf } from "./ui.ts";

/**
 * `/preparation`: the farm's list for the closed session awaiting pickup, else what is ordered
 * so far in the open one; the same text and documents as the list sent at the close.
 */
export async function replyPickList(ctx: BotContext): Promise<void> {
  const { db, driveId } = ctx.deps;
  const t = ctx.t.producer.pickList;
  const session = await findPickListSession(db, driveId);
  if (!session) {
    await ctx.reply(t.noSession);
    return;
  }
  const data = await loadPickList(db, session.id, farmOf(ctx));
  const place = await findPickListPlace(db, session);
  const closed = session.status === "closed";
  const list = await renderPickList(data, place, ctx.lang, { closed });
  if (!closed) await ctx.reply(t.soFar);
  for (const text of list.messages) await ctx.reply(text, { parse_mode: "HTML" });
  for (const document of list.documents) {
    await ctx.replyWithDocument(
      { source: document.bytes, filename: document.filename },
      { caption: document.caption },
    );
  }
  ctx.log.info({ sessionId: session.id, parts: list.messages.length }, "pick list shown");
}

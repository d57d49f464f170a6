import { Composer } from "telegraf";
import { markMemberReachable, markTelegramUserUnreachable } from "../../db/members.ts";
import type { BotContext } from "../context.ts";
import type { Feature } from "../feature.ts";

/** Telegram tells when a user blocks or unblocks the bot in a private chat. */
export const chatMemberFeature: Feature = {
  name: "chat-member",
  commands: [],
  create(deps) {
    const composer = new Composer<BotContext>();
    composer.on("my_chat_member", async (ctx) => {
      const update = ctx.myChatMember;
      if (update.chat.type !== "private") return;
      const status = update.new_chat_member.status;
      if (status === "kicked" || status === "left") {
        await markTelegramUserUnreachable(
          deps.db,
          deps.driveId,
          BigInt(update.from.id),
          deps.now(),
        );
        ctx.log.info("member blocked the bot");
      } else if (ctx.member) {
        await markMemberReachable(deps.db, ctx.member.id);
        ctx.log.info("member unblocked the bot");
      }
    });
    return composer;
  },
};

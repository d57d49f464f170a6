import type { MiddlewareFn } from "telegraf";
import type { Member } from "../db/members.ts";
import type { BotContext } from "./context.ts";

export type Role = "customer" | "producer" | "volunteer" | "coordinator";

export function hasRole(member: Member | null, role: Role): boolean {
  if (!member || member.erasedAt) return false;
  switch (role) {
    case "customer":
      return member.isCustomer;
    case "producer":
      return member.isProducer && member.producerId !== null;
    case "volunteer":
      return member.isVolunteer || member.isCoordinator;
    case "coordinator":
      return member.isCoordinator;
  }
}

export function rolesOf(member: Member | null): Role[] {
  const all: Role[] = ["customer", "producer", "volunteer", "coordinator"];
  return all.filter((role) => hasRole(member, role));
}

/** Lets the update through only for members holding one of `roles`; others get a clear no. */
export function requireRole(...roles: Role[]): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (roles.some((role) => hasRole(ctx.member, role))) return next();
    const text = ctx.member ? ctx.t.common.notAllowed : ctx.t.common.notRegistered;
    if (ctx.callbackQuery) await ctx.answerCbQuery(text, { show_alert: true });
    else await ctx.reply(text);
  };
}

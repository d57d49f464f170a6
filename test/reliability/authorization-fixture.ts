import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../../src/db/client.ts";
import type { Role } from "../../src/bot/roles.ts";
import { seedOrderFor } from "./fixtures.ts";

export type MatrixRole = Role | "stranger";

export const matrixRoles: MatrixRole[] = [
  "stranger",
  "customer",
  "producer",
  "volunteer",
  "coordinator",
];

/** Telegram ids of the people pressing and typing, one per role. */
export const actorIds: Record<MatrixRole, number> = {
  stranger: 7701,
  customer: 7702,
  producer: 7703,
  volunteer: 7704,
  coordinator: 7705,
};

export const victimTelegramId = 7799n;

/** Creates a member per role, and a victim customer with an order, a basket, a complaint… */
export async function seedActors(db: Db, driveId: number): Promise<{ victimId: number }> {
  const farm = await db.producer.create({ data: { driveId, name: "Ferme de l’acteur" } });
  const flags = {
    customer: { isCustomer: true },
    producer: { isCustomer: false, isProducer: true, producerId: farm.id },
    volunteer: { isCustomer: false, isVolunteer: true },
    coordinator: { isCustomer: false, isCoordinator: true },
  };
  for (const role of ["customer", "producer", "volunteer", "coordinator"] as const) {
    await db.member.create({
      data: {
        driveId,
        telegramId: BigInt(actorIds[role]),
        firstName: `<b>${role}</b> & <script>`,
        crateName: `‮${role} 🍅 <i>`,
        consentAt: new Date(),
        ...flags[role],
      },
    });
  }
  const victim = await db.member.create({
    data: { driveId, telegramId: victimTelegramId, firstName: "Victime", consentAt: new Date() },
  });
  await seedOrderFor(db, victim.id, driveId);
  return { victimId: victim.id };
}

/** Every row that belongs to the victim or to their farm's stock, to compare before and after. */
export async function victimSnapshot(db: Db, victimId: number): Promise<string> {
  const [member, orders, cart, payments, credits, complaints, offers, products] = await Promise.all(
    [
      db.member.findUnique({ where: { id: victimId } }),
      db.order.findMany({
        where: { memberId: victimId },
        include: { lines: true },
        orderBy: { id: "asc" },
      }),
      db.cartLine.findMany({ where: { memberId: victimId }, orderBy: { id: "asc" } }),
      db.payment.findMany({ where: { memberId: victimId }, orderBy: { id: "asc" } }),
      db.credit.findMany({ where: { memberId: victimId }, orderBy: { id: "asc" } }),
      db.complaint.findMany({ where: { memberId: victimId }, orderBy: { id: "asc" } }),
      db.offer.findMany({ orderBy: { id: "asc" } }),
      db.product.findMany({
        where: { producer: { name: { not: "Ferme de l’acteur" } } },
        orderBy: { id: "asc" },
      }),
    ],
  );
  const replacer = (_: string, value: unknown) =>
    typeof value === "bigint" ? String(value) : value;
  return JSON.stringify(
    { member, orders, cart, payments, credits, complaints, offers, products },
    replacer,
  );
}

/** Row counts of every table but the update guard's, to show a refusal changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const models = [
    "member",
    "producer",
    "product",
    "productKindPrice",
    "session",
    "offer",
    "cartLine",
    "order",
    "orderLine",
    "payment",
    "adjustment",
    "credit",
    "complaint",
    "shift",
    "invitation",
    "broadcast",
    "outboxMessage",
    "conversation",
    "jobRun",
    "pickupPoint",
    "pickupSlot",
  ] as const;
  const counts: Record<string, number> = {};
  for (const model of models) {
    counts[model] = await (db[model] as unknown as { count(): Promise<number> }).count();
  }
  return counts;
}

/** Every `defineAction("prefix", [fields])` in src/bot, read from the source so new ones count. */
export function definedActions(): { prefix: string; fields: number }[] {
  const found = new Map<string, number>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith(".ts")) {
        const source = readFileSync(path, "utf8");
        for (const match of source.matchAll(/defineAction\(\s*"([a-z0-9]+)",\s*\[([^\]]*)\]/g)) {
          const fields = match[2]!.split(",").filter((field) => field.trim() !== "").length;
          found.set(match[1]!, fields);
        }
      }
    }
  };
  visit("src/bot");
  return [...found].map(([prefix, fields]) => ({ prefix, fields }));
}

import type { Unit } from "../domain/values.ts";
import type { Tx } from "./client.ts";

export type OwnProduct = {
  id: number;
  name: string;
  category: string;
  unit: Unit;
  stepSize: number;
  priceCents: number;
  description: string;
  photoFileId: string | null;
  permanent: boolean;
};

const productSelect = {
  id: true,
  name: true,
  category: true,
  unit: true,
  stepSize: true,
  priceCents: true,
  description: true,
  photoFileId: true,
  permanent: true,
} as const;

type ProductRow = Omit<OwnProduct, "unit"> & { unit: string };

function toOwnProduct(row: ProductRow): OwnProduct {
  return { ...row, unit: row.unit as Unit };
}

/** The farm's products still on its list, by category then name. */
export async function listOwnProducts(db: Tx, producerId: number): Promise<OwnProduct[]> {
  const rows = await db.product.findMany({
    where: { producerId, active: true },
    orderBy: [{ category: "asc" }, { name: "asc" }],
    select: productSelect,
  });
  return rows.map(toOwnProduct);
}

/** One of the farm's active products; null for anyone else's, or a retired one. */
export async function findOwnProduct(
  db: Tx,
  producerId: number,
  productId: number,
): Promise<OwnProduct | null> {
  const row = await db.product.findFirst({
    where: { id: productId, producerId, active: true },
    select: productSelect,
  });
  return row ? toOwnProduct(row) : null;
}

/** Categories already used in the drive, so farms file alike products alike. */
export async function listCategories(db: Tx, driveId: number): Promise<string[]> {
  const rows = await db.product.groupBy({
    by: ["category"],
    where: { active: true, producer: { driveId } },
    orderBy: { category: "asc" },
  });
  return rows.map((row) => row.category);
}

export type NewProduct = {
  name: string;
  category: string;
  unit: Unit;
  stepSize: number;
  priceCents: number;
  description: string;
  photoFileId: string | null;
  permanent: boolean;
};

/**
 * Adds a product to the farm. A permanent-sale product is put on offer at
 * once in the sessions still taking orders, as opening a session would do.
 */
export async function createOwnProduct(
  db: Tx,
  producerId: number,
  input: NewProduct,
): Promise<OwnProduct> {
  const row = await db.product.create({
    data: { producerId, ...input },
    select: productSelect,
  });
  if (input.permanent) await offerPermanentProduct(db, row.id, row.priceCents);
  return toOwnProduct(row);
}

async function offerPermanentProduct(db: Tx, productId: number, priceCents: number) {
  const producer = await db.product.findUniqueOrThrow({
    where: { id: productId },
    select: { producer: { select: { driveId: true } } },
  });
  const sessions = await db.session.findMany({
    where: { driveId: producer.producer.driveId, status: { in: ["open", "scheduled"] } },
    select: { id: true },
  });
  for (const session of sessions) {
    await db.offer.upsert({
      where: { sessionId_productId: { sessionId: session.id, productId } },
      create: { sessionId: session.id, productId, priceCents },
      update: { active: true },
    });
  }
}

export type ProductChange = Partial<Omit<NewProduct, "unit" | "stepSize">>;

/** Changes the farm's own product; false when it is not theirs (or retired). */
export async function updateOwnProduct(
  db: Tx,
  producerId: number,
  productId: number,
  change: ProductChange,
): Promise<boolean> {
  const { count } = await db.product.updateMany({
    where: { id: productId, producerId, active: true },
    data: change,
  });
  if (count === 1 && change.permanent === true) {
    const row = await db.product.findUniqueOrThrow({ where: { id: productId } });
    await offerPermanentProduct(db, productId, row.priceCents);
  }
  return count === 1;
}

export type UnitChangeResult = { ok: true } | { ok: false; reason: "not_found" | "already_sold" };

/**
 * Changes what one step is. Refused once customers hold steps of the product in a session not
 * finished yet: their "3 × 500 g" would silently become "3 × 1 kg".
 */
export async function changeOwnProductUnit(
  db: Tx,
  producerId: number,
  productId: number,
  measure: { unit: Unit; stepSize: number },
): Promise<UnitChangeResult> {
  const sold = await db.offer.count({
    where: {
      productId,
      soldSteps: { gt: 0 },
      session: { status: { in: ["scheduled", "open", "closed"] } },
    },
  });
  if (sold > 0) return { ok: false, reason: "already_sold" };
  const { count } = await db.product.updateMany({
    where: { id: productId, producerId, active: true },
    data: measure,
  });
  return count === 1 ? { ok: true } : { ok: false, reason: "not_found" };
}

/**
 * Takes the product off the farm's list and off sale in the sessions still taking orders.
 * Lines customers already confirmed stay: the farm still delivers them.
 */
export async function retireOwnProduct(
  db: Tx,
  producerId: number,
  productId: number,
): Promise<boolean> {
  const { count } = await db.product.updateMany({
    where: { id: productId, producerId, active: true },
    data: { active: false },
  });
  if (count !== 1) return false;
  await db.offer.updateMany({
    where: { productId, session: { status: { in: ["scheduled", "open"] } } },
    data: { active: false },
  });
  return true;
}

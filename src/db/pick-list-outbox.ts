import { renderPickList } from "../notify/pick-list-render.ts";
import type { Tx } from "./client.ts";
import { enqueueMessages, type OutgoingMessage } from "./outbox.ts";
import { findPickListPlace, loadSessionPickLists, type PickListData } from "./pick-lists.ts";
import type { Session } from "./sessions.ts";

/**
 * Puts every farm's pick list in the outbox when the session closes, once: the session is
 * marked first by a conditional update, so a second run writes nothing. Each producer member
 * gets it in their language, with the CSV and PDF; a farm without orders gets a short note.
 */
export async function enqueuePickLists(tx: Tx, session: Session, now: Date): Promise<void> {
  const { count } = await tx.session.updateMany({
    where: { id: session.id, pickListsSentAt: null },
    data: { pickListsSentAt: now },
  });
  if (count !== 1) return;

  const place = await findPickListPlace(tx, session);
  const members = await tx.member.findMany({
    where: {
      driveId: session.driveId,
      isProducer: true,
      erasedAt: null,
      unreachableAt: null,
      producer: { active: true },
    },
    select: { id: true, telegramId: true, language: true, producerId: true },
    orderBy: { id: "asc" },
  });
  const farms = await loadSessionPickLists(tx, session.id);

  const messages: OutgoingMessage[] = [];
  const rendered = new Map<string, Awaited<ReturnType<typeof renderPickList>>>();
  for (const member of members) {
    if (member.producerId === null) continue;
    const lang = member.language === "en" ? "en" : "fr";
    const key = `${member.producerId}:${lang}`;
    let list = rendered.get(key);
    if (!list) {
      let farm = farms.get(member.producerId);
      if (!farm) {
        farm = await emptyPickList(tx, member.producerId);
        farms.set(member.producerId, farm);
      }
      list = await renderPickList(farm, place, lang, { closed: true });
      rendered.set(key, list);
    }
    const to = { chatId: member.telegramId, memberId: member.id, reason: "pick_list" };
    for (const text of list.messages) {
      messages.push({ ...to, payload: { text, parse_mode: "HTML" } });
    }
    for (const document of list.documents) {
      messages.push({
        ...to,
        method: "sendDocument",
        payload: { caption: document.caption },
        attachment: { filename: document.filename, bytes: document.bytes },
      });
    }
  }
  await enqueueMessages(tx, messages);
}

async function emptyPickList(db: Tx, producerId: number): Promise<PickListData> {
  const producer = await db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { name: true },
  });
  return { producerId, producerName: producer.name, rows: [], customers: [] };
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleOf } from "../../src/db/drive-schedule.ts";
import { findDrive } from "../../src/db/drive.ts";
import { closingReminderAt, pickupReminderAt } from "../../src/domain/calendar.ts";
import { cronJobsOf } from "../../src/jobs/scheduler.ts";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, textsSentTo, waitForOutbox } from "./helpers.ts";

// Paris leaves summer time on Sunday 31 October 2027 at 03:00 (UTC+2 → UTC+1).
describe("the week of the October 2027 clock change", () => {
  let t: TestApp;
  const CUSTOMER = 5201;

  beforeAll(async () => {
    t = await startTestApp({ now: "2027-10-28T10:00:00Z" });
    await addCustomer(t, CUSTOMER, "Denis");
  });

  afterAll(async () => {
    await t.stop();
  });

  const session = () =>
    t.app.db.session.findFirstOrThrow({ where: { status: { not: "cancelled" } } });

  it("opens Friday 18:00 summer time and closes Monday 20:00 winter time", async () => {
    await tick(t.app.deps, t.clock.now());
    const s = await session();
    expect(s.opensAt.toISOString()).toBe("2027-10-29T16:00:00.000Z");
    expect(s.closesAt.toISOString()).toBe("2027-11-01T19:00:00.000Z");
    expect(s.pickupStartsAt.toISOString()).toBe("2027-11-03T15:00:00.000Z");

    const schedule = scheduleOf(await findDrive(t.app.db, t.app.deps.driveId));
    expect(closingReminderAt(schedule, s)?.toISOString()).toBe("2027-11-01T15:00:00.000Z");
    expect(pickupReminderAt(schedule, s)?.toISOString()).toBe("2027-11-03T08:00:00.000Z");
  });

  it("opens, closes and reminds at those instants when the clock reaches them", async () => {
    t.clock.set("2027-10-29T15:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).status).toBe("scheduled");
    t.clock.set("2027-10-29T16:00:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).status).toBe("open");

    t.clock.set("2027-11-01T18:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).status).toBe("open");
    t.clock.set("2027-11-01T19:00:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).status).toBe("closed");

    const customer = await t.app.db.member.findFirstOrThrow({
      where: { telegramId: BigInt(CUSTOMER) },
    });
    await t.app.db.order.create({
      data: { sessionId: (await session()).id, memberId: customer.id, code: "P4X" },
    });
    t.clock.set("2027-11-03T07:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).pickupReminderSentAt).toBeNull();
    t.clock.set("2027-11-03T08:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);
    expect(textsSentTo(t, CUSTOMER).at(-1)).toContain("P4X");
    expect(textsSentTo(t, CUSTOMER).at(-1)).toContain("mercredi 3 novembre, 16 h – 19 h");
  });

  it("gives node-cron the local weekly times of the drive", async () => {
    const schedule = scheduleOf(await findDrive(t.app.db, t.app.deps.driveId));
    expect(cronJobsOf(schedule)).toEqual([
      { name: "open", expression: "0 18 * * 5" },
      { name: "close", expression: "0 20 * * 1" },
      { name: "closing_reminder", expression: "0 16 * * 1" },
      { name: "pickup_reminder", expression: "0 9 * * 3" },
    ]);
  });
});

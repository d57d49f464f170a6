import type { Texts } from "./texts.ts";
import { common } from "./en/common.ts";
import { menu } from "./en/menu.ts";
import { start } from "./en/start.ts";
import { customer } from "./en/customer.ts";
import { customerOrders } from "./en/customer-orders.ts";
import { privacy } from "./en/privacy.ts";
import { producer } from "./en/producer.ts";
import { schedule } from "./en/schedule.ts";
import { newsletter } from "./en/newsletter.ts";
import { broadcast } from "./en/broadcast.ts";
import { packing } from "./en/packing.ts";
import { pickup } from "./en/pickup.ts";
import { complaints } from "./en/complaints.ts";
import { shifts } from "./en/shifts.ts";
import { stats } from "./en/stats.ts";

export const en: Texts = {
  privacy,
  common,
  menu,
  start,
  customer,
  customerOrders,
  producer,
  schedule,
  newsletter,
  broadcast,
  packing,
  pickup,
  complaints,
  shifts,
  stats,
};

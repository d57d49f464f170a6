// French is the reference: every other language must have the same shape.
import { common } from "./fr/common.ts";
import { menu } from "./fr/menu.ts";
import { start } from "./fr/start.ts";
import { customer } from "./fr/customer.ts";
import { customerOrders } from "./fr/customer-orders.ts";
import { privacy } from "./fr/privacy.ts";
import { producer } from "./fr/producer.ts";
import { schedule } from "./fr/schedule.ts";
import { newsletter } from "./fr/newsletter.ts";
import { broadcast } from "./fr/broadcast.ts";
import { packing } from "./fr/packing.ts";
import { pickup } from "./fr/pickup.ts";
import { complaints } from "./fr/complaints.ts";
import { shifts } from "./fr/shifts.ts";
import { stats } from "./fr/stats.ts";

export const fr = {
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

import { html } from "../../html.ts";
import type { producer as fr } from "../fr/producer.ts";
import { catalogue } from "./producer-catalogue.ts";
import { offer } from "./producer-offer.ts";
import { pickList } from "./producer-pick-list.ts";
import { sales } from "./producer-sales.ts";

export const producer: typeof fr = {
  commands: {
    products: "Your products and this week’s offer",
    pickList: "Your pick list",
    sales: "Your sales and the commission",
    invite: "Invite a producer (farm name)",
  },
  invite: {
    usage: "Write the farm’s name after the command, for example:\n/invite_producer Causse Farm",
    link: (farm, until, link) =>
      html`Invitation link for “${farm}”, single use, valid until ${until}: ${link}`,
  },
  notFarm: "You are not attached to any farm.",
  catalogue,
  offer,
  pickList,
  sales,
};

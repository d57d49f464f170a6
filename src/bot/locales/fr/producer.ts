import { html } from "../../html.ts";
import { catalogue } from "./producer-catalogue.ts";
import { offer } from "./producer-offer.ts";
import { pickList } from "./producer-pick-list.ts";
import { sales } from "./producer-sales.ts";

export const producer = {
  commands: {
    products: "Vos produits et l’offre de la semaine",
    pickList: "Votre liste de préparation",
    sales: "Vos ventes et la commission",
    invite: "Inviter un producteur (nom de la ferme)",
  },
  invite: {
    usage:
      "Écrivez le nom de la ferme après la commande, par exemple :\n" +
      "/inviter_producteur Ferme du Causse",
    link: (farm: string, until: string, link: string) =>
      html`Lien d’invitation pour « ${farm} », à usage unique, valable jusqu’au ${until} : ${link}`,
  },
  notFarm: "Vous n’êtes rattaché à aucune ferme.",
  catalogue,
  offer,
  pickList,
  sales,
};

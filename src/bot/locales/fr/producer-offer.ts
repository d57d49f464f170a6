import { html } from "../../html.ts";

export const offer = {
  title: (v: { farm: string; pickup: string; open: boolean; opens: string }) =>
    html`<b>Offre · ${v.farm}</b>
      Retrait du ${v.pickup} ` +
    (v.open ? "La session est ouverte : les clients commandent." : html`Ouverture ${v.opens}.`),
  noProducts: "Ajoutez d’abord des produits à votre catalogue.",
  lineOffered: (v: { name: string; price: string; step: string; stock: string }) =>
    html`✅ ${v.name} — ${v.price} / ${v.step} — ${v.stock}`,
  lineNotOffered: (name: string) => html`▫️ ${name} — pas proposé`,
  stockLeft: (left: string, sold: string) => `reste ${left}, vendu ${sold}`,
  stockUnlimited: (sold: string) => `sans limite, vendu ${sold}`,
  hint: "Touchez un produit pour le proposer, fixer la quantité ou le prix.",
  copyButton: "📋 Reprendre l’offre de la dernière session",
  backToOffer: "‹ Offre de la session",
  detail: (v: {
    name: string;
    offered: boolean;
    price: string;
    step: string;
    total: string;
    sold: string;
  }) =>
    html`<b>${v.name}</b> ` +
    (v.offered ? "Proposé dans cette session\n" : "Pas proposé dans cette session\n") +
    html`Prix : ${v.price} / ${v.step} Quantité en tout : ${v.total} Déjà vendu : ${v.sold}`,
  unlimited: "sans limite",
  offerOn: "✅ Proposer",
  offerOff: "⏸ Ne plus proposer",
  setQuantity: "🔢 Quantité disponible",
  setUnlimited: "♾ Sans limite",
  setPrice: "💶 Prix de la session",
  askQuantity: (step: string, sold: string) =>
    html`Quelle quantité en tout pour cette session ? Un nombre de ${step}, ou avec l’unité ` +
    html`(par exemple « 20 » ou « 10 kg »). Déjà vendu : ${sold}.`,
  askPrice: (step: string) =>
    html`Quel prix pour ${step} dans cette session ? En euros, par exemple 3,50.`,
  badQuantity:
    "Je n’ai pas compris la quantité. " +
    "Tapez un nombre entier, ou une quantité avec son unité (« 10 kg »).",
  belowSold: (sold: string, requested: string) =>
    html`Impossible : ${sold} sont déjà vendus à des clients, la quantité en tout ne peut pas ` +
    html`descendre en dessous. Vous avez demandé ${requested}. Tapez une quantité d’au moins
    ${sold}.`,
  sessionClosed: "Cette session n’accepte plus de changement d’offre.",
  copied: (count: number) =>
    count === 0
      ? "Rien à reprendre : les produits de la dernière session sont déjà vendus ici."
      : `${count} produit${count > 1 ? "s" : ""} repris de la dernière session.`,
  nothingToCopy: "Aucune offre précédente à reprendre.",
  saved: "C’est enregistré.",
};

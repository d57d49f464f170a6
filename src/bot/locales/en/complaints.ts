import { html } from "../../html.ts";
import type { complaints as fr } from "../fr/complaints.ts";

export const complaints: typeof fr = {
  menu: "Report a problem with a collected order",
  none: "You have no recently collected order: there is nothing to report.",
  chooseOrder: "Which order is the problem about?",
  orderButton: (code: string, day: string, total: string) => `${code} · ${day} · ${total}`,
  describe: (code: string) =>
    html`Order ${code}: describe the problem (which product, what was wrong).`,
  tooShort: "Tell us in a few words what was wrong.",
  askPhoto: "You can send a photo, or send the report without one.",
  noPhoto: "Send without a photo",
  photoOrSkip: "Send a photo, or tap “Send without a photo”.",
  sent: "Thank you, your report has been passed on. You will get the answer here.",
  coordinatorNotice: (name: string, code: string, text: string, hasPhoto: boolean) =>
    html`<b>Report</b> from ${name}, order ${code}: ${text}` +
    (hasPhoto ? "\n(photo attached)" : ""),
  photoCaption: (code: string) => html`Photo of the report, order ${code}`,
  grant: "Grant a credit",
  refuse: "Refuse",
  producerNotice: (farm: string, code: string, text: string) =>
    html`<b>A customer's report</b> (${farm}, order ${code}): ${text} ` +
    html`A coordinator decides what follows.`,
  askCredit: (code: string) => html`Amount of the credit for order ${code}? (for example 3.50)`,
  badAmount: "I did not understand that amount. Type for example 3.50.",
  granted: (amount: string) => html`Credit of ${amount} granted; the customer is told.`,
  refused: "Report refused; the customer is told.",
  alreadyDecided: "This report has already been dealt with.",
  customerGranted: (code: string, amount: string) =>
    html`Your report about order ${code}: you are granted a credit of ${amount}. ` +
    html`It will be deducted from your next order.`,
  customerRefused: (code: string) =>
    html`Your report about order ${code} did not lead to a credit. ` +
    html`Talk to a coordinator at the next pickup if needed.`,
};

import type { privacy as fr } from "../fr/privacy.ts";
import { html } from "../../html.ts";

export const privacy: typeof fr = {
  menuPrivacy: "Your personal data: what we keep and why",
  menuMyData: "Receive all your data",
  menuForgetMe: "Erase your personal data",
  notice: (driveName: string) =>
    html`<b>Your personal data at ${driveName}</b> ` +
    html`<b>Who processes it</b>: the association that runs the drive, as controller. ` +
    html`It is neither sold nor passed on to anyone else. ` +
    html`<b>What we keep</b>: your Telegram id, your first name and Telegram username, ` +
    html`the name written on your crate, your phone number if you give it, your ` +
    html`language; your basket, orders, payments, credits, complaints and volunteer ` +
    html`shifts; the step you are at in a conversation with the bot. ` +
    html`<b>Why</b>: to prepare and hand over your orders (your membership), to keep ` +
    html`the association's accounts (a legal obligation), to send order and pickup ` +
    html`reminders and the newsletter (the association's legitimate interest; you may ` +
    html`refuse it). ` +
    html`<b>How long</b>: your member data as long as you are a member, until you ask ` +
    html`for it to be erased; a conversation step until it ends; accounting records ` +
    html`(orders, payments, credits) 10 years, as the law requires, made anonymous if ` +
    html`you ask for erasure. The text of your messages is not written to the bot's logs. ` +
    html`<b>Your rights</b>: /mydata sends you everything we keep about you; /forgetme ` +
    html`erases your personal data; a coordinator corrects inaccurate data on request. ` +
    html`You may also complain to the CNIL (cnil.fr).`,
  exportCaption: "Here is everything the drive keeps about you, as JSON.",
  exportNothing: "We keep no data about you: you are not registered.",
  exportFileName: "my-drive-data.json",
  forgetAsk:
    "Do you really want to erase your personal data? Your name, phone number, basket " +
    "and conversations will be deleted. Your past orders stay in the accounts, without " +
    "your name. This cannot be undone.",
  forgetConfirm: "Yes, erase my data",
  forgetKeep: "No, keep my account",
  forgetDone:
    "Your personal data is erased. Thank you for supporting the drive! " +
    "Type /start if you ever want to come back.",
  forgetKept: "Nothing was erased.",
  forgetNothing: "There is nothing to erase: you are not registered.",
};

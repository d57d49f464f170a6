import { TelegramError } from "telegraf";

function isBadRequest(error: unknown, fragment: string): boolean {
  return (
    error instanceof TelegramError && error.code === 400 && error.description.includes(fragment)
  );
}

/**
 * Telegram refuses an edit that would leave a message as it is; it happens
 * when a button is pressed twice, and the user has nothing to be told.
 */
export function isUnchangedEdit(error: unknown): boolean {
  return isBadRequest(error, "message is not modified");
}

/** The message cannot take a text edit: too old, deleted, or a document or photo. */
export function isUneditable(error: unknown): boolean {
  return (
    isBadRequest(error, "message can't be edited") ||
    isBadRequest(error, "message to edit not found") ||
    isBadRequest(error, "there is no text in the message to edit")
  );
}

import type { Feature } from "./feature.ts";
import { cancelFeature } from "./features/cancel.ts";
import { chatMemberFeature } from "./features/chat-member.ts";
import { fallbackFeature } from "./features/fallback.ts";
import { helpFeature } from "./features/help.ts";
import { privacyFeature } from "./features/privacy.ts";
import { startFeature } from "./features/start.ts";

/**
 * The features in the order they see an update. Commands come before the
 * conversation steps of any feature that holds free text; the fallback is last.
 */
export const features: Feature[] = [
  chatMemberFeature,
  startFeature,
  helpFeature,
  cancelFeature,
  privacyFeature,
  fallbackFeature,
];

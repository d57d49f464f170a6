import type { Feature } from "./feature.ts";
import { cancelFeature } from "./features/cancel.ts";
import { chatMemberFeature } from "./features/chat-member.ts";
import { fallbackFeature } from "./features/fallback.ts";
import { helpFeature } from "./features/help.ts";
import { privacyFeature } from "./features/privacy.ts";
import { startFeature } from "./features/start.ts";
import { producerFeature, producerStepsFeature } from "./features/producer/feature.ts";
import { producerInviteFeature } from "./features/producer/invite.ts";
import { cartFeature } from "./features/customer/cart.ts";
import { catalogueFeature } from "./features/customer/catalogue.ts";
import { checkoutFeature } from "./features/customer/checkout.ts";
import { onboardingFeature } from "./features/customer/onboarding.ts";
import { ordersFeature } from "./features/customer/orders.ts";
import { productCardFeature } from "./features/customer/product-card.ts";
import { packingFeature } from "./features/coordinator/packing.ts";
import { pickupFeature } from "./features/coordinator/pickup.ts";
import { adjustmentsFeature } from "./features/coordinator/adjustments.ts";
import { complaintFeature } from "./features/complaint.ts";
import { complaintDecisionFeature } from "./features/coordinator/complaints.ts";
import { shiftsFeature } from "./features/coordinator/shifts.ts";
import { statsFeature } from "./features/coordinator/stats.ts";
import { scheduleFeature } from "./features/coordinator/schedule.ts";
import { newsletterFeature } from "./features/coordinator/newsletter.ts";
import { broadcastFeature } from "./features/coordinator/broadcast.ts";
import { subscriptionFeature } from "./features/subscription.ts";

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
  producerFeature,
  producerInviteFeature,
  catalogueFeature,
  cartFeature,
  ordersFeature,
  checkoutFeature,
  productCardFeature,
  onboardingFeature,
  producerStepsFeature,
  packingFeature,
  pickupFeature,
  adjustmentsFeature,
  complaintFeature,
  complaintDecisionFeature,
  shiftsFeature,
  statsFeature,
  scheduleFeature,
  newsletterFeature,
  broadcastFeature,
  subscriptionFeature,
  fallbackFeature,
];

import { IsoDateSchema, IsoDateTimeSchema } from "@/lib/domain/date-schemas";
import { ServiceChannelSchema, ServiceOutcomeSchema } from "@/lib/domain/records/service-blocks";
import { z } from "@/lib/domain/z";
import type { DraftPayload } from "./record-form-contract";

// The parts of a service draft that decide its valid notification date. A draft is incomplete by nature, so
// each block counts only once its date is valid; the rest of the record does not need to be.
const ServiceTimingSchema = z.object({
  channel: ServiceChannelSchema,
  outcome: ServiceOutcomeSchema,
  attemptedAt: IsoDateTimeSchema,
  substituteReceiver: z.object({ receivedAt: IsoDateTimeSchema }).optional().catch(undefined),
  posting: z.object({ postedOn: IsoDateSchema }).optional().catch(undefined),
  postal: z.object({ mailedOn: IsoDateSchema }).optional().catch(undefined),
  media: z.object({ secondPublishedOn: IsoDateSchema }).optional().catch(undefined),
  vneid: z.object({ sentAt: IsoDateTimeSchema }).optional().catch(undefined),
});
export type ServiceTiming = z.infer<typeof ServiceTimingSchema>;

export function serviceTimingOf(draft: DraftPayload): ServiceTiming | null {
  const parsed = ServiceTimingSchema.safeParse(draft);
  return parsed.success ? parsed.data : null;
}

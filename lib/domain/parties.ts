import { AddressSchema } from "./addresses";
import { IsoDateSchema } from "./date-schemas";
import { EnterpriseCodeSchema, IdentityNumberSchema } from "./ids";
import { z } from "./z";

// Shared by every schema that names a person or an organisation (parties, participants of a biên bản).
export const NameSchema = z.string({ error: "Họ tên là bắt buộc" }).trim().min(2, { error: "Họ tên quá ngắn" }).max(200);

export const PersonPartySchema = z
  .object({
    type: z.literal("person"),
    fullName: NameSchema,
    dateOfBirth: IsoDateSchema.optional(),
    // The 12-digit ID is required wherever known (it unlocks VNeID service); a judgment may give only a CMND
    // or nothing at all, hence optional.
    identity: IdentityNumberSchema.optional(),
    address: AddressSchema,
  })
  .strict();

export const OrganizationPartySchema = z
  .object({
    type: z.literal("organization"),
    name: NameSchema,
    enterpriseCode: EnterpriseCodeSchema.optional(),
    legalRepresentative: z.string().trim().max(200).optional(),
    address: AddressSchema,
  })
  .strict();

export const PartySchema = z.discriminatedUnion("type", [PersonPartySchema, OrganizationPartySchema]);
export type Party = z.infer<typeof PartySchema>;

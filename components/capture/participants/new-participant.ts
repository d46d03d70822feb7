/** A new participant signs by default: the common case costs one tap on "Ký vào biên bản". */
export function newParticipant(role?: string): Record<string, unknown> {
  return role ? { role, signOff: { kind: "signature" } } : { signOff: { kind: "signature" } };
}

import "client-only";

// The hand-over file's passphrase rule, apart from lockdown-crypto.ts so that the export form can say it before
// the encryption code (and zod) is loaded (issue #7: first-load JS).
export const MIN_PASSPHRASE_LENGTH = 8;

import "client-only";

// The Web Lock a sync pass holds, in a page or in the service worker: one pass at a time per origin. Its own
// module so that code which only asks "is a push running?" (the update banner) does not load the sync engine.
export const SYNC_LOCK_NAME = "thads-sync";

import { z } from "zod";

// Every domain schema imports `z` from here so that zod's built-in messages are Vietnamese (the UI's first
// language) on the client, in the service worker and on the server alike. Field-specific messages are
// still written out where a generic one would not tell the user what to fix.
z.config(z.locales.vi());

export { z };

/** next build + serwist build; true when both succeeded. */
export function buildForProduction(): boolean;

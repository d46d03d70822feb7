/** The path of a Chromium executable, installing Debian's package when it is missing. */
export function ensureChromium(): string;

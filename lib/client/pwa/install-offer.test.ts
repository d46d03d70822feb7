import { expect, test } from "vitest";
import { installOfferFor, isOfferDismissed, type InstallEnvironment } from "./install-offer";

const UA = {
  iphoneSafari: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  iphoneChrome: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
  iphoneZalo: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/530",
  ipadDesktopMode: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  android: "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
};

const env = (userAgent: string, overrides: Partial<InstallEnvironment> = {}): InstallEnvironment => ({ userAgent, maxTouchPoints: 5, isStandalone: false, hasInstallPrompt: false, ...overrides });

test("Safari on an iPhone, not yet on the Home Screen, gets the Home Screen guide", () => {
  expect(installOfferFor(env(UA.iphoneSafari))).toBe("ios-safari");
});

test("an iPad asking for desktop sites is still iOS; a real Mac (no touch) is not", () => {
  expect(installOfferFor(env(UA.ipadDesktopMode))).toBe("ios-safari");
  expect(installOfferFor(env(UA.ipadDesktopMode, { maxTouchPoints: 0 }))).toBe("none");
});

test("other browsers on iOS, in-app ones included, are told to open the page in Safari", () => {
  expect(installOfferFor(env(UA.iphoneChrome))).toBe("ios-other-browser");
  expect(installOfferFor(env(UA.iphoneZalo))).toBe("ios-other-browser");
});

test("Chromium offers our button only once it fired beforeinstallprompt", () => {
  expect(installOfferFor(env(UA.android))).toBe("none");
  expect(installOfferFor(env(UA.android, { hasInstallPrompt: true }))).toBe("prompt");
});

test("an installed app (standalone window) is offered nothing", () => {
  expect(installOfferFor(env(UA.iphoneSafari, { isStandalone: true }))).toBe("none");
  expect(installOfferFor(env(UA.android, { isStandalone: true, hasInstallPrompt: true }))).toBe("none");
});

test("a dismissed offer stays hidden for 30 days, then comes back; garbage counts as not dismissed", () => {
  const now = new Date("2026-12-01T00:00:00Z");
  expect(isOfferDismissed(null, now)).toBe(false);
  expect(isOfferDismissed("2026-11-30T00:00:00Z", now)).toBe(true);
  expect(isOfferDismissed("2026-11-02T00:00:00Z", now)).toBe(true);
  expect(isOfferDismissed("2026-10-31T00:00:00Z", now)).toBe(false);
  expect(isOfferDismissed("not a date", now)).toBe(false);
});

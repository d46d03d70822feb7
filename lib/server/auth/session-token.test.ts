import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { expect, test } from "vitest";
import { decodeSessionToken, encodeSessionToken, sessionTokenFromCookieHeader } from "./session-token";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const USER = { id: "0190d7a2-0000-7000-8000-000000000001", role: "officer" as const, name: "Nguyễn Văn An", username: "chv.an", unitId: "0190d7a2-0000-7000-8000-0000000000aa" };

test("a token we issue is read by next-auth's own codec, and the other way round", async () => {
  const ours = await encodeSessionToken({ token: { user: USER }, secret: SECRET });
  expect((await nextAuthDecode({ token: ours, secret: SECRET }))?.user).toEqual(USER);
  const theirs = await nextAuthEncode({ token: { user: USER }, secret: SECRET });
  expect((await decodeSessionToken({ token: theirs, secret: SECRET }))?.user).toEqual(USER);
});

test("the token carries issue and expiry times and a fresh id every time", async () => {
  const first = await decodeSessionToken({ token: await encodeSessionToken({ token: {}, secret: SECRET, maxAge: 60 }), secret: SECRET });
  const second = await decodeSessionToken({ token: await encodeSessionToken({ token: {}, secret: SECRET, maxAge: 60 }), secret: SECRET });
  expect(Number(first?.exp) - Number(first?.iat)).toBe(60);
  expect(first?.jti).not.toBe(second?.jti);
});

test("an expired token, another secret's token and a forged one are refused", async () => {
  const expired = await encodeSessionToken({ token: { user: USER }, secret: SECRET, maxAge: -60 });
  await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow();
  const foreign = await encodeSessionToken({ token: { user: USER }, secret: `${SECRET}-other` });
  await expect(decodeSessionToken({ token: foreign, secret: SECRET })).rejects.toThrow();
  const valid = await encodeSessionToken({ token: { user: USER }, secret: SECRET });
  const [header, key, iv, body, tag] = valid.split(".");
  const flipped = `${body?.startsWith("A") ? "B" : "A"}${body?.slice(1)}`;
  await expect(decodeSessionToken({ token: [header, key, iv, flipped, tag].join("."), secret: SECRET })).rejects.toThrow();
  expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
});

test("the session cookie is found among others, whole or in chunks; the __Secure- one wins", () => {
  expect(sessionTokenFromCookieHeader(null)).toBeNull();
  expect(sessionTokenFromCookieHeader("theme=dark; next-auth.csrf-token=abc")).toBeNull();
  expect(sessionTokenFromCookieHeader("theme=dark; next-auth.session-token=aaa.bbb; x=1")).toBe("aaa.bbb");
  expect(sessionTokenFromCookieHeader("next-auth.session-token=plain; __Secure-next-auth.session-token=secure")).toBe("secure");
  expect(sessionTokenFromCookieHeader("next-auth.session-token.1=second; next-auth.session-token.0=first")).toBe("firstsecond");
  expect(sessionTokenFromCookieHeader("next-auth.session-token=a%2Eb")).toBe("a.b");
});

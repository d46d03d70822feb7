import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

// The first x-forwarded-for hop is the client as seen by our own proxy (Next's server sets it from the socket
// when there is no proxy). A client can spoof it only when the app is exposed without a proxy that rewrites it.
export function clientIpFromHeaders(headers: HeaderBag): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || "unknown";
}

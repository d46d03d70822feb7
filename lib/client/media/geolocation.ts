import "client-only";
import { err, ok, type Result } from "@/lib/domain/result";
import type { GeoFix } from "@/lib/domain/records/envelope";

export type GeoError = "unsupported" | "denied" | "unavailable" | "timeout";

export const GEO_ERROR_MESSAGES: Record<GeoError, string> = {
  unsupported: "Thiết bị này không có định vị GPS",
  denied: "Ứng dụng chưa được phép dùng vị trí. Bật quyền vị trí trong cài đặt trình duyệt.",
  unavailable: "Không xác định được vị trí (trong nhà hoặc không có tín hiệu GPS)",
  timeout: "Quá thời gian chờ tín hiệu GPS. Ra chỗ thoáng rồi thử lại.",
};

/** One high-accuracy fix; never throws. GPS works with no network, which is the point in a rural commune. */
export function currentPosition(timeoutMs = 20_000): Promise<Result<GeoFix, GeoError>> {
  if (typeof navigator === "undefined" || !("geolocation" in navigator)) return Promise.resolve(err("unsupported"));
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve(
          ok({
            lat: position.coords.latitude,
            lng: position.coords.longitude,
            accuracy: Math.round(position.coords.accuracy * 10) / 10,
          }),
        ),
      (error) => {
        const kinds: Record<number, GeoError> = { 1: "denied", 2: "unavailable", 3: "timeout" };
        resolve(err(kinds[error.code] ?? "unavailable"));
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}

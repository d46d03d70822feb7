import type { GeoFix } from "@/lib/domain/records/envelope";
import { GPS_ACCURACY_WARNING_METRES } from "@/lib/domain/records/location-rule";
import { Badge } from "../ui/badge";
import { ReviewCard } from "./review-card";

function coordinate(value: number): string {
  return value.toFixed(6);
}

/**
 * Where the device was when the record was finalized, how precise that is, and the officer's note. No link to
 * an online map: a debtor's whereabouts are personal data and are not sent to a third-party service.
 */
export function LocationPanel({ location, locationNote }: { location: GeoFix | null; locationNote: string | null }) {
  const isPoor = location !== null && location.accuracy > GPS_ACCURACY_WARNING_METRES;
  return (
    <ReviewCard title="Vị trí GPS" testId="location-panel">
      {location ? (
        <>
          <p className="text-sm text-slate-900" data-testid="location-fix">
            {coordinate(location.lat)}, {coordinate(location.lng)} (sai số ± {Math.round(location.accuracy).toLocaleString("vi-VN")} m)
          </p>
          {isPoor ? (
            <p>
              <Badge tone="warning">Sai số trên {GPS_ACCURACY_WARNING_METRES} m</Badge>
            </p>
          ) : null}
        </>
      ) : (
        <p>
          <Badge tone="warning">Không có vị trí GPS</Badge>
        </p>
      )}
      {locationNote ? (
        <p className="text-sm text-slate-800" data-testid="location-note">
          Ghi chú về vị trí: {locationNote}
        </p>
      ) : null}
    </ReviewCard>
  );
}

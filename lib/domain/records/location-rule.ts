import type { GeoFix } from "./envelope";

// Apart from the record schemas (field-record.ts) so that the capture form can say it without loading zod (issue #7).

/** Above this GPS error (metres) the place of the minutes is doubtful: the officer must say why. */
export const GPS_ACCURACY_WARNING_METRES = 100;

/**
 * A biên bản states where it was made; a missing or poor GPS fix is accepted only with the officer's reason.
 * Exported so a form can show this message while the rest of the record is still incomplete.
 */
export function locationNoteProblem(location: GeoFix | null, locationNote: string | null): string | null {
  if (locationNote !== null && locationNote.trim().length >= 3) return null;
  if (location === null) return "Chưa có vị trí GPS: ghi rõ lý do";
  if (location.accuracy > GPS_ACCURACY_WARNING_METRES) {
    return `Sai số GPS trên ${GPS_ACCURACY_WARNING_METRES} m: ghi rõ lý do trước khi hoàn tất`;
  }
  return null;
}

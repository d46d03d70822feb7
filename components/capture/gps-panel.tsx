"use client";

import { useState } from "react";
import { GEO_ERROR_MESSAGES, type GeoError, currentPosition } from "@/lib/client/media/geolocation";
import type { GeoFix } from "@/lib/domain/records/envelope";
import { GPS_ACCURACY_WARNING_METRES } from "@/lib/domain/records/location-rule";

interface GpsPanelProps {
  location: GeoFix | null;
  locationNote: string | null;
  error?: string;
  readOnly?: boolean;
  onLocation(location: GeoFix): void;
  onNote(note: string | null): void;
}

/** The place of the minutes: a GPS fix with its accuracy; a missing or poor fix needs the officer's reason. */
export function GpsPanel({ location, locationNote, error, readOnly, onLocation, onNote }: GpsPanelProps) {
  const [isLocating, setIsLocating] = useState(false);
  const [geoError, setGeoError] = useState<GeoError | null>(null);
  const isPoor = location !== null && location.accuracy > GPS_ACCURACY_WARNING_METRES;
  const needsNote = location === null || isPoor;

  async function locate() {
    setIsLocating(true);
    setGeoError(null);
    const result = await currentPosition();
    setIsLocating(false);
    if (result.ok) onLocation(result.data);
    else setGeoError(result.error);
  }

  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 font-semibold">Vị trí lập biên bản (GPS)</legend>
      <p data-testid="gps-fix" aria-live="polite">
        {location
          ? `Vĩ độ ${location.lat.toFixed(6)}, kinh độ ${location.lng.toFixed(6)}, sai số ± ${location.accuracy.toLocaleString("vi-VN")} m`
          : "Chưa có vị trí"}
      </p>
      {isPoor ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Sai số trên {GPS_ACCURACY_WARNING_METRES} m: vị trí chưa đủ tin cậy. Hãy thử lấy lại ở chỗ thoáng, hoặc ghi lý do để vẫn lưu.
        </p>
      ) : null}
      {geoError ? <p className="text-sm text-red-800">{GEO_ERROR_MESSAGES[geoError]}</p> : null}
      {readOnly ? null : (
        <button type="button" onClick={() => void locate()} disabled={isLocating} className="min-h-11 self-start rounded-md border border-slate-300 px-3 hover:bg-slate-100 disabled:text-slate-400">
          {isLocating ? "Đang lấy vị trí…" : location ? "Lấy lại vị trí GPS" : "Lấy vị trí GPS"}
        </button>
      )}
      {needsNote || locationNote ? (
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Lý do không có vị trí hoặc sai số lớn</span>
          <textarea
            value={locationNote ?? ""}
            disabled={readOnly}
            onChange={(event) => onNote(event.target.value === "" ? null : event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "location-note-error" : undefined}
            rows={2}
            className={`rounded-md border px-2 py-1 text-base ${error ? "border-red-700" : "border-slate-400"}`}
          />
          {error ? <span id="location-note-error" className="text-red-800">{error}</span> : null}
        </label>
      ) : null}
    </fieldset>
  );
}

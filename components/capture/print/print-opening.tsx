import type { FieldRecord } from "@/lib/domain/records/field-record";
import { BLANK, clockPartsVi, coordinatesVi } from "./print-format";
import { placeOf, startedAtOf } from "./record-facts";

/** Where the device says the minutes were made; a missing or poor fix is printed with the officer's reason. */
function LocationLine({ record }: { record: FieldRecord }) {
  const { location, locationNote } = record;
  if (location === null && locationNote === null) return null;
  return (
    <p className="bb-italic">
      {location ? `Vị trí GPS: ${coordinatesVi(location)}` : "Không có vị trí GPS"}
      {locationNote ? ` (ghi chú: ${locationNote})` : ""}.
    </p>
  );
}

/** "Hôm nay, vào lúc … giờ … phút, ngày … tháng … năm …, tại …" in Vietnam time. */
export function PrintOpening({ record }: { record: FieldRecord }) {
  const { hour, minute, day, month, year } = clockPartsVi(startedAtOf(record));
  const place = placeOf(record).text ?? BLANK;
  return (
    <>
      <p>
        Hôm nay, vào lúc {hour} giờ {minute} phút, ngày {day} tháng {month} năm {year}, tại {place}.
      </p>
      <LocationLine record={record} />
    </>
  );
}

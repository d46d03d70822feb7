// `<input type="datetime-local">` speaks wall-clock time without a zone ("2026-11-29T09:30"); the schemas need
// an ISO instant with an offset. Minutes are always written in Vietnam (UTC+7, no DST), whatever the phone's
// own zone is set to, so the wall-clock value is read and written as +07:00.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** `2026-11-29T09:30` → `2026-11-29T09:30:00+07:00`; an empty or malformed value → undefined. */
export function localInputToIso(value: string): string | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds = "00"] = match;
  const iso = `${date}T${hours}:${minutes}:${seconds}+07:00`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** An ISO instant (any offset) → the Vietnam wall-clock value of a datetime-local input; otherwise "". */
export function isoToLocalInput(iso: unknown): string {
  if (typeof iso !== "string") return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso)) return "";
  const wall = new Date(ms + VN_OFFSET_MS).toISOString(); // UTC fields now read as Vietnam time
  const seconds = wall.slice(17, 19);
  return seconds === "00" ? wall.slice(0, 16) : wall.slice(0, 19);
}

/** An instant as ISO with the +07:00 offset, truncated to the minute (what the input can show). */
export function toVietnamIso(instant: Date): string {
  const wall = new Date(instant.getTime() + VN_OFFSET_MS).toISOString();
  return `${wall.slice(0, 16)}:00+07:00`;
}

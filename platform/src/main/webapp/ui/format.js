// Values as people read them: yes/no instead of 0/1, bytes in GiB, durations in days and hours.
export { formatBytes } from './dom.js';

/** 1/true/"1" → "yes", 0/false/"0" → "no", anything else as it is (empty for null). */
export function yesNo(value) {
  if (value === null || value === undefined || value === '') return '';
  if (value === true || value === 1 || value === '1' || value === 'true') return 'yes';
  if (value === false || value === 0 || value === '0' || value === 'false') return 'no';
  return String(value);
}

/** Seconds as "3 d 4 h", "5 h 12 min", "42 s". */
export function formatDuration(seconds) {
  const s = Math.floor(Number(seconds));
  if (!Number.isFinite(s) || s < 0) return '';
  if (s >= 86400) return `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min`;
  return `${s} s`;
}

/** "2 min ago" from a number of seconds the server measured (so the browser's clock does not matter). */
export function ago(seconds) {
  if (seconds === null || seconds === undefined) return '';
  return seconds < 5 ? 'just now' : `${formatDuration(seconds)} ago`;
}

/** "1 package" / "12 packages". */
export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

const numbers = new Intl.NumberFormat('en-US');

export function count(value: number): string {
  return numbers.format(value);
}

export function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(value)} ${value === 1 ? singular : pluralForm}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : shareText(part / whole);
}

/** A share from 0 to 1 as a whole percentage. */
export function shareText(share: number): string {
  const percentage = 100 * share;
  // 99.6% is not 100%: round toward the middle so a single failure still shows.
  const rounded = percentage > 99 && percentage < 100 ? Math.floor(percentage) : percentage < 1 && percentage > 0 ? Math.ceil(percentage) : Math.round(percentage);
  return `${rounded}%`;
}

/** "2026-03-04 05:04 UTC": one unambiguous form wherever the report is opened. */
export function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function duration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / 1000);
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = `${minutes % 60} min ${Math.round(seconds % 60)} s`;
  return minutes < 60 ? rest : `${Math.floor(minutes / 60)} h ${rest}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// A copy of a string that keeps no larger string alive: for the keys of caches that outlive the text they come from.

/**
 * V8 makes a substring of 13 characters or more as a view into the string it was cut from, so a long-lived cache
 * keyed by a spelling read from a draft keeps the whole draft alive (21 MB for a 10 MB draft, for as long as the
 * entry lives). Parsing JSON makes every string anew, so the round trip gives a copy that stands alone; it is only
 * paid when a cache takes a new key.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

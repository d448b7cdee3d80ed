// Holds each document's settings: pulled from the editor per document (they may differ per folder), or pushed when it cannot be asked.

import { DEFAULT_SETTINGS, readSettings, type NegotextSettings } from './settings';

/** Asks the editor for the `negotext` section as seen from a document; undefined when the editor cannot be asked. */
export type SettingsFetcher = ((uri: string) => Promise<unknown>) | undefined;

/**
 * Settings are fetched once per document and kept until they change. Handlers read them synchronously (a hover
 * cannot wait for the editor); the diagnostics run awaits `load` first, so by the time a user hovers they are there.
 */
export class SettingsStore {
  private readonly byUri = new Map<string, NegotextSettings>();
  private readonly loading = new Map<string, Promise<NegotextSettings>>();
  private pushed: NegotextSettings = DEFAULT_SETTINGS;

  constructor(private readonly fetch: SettingsFetcher) {}

  /** The settings known for `uri` now. */
  get(uri: string): NegotextSettings {
    return this.byUri.get(uri) ?? this.pushed;
  }

  /** The settings for `uri`, asking the editor when they are not known yet. */
  async load(uri: string): Promise<NegotextSettings> {
    const known = this.byUri.get(uri);
    if (known || !this.fetch) return known ?? this.pushed;
    let pending = this.loading.get(uri);
    if (!pending) {
      pending = this.fetch(uri)
        .then((section) => readSettings(section))
        .catch(() => this.pushed)
        .then((settings) => {
          // A change notification that arrived meanwhile cleared the map; the fresh fetch wins then.
          if (this.loading.get(uri) === pending) {
            this.byUri.set(uri, settings);
            this.loading.delete(uri);
          }
          return settings;
        });
      this.loading.set(uri, pending);
    }
    return pending;
  }

  /** Forgets everything after `workspace/didChangeConfiguration`; `pushedSection` is the payload for editors that push. */
  changed(pushedSection: unknown): void {
    this.byUri.clear();
    this.loading.clear();
    if (pushedSection !== undefined && pushedSection !== null) this.pushed = readSettings(pushedSection);
  }

  /** Forgets a closed document's settings. */
  drop(uri: string): void {
    this.byUri.delete(uri);
    this.loading.delete(uri);
  }
}

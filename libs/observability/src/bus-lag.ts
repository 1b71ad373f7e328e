/** How far behind each consumer is, in messages: a broker's consumer groups tell it, the in-process bus counts it in the store. */
export interface LagSource {
  lag(): Promise<readonly { readonly consumer: string; readonly messages: number }[]>;
  /** Events stored but not yet on the broker, by relay (those this process runs). */
  relayLag?(): Promise<readonly { readonly relay: string; readonly events: number }[]>;
  /** Messages copied to the dead-letter topic since the process started, by consumer. */
  deadLettered?(): readonly { readonly consumer: string; readonly messages: number }[];
}

/** Optional injection token of the app's `LagSource`: without one, no lag is exposed or checked. */
export const BUS_LAG = Symbol('LagSource');

/** When a closing command says the guide closed: as recorded the first time, on a retry; `now` when it recorded nothing. */
export function closedAt(events: readonly { readonly type: string; readonly data: unknown }[], now: string): string {
  const closure = events.find((event) => ['GuideAnnulled', 'GuideExpired', 'GuideDelivered'].includes(event.type));
  return (closure?.data as { at: string } | undefined)?.at ?? now;
}

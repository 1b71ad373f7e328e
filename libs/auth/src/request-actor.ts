import type { AuthenticatedActor } from './authenticated-actor.js';

// A symbol, so nothing a client sends and no other middleware can set it.
const ACTOR = Symbol('AuthenticatedActor');

interface WithActor {
  [ACTOR]?: AuthenticatedActor;
}

export function attachActor(request: object, actor: AuthenticatedActor): void {
  (request as WithActor)[ACTOR] = actor;
}

export function attachedActor(request: object): AuthenticatedActor | undefined {
  return (request as WithActor)[ACTOR];
}

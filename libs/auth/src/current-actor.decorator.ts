import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { TokenMissing } from './auth-errors.js';
import { attachedActor } from './request-actor.js';

/** The `AuthenticatedActor` the guard established for this request: `handle(@CurrentActor() actor: AuthenticatedActor)`. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = attachedActor(context.switchToHttp().getRequest<object>());
  // Only a `@Public()` endpoint gets here without one: asking for an actor there means it needs a token after all.
  if (actor === undefined) throw new TokenMissing();
  return actor;
});

import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from './role.js';

/** Who may call an endpoint; both decorators write this one key, so a method's declaration overrides its class's. */
export const ACCESS = Symbol('Access');

export type Access = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

/** An endpoint (or every endpoint of a controller) callable with a bearer token for one of `roles`. */
export function Roles(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS, { kind: 'roles', roles } satisfies Access),
    ApiBearerAuth(),
    ApiExtension('x-roles', roles),
    ApiUnauthorizedResponse({ description: 'No valid bearer token: `token_missing`, `token_invalid`, `token_expired` or `token_lifetime_too_long`' }),
    ApiTooManyRequestsResponse({ description: '`too_many_failed_authentications`: this address presented too many refused tokens lately; `Retry-After` says when to try again' }),
    ApiForbiddenResponse({ description: `The token's role is not one of: ${roles.join(', ')}` }),
  );
}

/** An endpoint anyone may call without a token (certificate verification, health). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS, { kind: 'public' } satisfies Access);
}

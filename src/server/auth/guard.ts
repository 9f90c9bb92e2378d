/** Who is asking, and may they: the actor from the session, permission checks. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { can, type Actor, type Permission } from '../../domain/roles.js';

declare module 'fastify' {
  interface Session {
    userId?: string;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor. @throws AppError unauthenticated */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('unauthenticated');
  }
  return request.actor;
}

/** The signed-in actor holding a permission. @throws AppError unauthenticated | forbidden */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = actorOf(request);
  if (!can(actor.role, permission)) {
    throw new AppError('forbidden');
  }
  return actor;
}

/** /api/v1/auth/* and /api/v1/me: sign in, sign out, who am I, change password. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginInput, PasswordChange, User } from '../../domain/registry/user.schema.js';
import { PERMISSIONS } from '../../domain/roles.js';
import { can } from '../../domain/roles.js';
import type { Db } from '../../db/connect.js';
import { findUser } from '../../db/user.repository.js';
import { appendAudit } from '../../db/audit.repository.js';
import { changePassword, signIn, toPublicUser } from './auth.service.js';
import { actorOf } from './guard.js';
import { hashSessionId } from './session-store.js';
import { AppError } from '../../domain/errors.js';

const Me = z.object({ user: User, permissions: z.array(z.enum(PERMISSIONS)) });

export const authRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: LoginInput,
        response: { 200: Me },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async function login(request) {
      const user = await signIn(db, { ...request.body, ip: request.ip });
      await request.session.regenerate();
      request.session.userId = user.id;
      return {
        user: toPublicUser(user),
        permissions: PERMISSIONS.filter((p) => can(user.role, p)),
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out; ends this session',
        response: { 204: z.null() },
      },
    },
    async function logout(request, reply) {
      if (request.actor) {
        const actor = request.actor;
        await appendAudit(db, [
          { actor, action: 'logout', entity: 'user', entityId: actor.userId, ip: request.ip },
        ]);
      }
      await request.session.destroy();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and what they may do',
        response: { 200: Me },
      },
    },
    async function me(request) {
      const actor = actorOf(request);
      const user = await findUser(db, actor.userId);
      if (!user) {
        throw new AppError('unauthenticated');
      }
      return {
        user: toPublicUser(user),
        permissions: PERMISSIONS.filter((p) => can(user.role, p)),
      };
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password; other sessions end',
        body: PasswordChange,
        response: { 204: z.null() },
      },
    },
    async function changeMyPassword(request, reply) {
      const actor = actorOf(request);
      await changePassword(db, actor, {
        ...request.body,
        sessionIdHash: hashSessionId(request.session.sessionId),
      });
      return reply.status(204).send(null);
    },
  );
};

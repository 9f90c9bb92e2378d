/** /api/v1/users: accounts, for administrators (users.manage). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  PasswordReset,
  User,
  UserCreate,
  UserListQuery,
  UserPatch,
} from '../../domain/registry/user.schema.js';
import { changeUser, createUser } from '../auth/auth.service.js';
import { requirePermission } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import { listAccounts, readAccount, resetAccountPassword } from './user.service.js';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const { db } = handle;
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List accounts in username order (keyset pages)',
        querystring: UserListQuery,
        response: { 200: page(User) },
      },
    },
    async function listUsersRoute(request) {
      requirePermission(request, 'users.manage');
      return listAccounts(db, request.query);
    },
  );
  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create an account (409 when the username is taken)',
        body: UserCreate,
        response: { 201: User },
      },
    },
    async function createUserRoute(request, reply) {
      const actor = requirePermission(request, 'users.manage');
      return reply.status(201).send(await createUser(db, actor, request.body));
    },
  );
  app.get(
    '/users/:id',
    {
      schema: { tags, summary: 'One account', params: zIdParam, response: { 200: User } },
    },
    async function readUserRoute(request) {
      requirePermission(request, 'users.manage');
      return readAccount(db, request.params.id);
    },
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: "Change name, role, cadre link or activity; deactivation ends the user's sessions",
        params: zIdParam,
        body: UserPatch,
        response: { 200: User },
      },
    },
    async function changeUserRoute(request) {
      const actor = requirePermission(request, 'users.manage');
      return changeUser(db, actor, request.params.id, request.body);
    },
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: "Set a new password: unlocks the account and ends the user's sessions",
        params: zIdParam,
        body: PasswordReset,
        response: { 200: User },
      },
    },
    async function resetPasswordRoute(request) {
      const actor = requirePermission(request, 'users.manage');
      return resetAccountPassword(db, actor, request.params.id, request.body.password);
    },
  );
};

/** /api/v1/courses, enrollments and follow-ups of skills training (技能培训). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';
import { courseRoutes } from './course.routes.js';
import { enrollmentRoutes } from './enrollment.routes.js';

export const trainingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  await app.register(courseRoutes, { db: deps.handle.db });
  await app.register(enrollmentRoutes, { db: deps.handle.db });
};

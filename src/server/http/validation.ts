/** Zod validation at the HTTP boundary: failures become AppErrors naming each field. */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) =>
  function validate(data: unknown) {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      return { value: result.data };
    }
    return { error: new AppError('validation', { fields: issuesToFields(result.error.issues) }) };
  };

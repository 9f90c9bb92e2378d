import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES } from '../src/domain/messages/i18n.js';
import { buildTestApp } from './helpers/app.js';
import { openTestDb, type TestDb } from './helpers/db.js';

type Json = Record<string, unknown>;
interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}
interface Spec {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: Json;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const TYPES_30 = ['string', 'number', 'integer', 'boolean', 'array', 'object'];
/** JSON Schema keywords an OpenAPI 3.0 schema object may not use. */
const NOT_IN_30 = ['const', '$schema', '$defs', 'prefixItems', 'examples', 'propertyNames'];

function operations(spec: Spec): [string, string, Operation][] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => [path, method, op] as [string, string, Operation]),
  );
}

/** Every problem that would make a schema object invalid in OpenAPI 3.0, with where it is. */
function schemaProblems(node: unknown, where: string, spec: Spec): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((n, i) => schemaProblems(n, `${where}/${i}`, spec));
  }
  if (node === null || typeof node !== 'object') {
    return [];
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'type' && !(typeof value === 'string' && TYPES_30.includes(value))) {
      problems.push(`${where}: type ${JSON.stringify(value)}`);
    }
    if (NOT_IN_30.includes(key)) {
      problems.push(`${where}: ${key}`);
    }
    if (key === '$ref' && !resolves(spec, String(value))) {
      problems.push(`${where}: $ref ${String(value)} does not resolve`);
    }
    if (key !== 'example' && key !== 'default' && key !== 'enum') {
      problems.push(...schemaProblems(value, `${where}/${key}`, spec));
    }
  }
  return problems;
}

function resolves(spec: Spec, ref: string): boolean {
  if (!ref.startsWith('#/')) {
    return false;
  }
  let node: unknown = spec;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== undefined;
}

/** The names of every input: parameters and the properties of request bodies, nested. */
function inputNames(op: Operation): string[] {
  const names = (op.parameters ?? []).map((p) => p.name);
  const walk = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') {
      return;
    }
    const s = schema as Json;
    for (const [name, sub] of Object.entries((s.properties as Json | undefined) ?? {})) {
      names.push(name);
      walk(sub);
    }
    walk(s.items);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      for (const sub of (s[key] as unknown[] | undefined) ?? []) {
        walk(sub);
      }
    }
  };
  walk(op.requestBody?.content?.['application/json']?.schema);
  return names;
}

describe('the OpenAPI document', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let spec: Spec;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    app = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    spec = res.json<Spec>();
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('is an OpenAPI 3 document with the API under /api/v1', () => {
    expect(spec.openapi).toMatch(/^3\.0\.\d+$/);
    expect(spec.info.title).toBe('bangfu API');
    expect(spec.info.version).toEqual(expect.any(String));
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/households',
      '/api/v1/households/{id}',
      '/api/v1/persons',
      '/api/v1/persons/{id}',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/users/{id}/reset-password',
      '/api/v1/audit',
    ]) {
      expect(Object.keys(spec.paths), path).toContain(path);
    }
    expect(Object.keys(spec.paths).filter((p) => p.includes('/api/v1/api/v1'))).toEqual([]);
  });

  it('documents the Idempotency-Key header on the creates a phone sends', () => {
    for (const path of ['/api/v1/activities', '/api/v1/assistance', '/api/v1/fund/donations']) {
      const header = spec.paths[path]?.post?.parameters?.find(
        (p) => p.in === 'header' && p.name === 'idempotency-key',
      );
      expect(header, path).toBeDefined();
      expect(header?.required ?? false, path).toBe(false);
    }
  });

  it('gives every operation a summary and a success response with a schema (unless 204)', () => {
    const problems: string[] = [];
    for (const [path, method, op] of operations(spec)) {
      if (!METHODS.includes(method)) {
        problems.push(`${method} ${path}: not an HTTP method`);
      }
      if (!op.summary) {
        problems.push(`${method} ${path}: no summary`);
      }
      const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      if (success.length === 0) {
        problems.push(`${method} ${path}: no 2xx response`);
      }
      for (const [code, response] of success) {
        // JSON answers document their schema; a file download documents its media type's.
        const schemas = Object.values(response.content ?? {}).filter((media) => media.schema);
        if (code !== '204' && schemas.length === 0) {
          problems.push(`${method} ${path}: ${code} has no schema`);
        }
      }
      if ((method === 'patch' || method === 'put') && !op.requestBody) {
        problems.push(`${method} ${path}: no request body`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('declares every path parameter, and nothing in a schema that OpenAPI 3.0 does not allow', () => {
    const problems: string[] = [];
    for (const [path, method, op] of operations(spec)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      if (JSON.stringify(declared.map((p) => p.name).sort()) !== JSON.stringify(inPath)) {
        problems.push(`${method} ${path}: path parameters ${JSON.stringify(declared)}`);
      }
      if (declared.some((p) => p.required !== true)) {
        problems.push(`${method} ${path}: a path parameter is not required`);
      }
      problems.push(...schemaProblems(op, `${method} ${path}`, spec));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('documents the request and response of registering a household', () => {
    const post = spec.paths['/api/v1/households']?.post;
    const body = post?.requestBody?.content?.['application/json']?.schema as Json;
    expect(body).toMatchObject({ type: 'object', required: ['villageCode', 'members'] });
    expect(Object.keys(body.properties as Json)).toEqual(
      expect.arrayContaining(['villageCode', 'address', 'status', 'members']),
    );
    const created = post?.responses?.['201']?.content?.['application/json']?.schema as Json;
    expect(Object.keys(created.properties as Json)).toEqual(
      expect.arrayContaining(['id', 'headName', 'members', 'statusHistory']),
    );
    const list = spec.paths['/api/v1/households']?.get;
    expect(list?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'village', 'status', 'q']),
    );
    const page = list?.responses?.['200']?.content?.['application/json']?.schema as Json;
    expect(Object.keys(page.properties as Json)).toEqual(['items', 'nextCursor']);
  });

  it('has a label in both languages for every input field, so error messages can name it', () => {
    const missing = new Set<string>();
    for (const [, , op] of operations(spec)) {
      for (const name of inputNames(op)) {
        for (const locale of LOCALES) {
          if (!CATALOGUES[locale][`label.${name}`]) {
            missing.add(`label.${name} (${locale})`);
          }
        }
      }
    }
    expect([...missing], [...missing].join('\n')).toEqual([]);
  });

  it('serves the interactive documentation as HTML at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});

/** /api/v1/products, certifications, cooperatives, sales, tourism-projects, collective-incomes, stories. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { zIdParam } from '../../domain/common.schema.js';
import * as coop from '../../domain/industry/cooperative.schema.js';
import * as income from '../../domain/industry/collective-income.schema.js';
import * as product from '../../domain/industry/product.schema.js';
import * as sale from '../../domain/industry/sale.schema.js';
import * as tourism from '../../domain/industry/tourism.schema.js';
import {
  ConsentInput,
  Story,
  StoryCreate,
  StoryListQuery,
  StoryPatch,
} from '../../domain/stories/story.schema.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import * as incomes from './collective-income.service.js';
import * as coops from './cooperative.service.js';
import * as products from './product.service.js';
import { recordRoutes } from './record-routes.js';
import * as sales from './sale.service.js';
import * as stories from './story.service.js';
import * as projects from './tourism.service.js';

export const industryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const db = deps.handle.db;
  recordRoutes(app, db, {
    path: '/products',
    tag: 'industry',
    noun: 'product',
    schemas: {
      query: product.ProductListQuery,
      create: product.ProductCreate,
      patch: product.ProductPatch,
      item: product.Product,
      detail: product.ProductDetail,
    },
    list: products.listProductsFor,
    create: products.createProduct,
    read: products.readProduct,
    correct: products.correctProduct,
    void: products.voidProduct,
  });
  recordRoutes(app, db, {
    path: '/certifications',
    tag: 'industry',
    noun: 'certification',
    schemas: {
      query: product.CertificationListQuery,
      create: product.CertificationCreate,
      patch: product.CertificationPatch,
      item: product.Certification,
      detail: product.Certification,
    },
    list: products.listCertificationsFor,
    create: products.createCertification,
    read: products.readCertification,
    correct: products.correctCertification,
    void: products.voidCertification,
  });
  recordRoutes(app, db, {
    path: '/cooperatives',
    tag: 'industry',
    noun: 'cooperative',
    schemas: {
      query: coop.CooperativeListQuery,
      create: coop.CooperativeCreate,
      patch: coop.CooperativePatch,
      item: coop.Cooperative,
      detail: coop.CooperativeDetail,
    },
    list: coops.listCooperativesFor,
    create: coops.createCooperative,
    read: coops.readCooperative,
    correct: coops.correctCooperative,
    void: coops.voidCooperative,
  });
  recordRoutes(app, db, {
    path: '/sales',
    tag: 'industry',
    noun: 'sale',
    schemas: {
      query: sale.SaleListQuery,
      create: sale.SaleCreate,
      patch: sale.SalePatch,
      item: sale.Sale,
      detail: sale.Sale,
    },
    list: sales.listSalesFor,
    create: sales.createSale,
    read: sales.readSale,
    correct: sales.correctSale,
    void: sales.voidSale,
  });
  recordRoutes(app, db, {
    path: '/tourism-projects',
    tag: 'industry',
    noun: 'tourism project',
    schemas: {
      query: tourism.TourismListQuery,
      create: tourism.TourismCreate,
      patch: tourism.TourismPatch,
      item: tourism.TourismProject,
      detail: tourism.TourismProject,
    },
    list: projects.listTourismFor,
    create: projects.createTourismProject,
    read: projects.readTourismProject,
    correct: projects.correctTourismProject,
    void: projects.voidTourismProject,
  });
  recordRoutes(app, db, {
    path: '/collective-incomes',
    tag: 'industry',
    noun: 'village collective income',
    schemas: {
      query: income.CollectiveIncomeListQuery,
      create: income.CollectiveIncomeCreate,
      patch: income.CollectiveIncomePatch,
      item: income.CollectiveIncome,
      detail: income.CollectiveIncome,
    },
    list: incomes.listCollectiveIncomesFor,
    create: incomes.recordCollectiveIncome,
    read: incomes.readCollectiveIncome,
    correct: incomes.correctCollectiveIncome,
    void: incomes.voidCollectiveIncome,
  });
  recordRoutes(app, db, {
    path: '/stories',
    tag: 'stories',
    noun: 'story',
    schemas: {
      query: StoryListQuery,
      create: StoryCreate,
      patch: StoryPatch,
      item: Story,
      detail: Story,
    },
    list: stories.listStoriesFor,
    create: stories.createStory,
    read: stories.visibleStory,
    correct: stories.correctStory,
    void: stories.voidStory,
  });
  app.patch(
    '/stories/:id/consent',
    {
      schema: {
        tags: ['stories'],
        summary: 'Give or withdraw consent to publish (audited)',
        params: zIdParam,
        body: ConsentInput,
        response: { 200: Story },
      },
    },
    async (request) => stories.setConsent(db, actorOf(request), request.params.id, request.body),
  );
};

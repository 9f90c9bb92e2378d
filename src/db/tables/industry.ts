/** Row types of the industry tables (cooperatives … collective income) and of stories. */
import type { RecordColumns } from './training.js';

export interface ProductsTable extends RecordColumns {
  id: string;
  name: string;
  category: string;
  unit: string;
  description: string;
}

export interface CooperativesTable extends RecordColumns {
  id: string;
  village_code: string;
  name: string;
  founded_on: string;
  business: string;
  note: string;
}

export interface CooperativeMembersTable {
  cooperative_id: string;
  household_id: string;
}

export interface CooperativeProductsTable {
  cooperative_id: string;
  product_id: string;
}

export interface CertificationsTable extends RecordColumns {
  id: string;
  product_id: string;
  cooperative_id: string | null;
  kind: string;
  number: string;
  issuer: string;
  valid_from: string;
  valid_to: string | null;
  note: string;
}

export interface SalesTable extends RecordColumns {
  id: string;
  product_id: string;
  cooperative_id: string | null;
  village_code: string | null;
  sale_date: string;
  channel: string;
  buyer_region: string;
  buyer_region_code: string | null;
  quantity: number;
  unit: string;
  revenue_fen: number;
  note: string;
}

export interface TourismProjectsTable extends RecordColumns {
  id: string;
  village_code: string;
  name: string;
  kind: string;
  opened_on: string;
  description: string;
}

export interface TourismYearsTable {
  project_id: string;
  year: number;
  visitors: number | null;
  revenue_fen: number | null;
}

export interface CollectiveIncomesTable extends RecordColumns {
  id: string;
  village_code: string;
  year: number;
  amount_fen: number;
  note: string;
}

export interface StoriesTable extends RecordColumns {
  id: string;
  household_id: string;
  person_id: string | null;
  quote: string;
  said_on: string;
  title: string;
  consent_given: number;
  consent_date: string | null;
  consent_method: string | null;
  consent_by_person_id: string | null;
}

export interface StoryLinksTable {
  story_id: string;
  record_kind: string;
  record_id: string;
}

export interface IndustryTables {
  products: ProductsTable;
  cooperatives: CooperativesTable;
  cooperative_members: CooperativeMembersTable;
  cooperative_products: CooperativeProductsTable;
  certifications: CertificationsTable;
  sales: SalesTable;
  tourism_projects: TourismProjectsTable;
  tourism_years: TourismYearsTable;
  collective_incomes: CollectiveIncomesTable;
  stories: StoriesTable;
  story_links: StoryLinksTable;
}

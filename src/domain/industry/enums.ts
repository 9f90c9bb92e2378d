/** The closed lists of industry (发展产业). Labels live in the message catalogues. */

export const PRODUCT_CATEGORIES = ['livestock', 'crop', 'handicraft', 'food', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** Green (绿色), organic (有机), trademark (商标), geographic indication (地理标志). */
export const CERTIFICATION_KINDS = [
  'green',
  'organic',
  'trademark',
  'geographic_indication',
  'other',
] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/** Pre-sale (预售), fixed-point direct supply (定点直供), livestream selling (直播带货), market. */
export const SALE_CHANNELS = [
  'pre_sale',
  'direct_supply',
  'livestream',
  'market',
  'other',
] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];

/** Rafting (水上漂流), scenic area (景区), homestay (民宿), farm stay (农家乐). */
export const TOURISM_KINDS = ['rafting', 'scenic_area', 'homestay', 'farm_stay', 'other'] as const;
export type TourismKind = (typeof TOURISM_KINDS)[number];

/** Row types of the industry tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IndustryTables {}

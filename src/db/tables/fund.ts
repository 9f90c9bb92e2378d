/** Row types of the fund tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FundTables {}

/** Row types of the assistance tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AssistanceTables {}

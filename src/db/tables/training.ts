/** Row types of the training tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TrainingTables {}

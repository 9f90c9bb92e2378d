/** Row types of the activities tables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActivitiesTables {}

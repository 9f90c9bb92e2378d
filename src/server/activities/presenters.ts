/** What leaves the server about activities and photos: a cadre sees only their paired households. */
import type { ActivityDetail, ActivitySummary } from '../../domain/activities/activity.schema.js';
import type { Photo } from '../../domain/activities/photo.schema.js';
import type { ActivityListRow } from '../../db/activity-list.repository.js';
import type { CadreRef, HouseholdRef, PersonRef } from '../../db/activity-refs.repository.js';
import type { ActivityRecord } from '../../db/activity.repository.js';
import type { PhotoRecord } from '../../db/photo.repository.js';

/** Households the viewer may see, or null for all. */
export type Visible = ReadonlySet<string> | null;

function sees(visible: Visible, householdId: string | null): boolean {
  return householdId !== null && (visible === null || visible.has(householdId));
}

/** A list row; the place household and the lecturer only when the viewer may see their household. */
export function presentSummary(row: ActivityListRow, visible: Visible): ActivitySummary {
  return {
    ...row,
    householdId: sees(visible, row.householdId) ? row.householdId : null,
    lecturer: row.lecturer && sees(visible, row.lecturer.householdId) ? row.lecturer : null,
  };
}

/** A photo with the URLs of its bytes; the thumbnail's hash stays inside. */
export function presentPhoto(p: PhotoRecord): Photo {
  const { thumbSha256: _t, ...rest } = p;
  return {
    ...rest,
    fileUrl: `/api/v1/photos/${p.id}/file`,
    thumbUrl: `/api/v1/photos/${p.id}/thumb`,
  };
}

/** Names of what an activity refers to. */
export interface ActivityNames {
  readonly cadres: ReadonlyMap<string, CadreRef>;
  readonly households: ReadonlyMap<string, HouseholdRef>;
  readonly persons: ReadonlyMap<string, PersonRef>;
}

/** The whole activity with named participants (filtered to what the viewer may see) and photos. */
export function presentDetail(
  input: {
    row: ActivityListRow;
    record: ActivityRecord;
    names: ActivityNames;
    photos: PhotoRecord[];
  },
  visible: Visible,
): ActivityDetail {
  const { row, record, names } = input;
  return {
    ...presentSummary(row, visible),
    notes: record.notes,
    cadres: record.cadreIds.map((id) => ({ id, name: names.cadres.get(id)?.name ?? '' })),
    households: record.householdIds
      .filter((id) => sees(visible, id))
      .map((id) => ({
        id,
        headName: names.households.get(id)?.headName ?? '',
        villageCode: names.households.get(id)?.villageCode ?? '',
      })),
    persons: record.persons
      .filter((p) => sees(visible, p.householdId))
      .map((p) => ({
        id: p.personId,
        name: names.persons.get(p.personId)?.name ?? '',
        householdId: p.householdId,
      })),
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedAt: record.updatedAt,
    voidedBy: record.voidedBy,
    voidReason: record.voidReason,
    photos: input.photos.map(presentPhoto),
  };
}

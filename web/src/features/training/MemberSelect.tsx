/** Pick a member of a household (once the household is picked): for enrollments and stories. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHouseholdOf } from './api';

/** The members of a picked household as select options. */
export function MemberSelect({
  householdId,
  ...props
}: {
  householdId: string | undefined;
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
}) {
  const { t } = useTranslation();
  const household = useHouseholdOf(householdId);
  const enabled = Boolean(householdId);
  return (
    <Select
      {...props}
      disabled={!enabled}
      loading={enabled && household.isPending}
      placeholder={enabled ? undefined : t('training.enroll.pickHouseholdFirst')}
      options={
        enabled
          ? (household.data?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} · ${t(`relation.${m.relation}`)} · ${m.birthDate}`,
            }))
          : []
      }
    />
  );
}

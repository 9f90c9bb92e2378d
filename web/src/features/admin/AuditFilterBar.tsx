/** The audit log's filters: user, record type, record id, action and period (kept in the URL). */
import { Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session';
import { useUsers, type AuditFilters } from './api';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, entityLabel } from './labels';

interface Props {
  filters: AuditFilters;
  /** Users seen in the loaded entries: an auditor has no account list to pick from. */
  seenUsers: ReadonlyMap<string, string>;
  onChange: (patch: Partial<AuditFilters>) => void;
  onClear: () => void;
}

function useUserOptions(seen: ReadonlyMap<string, string>, selected: string | undefined) {
  const me = useMe();
  const canList = me.data?.permissions.includes('users.manage') ?? false;
  const users = useUsers({}, canList);
  const known = new Map(seen);
  for (const u of users.data?.pages.flatMap((p) => p.items) ?? []) {
    known.set(u.id, `${u.username} · ${u.displayName}`);
  }
  if (selected && !known.has(selected)) {
    known.set(selected, selected);
  }
  return [...known].map(([value, label]) => ({ value, label }));
}

export function AuditFilterBar({ filters, seenUsers, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const userOptions = useUserOptions(seenUsers, filters.user);
  const period: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;
  return (
    <Space wrap style={{ marginBottom: 16 }} className="no-print">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 220 }}
        aria-label={t('admin.audit.user')}
        placeholder={t('admin.audit.user')}
        value={filters.user ?? null}
        options={userOptions}
        onChange={(user?: string) => onChange({ user })}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 180 }}
        aria-label={t('admin.audit.entity')}
        placeholder={t('admin.audit.entity')}
        value={filters.entity ?? null}
        options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
        onChange={(entity?: string) => onChange({ entity })}
        data-testid="audit-entity"
      />
      <Input.Search
        key={filters.entityId ?? ''}
        allowClear
        style={{ width: 320 }}
        aria-label={t('admin.audit.entityId')}
        placeholder={t('admin.audit.entityId')}
        defaultValue={filters.entityId}
        enterButton={t('common.search')}
        onSearch={(v) => onChange({ entityId: v.trim() || undefined })}
      />
      <Select
        allowClear
        style={{ width: 150 }}
        aria-label={t('admin.audit.action')}
        placeholder={t('admin.audit.action')}
        value={filters.action ?? null}
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`admin.action.${a}`) }))}
        onChange={(action?: string) => onChange({ action })}
      />
      <DatePicker.RangePicker
        aria-label={t('admin.audit.period')}
        value={period}
        format="YYYY-MM-DD"
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      <Button onClick={onClear}>{t('admin.audit.clear')}</Button>
    </Space>
  );
}

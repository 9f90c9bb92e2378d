/** An audit entry's before and after side by side, field by field, the changed fields highlighted. */
import { Table, Tag, Typography } from 'antd';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CATALOGUES } from '../../../../src/domain/messages/i18n';
import './admin.css';

/** Records whose `name` is a person's name (姓名); for the others it is a name of a thing (名称). */
const PEOPLE: ReadonlySet<string> = new Set(['person', 'cadre', 'user']);

/**
 * A field's label for the auditor: ours for the audit view, else the API's own field label (the
 * same words its errors use; the snapshot holds API values, so 金额（分） is meant), else none.
 */
export function auditFieldLabel(i18n: I18n, entity: string, field: string): string | null {
  if (field === 'name') {
    return i18n.t(PEOPLE.has(entity) ? 'admin.field.name.person' : 'admin.field.name.record');
  }
  if (i18n.exists(`admin.field.${field}`)) {
    return i18n.t(`admin.field.${field}`);
  }
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return CATALOGUES[lang][`label.${field}`] ?? null;
}

interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) {
    return '';
  }
  if (value === null) {
    return '∅';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One row per field in either snapshot, in the order they first appear; non-objects are one row. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    const [b, a] = [show(before ?? undefined), show(after ?? undefined)];
    return [{ field: '—', before: b, after: a, changed: b !== a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const [was, now] = [show(b[field]), show(a[field])];
    return {
      field,
      before: isRecord(before) ? was : '',
      after: isRecord(after) ? now : '',
      changed: was !== now,
    };
  });
}

export function AuditDiff(props: { entity: string; before: unknown; after: unknown }) {
  const { entity, before, after } = props;
  const { t, i18n } = useTranslation();
  const rows = diffRows(before, after);
  const changedCount = rows.filter((r) => r.changed).length;
  return (
    <div data-testid="audit-diff">
      <Typography.Text type="secondary">
        {t('admin.audit.changedCount', { count: changedCount })}
      </Typography.Text>
      <Table<DiffRow>
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={rows}
        rowClassName={(r) => (r.changed ? 'audit-changed' : '')}
        style={{ marginTop: 8 }}
        columns={[
          {
            title: t('admin.audit.field'),
            dataIndex: 'field',
            width: 260,
            render: (field: string, r) => (
              <span>
                {auditFieldLabel(i18n, entity, field) ?? ''}{' '}
                <Typography.Text code type="secondary">
                  {field}
                </Typography.Text>
                {r.changed ? (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    {t('admin.audit.changed')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('admin.audit.before'),
            dataIndex: 'before',
            render: (v: string, r) => (
              <Typography.Text delete={r.changed && v !== ''} style={{ wordBreak: 'break-all' }}>
                {v}
              </Typography.Text>
            ),
          },
          {
            title: t('admin.audit.after'),
            dataIndex: 'after',
            render: (v: string, r) => (
              <Typography.Text strong={r.changed} style={{ wordBreak: 'break-all' }}>
                {v}
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}

/** An audit entry's before and after side by side, field by field, the changed fields highlighted. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './admin.css';

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

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
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
            width: 200,
            render: (field: string, r) => (
              <span>
                <Typography.Text code>{field}</Typography.Text>
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

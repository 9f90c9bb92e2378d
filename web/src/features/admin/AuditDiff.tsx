/** An audit entry's before and after side by side, field by field, the changed fields highlighted. */
import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CATALOGUES } from '../../../../src/domain/messages/i18n';
import { yuanOf } from '../../ui/format';
import { auditValueLabel } from './audit-values';
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

/** An instant as the API writes it (UTC, with its zone), which the auditor reads in local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored value exactly, as text; what decides whether a field changed. */
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
    const [b, a] = [before ?? undefined, after ?? undefined];
    return [{ field: '—', before: b, after: a, changed: show(b) !== show(a) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: isRecord(before) ? b[field] : undefined,
    after: isRecord(after) ? a[field] : undefined,
    changed: show(b[field]) !== show(a[field]),
  }));
}

/**
 * A value as the auditor reads it: coded values in words, instants in local time, fen in 元, each
 * with the stored value beside it, so what is shown can always be matched with the API's record.
 */
function AuditValue(props: {
  entity: string;
  field: string;
  value: unknown;
  changed: boolean;
  side: 'before' | 'after';
}) {
  const { entity, field, value, changed, side } = props;
  const { t, i18n } = useTranslation();
  const style = { wordBreak: 'break-all' } as const;
  const raw = show(value);
  const emphasis =
    changed && raw !== '' ? (side === 'before' ? { delete: true } : { strong: true }) : {};
  const words = (text: string) => (
    <>
      <Typography.Text {...emphasis} style={style}>
        {text}
      </Typography.Text>{' '}
      <Typography.Text code type="secondary" style={style}>
        {raw}
      </Typography.Text>
    </>
  );
  if (typeof value === 'string') {
    const label = auditValueLabel(i18n, entity, field, value);
    if (label !== null) {
      return words(label);
    }
    if (INSTANT.test(value) && dayjs(value).isValid()) {
      return words(dayjs(value).format('YYYY-MM-DD HH:mm:ss'));
    }
  }
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    const labels = value.map((v) => auditValueLabel(i18n, entity, field, v));
    if (labels.every((l) => l !== null)) {
      return words(labels.join('、'));
    }
  }
  if (typeof value === 'number' && Number.isInteger(value) && field.endsWith('Fen')) {
    return words(t('registry.money', { amount: yuanOf(value) }));
  }
  return (
    <Typography.Text {...emphasis} style={style}>
      {raw}
    </Typography.Text>
  );
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
          ...(['before', 'after'] as const).map((side) => ({
            title: t(`admin.audit.${side}`),
            dataIndex: side,
            render: (value: unknown, r: DiffRow) => (
              <AuditValue
                entity={entity}
                field={r.field}
                value={value}
                changed={r.changed}
                side={side}
              />
            ),
          })),
        ]}
      />
    </div>
  );
}

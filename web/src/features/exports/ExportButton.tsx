/**
 * Export a list as .xlsx or CSV with the filters the page shows: a menu button any list page can
 * use, e.g. <ExportButton list="households" filters={{ village, status }} /> in its filter bar, or
 * <ExportButton list="units" bar /> on a line of its own. The file comes from
 * GET /api/v1/exports/{list}.{format}: the list's own scope, masked ID numbers unless asked whole.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportListName } from '../../../../src/domain/exports/export.schema';
import { qs } from '../../api';
import { fetchFile, saveFetched } from '../../ui/download';
import { useMe } from '../auth/session';

type Filters = Record<string, string | number | boolean | undefined | null>;

/** A page's filters object (any interface of optional scalar fields) as query parameters. */
function asFilters(filters: object): Filters {
  return filters as Filters;
}

export function ExportButton({
  list,
  filters = {},
  label,
  bar = false,
}: {
  list: ExportListName;
  /** The list page's current filters (those the list endpoint takes); paging is left out. */
  filters?: object;
  /** The button's text (default 导出). */
  label?: string;
  /** On a line of its own, at the right (for pages without a filter bar to sit in). */
  bar?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const canReveal =
    list === 'persons' && (me.data?.permissions.includes('id_number.reveal') ?? false);

  const run = async (format: ExportFormat, whole: boolean) => {
    setBusy(true);
    try {
      const query = qs({ ...asFilters(filters), ...(whole ? { idNumbers: 'whole' } : {}) });
      const file = await fetchFile(
        `/api/v1/exports/${list}.${format}${query}`,
        i18n.language,
        `${list}.${format}`,
      );
      saveFetched(file);
      void message.success(t('imports.export.started', { name: file.name }));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      void message.error(t('imports.export.failed', { message: text }));
    } finally {
      setBusy(false);
    }
  };

  const items: MenuProps['items'] = [
    { key: 'xlsx', label: t('imports.export.xlsx') },
    { key: 'csv', label: t('imports.export.csv') },
    ...(canReveal ? [{ key: 'whole', label: t('imports.export.whole') }] : []),
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'whole') {
      void run(key as ExportFormat, false);
      return;
    }
    modal.confirm({
      title: t('imports.export.wholeTitle'),
      content: t('imports.export.wholeContent'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => run('xlsx', true),
    });
  };
  const button = (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button icon={<DownloadOutlined />} loading={busy} className="no-print">
        {label ?? t('imports.export.button')}
      </Button>
    </Dropdown>
  );
  return bar ? (
    <div
      className="no-print"
      style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}
    >
      {button}
    </div>
  ) : (
    button
  );
}

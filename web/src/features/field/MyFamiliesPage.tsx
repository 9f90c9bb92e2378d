/** The cadre's field view on a phone: my paired families, when each was last visited and what is due. */
import { RightOutlined } from '@ant-design/icons';
import { Button, Skeleton, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Panel } from '../../ui/panel';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useMe } from '../auth/session';
import { useHouseholds } from '../registry/api';
import { openItems, useFieldChecklists, useLastVisits, type LastVisit } from './api';
import { MyFigures } from './MyFigures';

/** "上次走访 12 天前" / "尚未走访", and the due tags. */
function VisitLine({ visit }: { visit: LastVisit | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (visit === undefined) {
    return <Skeleton.Input active size="small" style={{ width: 120, height: 18 }} />;
  }
  return (
    <span
      style={{ color: visit.due ? token.colorError : token.colorTextSecondary }}
      data-testid="last-visit"
    >
      {visit.date === null
        ? t('field.neverVisited')
        : `${t('field.lastVisit')} ${
            visit.days === 0 ? t('field.today') : t('field.daysAgo', { count: visit.days ?? 0 })
          }`}
    </span>
  );
}

export function MyFamiliesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const me = useMe();
  const families = useHouseholds({ cadre: me.data?.user.cadreId ?? undefined });
  const rows = families.data?.pages.flatMap((p) => p.items) ?? [];
  const visits = useLastVisits(rows.map((h) => h.id));
  const five = useFieldChecklists();
  if (families.isPending) {
    return <Loading rows={6} />;
  }
  if (families.isError) {
    return <ErrorState error={families.error} retry={() => void families.refetch()} />;
  }
  const dueCount = rows.filter((h) => visits.get(h.id)?.due).length;
  return (
    <>
      <MyFigures />
      <Panel
        title={t('field.myFamilies')}
        extra={
          dueCount > 0 ? (
            <Tag color="red" data-testid="due-count">
              {t('field.families.dueCount', { count: dueCount })}
            </Tag>
          ) : null
        }
      >
        {rows.length === 0 ? (
          <EmptyState description={t('field.noFamilies')} />
        ) : (
          <div role="list">
            {rows.map((h) => {
              const visit = visits.get(h.id);
              const open = five.isPending ? 0 : openItems(five.checklists, h.id);
              return (
                <button
                  type="button"
                  role="listitem"
                  key={h.id}
                  data-testid="family-row"
                  onClick={() => void navigate(`/field/families/${h.id}`)}
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 12,
                    width: '100%',
                    minHeight: 72,
                    padding: '12px 16px',
                    border: 0,
                    borderBottom: '1px solid #f0f0f0',
                    background: 'none',
                    textAlign: 'left',
                    cursor: 'pointer',
                    font: 'inherit',
                  }}
                >
                  <span style={{ flex: 1, minWidth: 0 }}>
                    <strong style={{ fontSize: 16, display: 'block' }}>{h.headName}</strong>
                    <span style={{ display: 'block', color: token.colorTextSecondary }}>
                      {`${h.villageName} · ${t('household.memberCount')} ${h.memberCount}`}
                    </span>
                    <VisitLine visit={visit} />
                    <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
                      {visit?.due ? <Tag color="red">{t('field.families.visitDue')}</Tag> : null}
                      {open > 0 ? (
                        <Tag color="orange">{t('field.families.fiveOpen', { count: open })}</Tag>
                      ) : null}
                    </span>
                  </span>
                  <Tag>{t(`status.${h.status}`)}</Tag>
                  <RightOutlined aria-hidden />
                </button>
              );
            })}
          </div>
        )}
        {families.hasNextPage ? (
          <Button
            block
            size="large"
            onClick={() => void families.fetchNextPage()}
            loading={families.isFetchingNextPage}
          >
            {t('common.more')}
          </Button>
        ) : null}
      </Panel>
    </>
  );
}

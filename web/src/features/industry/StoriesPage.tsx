/** Stories (典型事例): a family member's words, newest first; a filter for publishable ones only. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Grid, Space, Switch, Table, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, ErrorState } from '../../ui/states';
import { isoDay, useWorkAccess } from '../training/shared';
import { useStories, type Story } from './api';
import { VillageSelect } from './parts';
import { ConsentTag } from './storyParts';
import { ExportButton } from '../exports/ExportButton';

interface StoryFilters {
  publishable?: boolean;
  village?: string;
  from?: string;
  to?: string;
}

export function StoriesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useWorkAccess();
  const switchId = useId();
  const [filters, setFilters] = useState<StoryFilters>({});
  const list = useStories({ ...filters });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const narrow = !Grid.useBreakpoint().sm;
  const columns = [
    {
      title: t('industry.story.saidOn'),
      dataIndex: 'saidOn',
      width: 120,
      responsive: ['sm' as const],
    },
    {
      title: t('industry.story.quote'),
      dataIndex: 'quote',
      render: (quote: string, s: Story) => (
        <Link to={`/stories/${s.id}`} style={{ display: 'block', maxWidth: 520 }}>
          {s.title ? (
            <Typography.Text strong style={{ display: 'block' }}>
              {s.title}
            </Typography.Text>
          ) : null}
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: 'inherit' }}>
            “{quote}”
          </Typography.Paragraph>
          {narrow ? (
            <Space size={8} wrap>
              <Typography.Text type="secondary">{`${s.saidOn} · ${s.personName ?? s.headName}`}</Typography.Text>
              <ConsentTag story={s} />
            </Space>
          ) : null}
        </Link>
      ),
    },
    {
      title: t('industry.story.speaker'),
      key: 'speaker',
      responsive: ['sm' as const],
      render: (_: unknown, s: Story) => s.personName ?? s.headName,
    },
    { title: t('industry.village'), dataIndex: 'villageName', responsive: ['md' as const] },
    {
      title: t('industry.story.consent'),
      key: 'consent',
      responsive: ['sm' as const],
      render: (_: unknown, s: Story) => <ConsentTag story={s} />,
    },
  ];
  return (
    <Card
      title={t('industry.story.list')}
      extra={
        access.canStory ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/stories/new')}
          >
            {t('industry.story.new')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }} align="center">
        <Space size={8}>
          <Switch
            id={switchId}
            checked={filters.publishable === true}
            data-testid="publishable-only"
            onChange={(on) => setFilters((f) => ({ ...f, publishable: on ? true : undefined }))}
          />
          <label htmlFor={switchId}>{t('industry.story.publishableOnly')}</label>
        </Space>
        <VillageSelect
          allowClear
          style={{ width: 180 }}
          placeholder={t('industry.village')}
          aria-label={t('industry.village')}
          onChange={(village) => setFilters((f) => ({ ...f, village }))}
        />
        <DatePicker.RangePicker
          format="YYYY-MM-DD"
          placeholder={[t('training.filter.from'), t('training.filter.to')]}
          onChange={(range) =>
            setFilters((f) => ({
              ...f,
              from: range?.[0] ? isoDay(range[0]) : undefined,
              to: range?.[1] ? isoDay(range[1]) : undefined,
            }))
          }
        />
        <ExportButton list="stories" filters={filters} />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Story>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={narrow ? undefined : { x: 'max-content' }}
            data-testid="stories"
            locale={{
              emptyText: (
                <EmptyState
                  description={t(
                    filters.publishable ? 'industry.story.nonePublishable' : 'industry.story.none',
                  )}
                />
              ),
            }}
          />
          {list.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}

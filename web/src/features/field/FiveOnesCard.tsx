/** A family's five-ones checklist in the running campaign(s): one big tickable row per item. */
import { App, Card, Checkbox, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIVE_ONES_ITEMS, type FiveOnesItem } from '../../../../src/domain/assistance/enums';
import { ErrorState } from '../../ui/states';
import { useTickItem } from '../measures/api';
import { errorText } from '../measures/shared';
import { useFieldChecklists, type FieldChecklist } from './api';

function Checklist({ checklist }: { checklist: FieldChecklist }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const tick = useTickItem();
  // The box shows the wanted state at once; the server's answer (or an error) settles it.
  const [pending, setPending] = useState<Partial<Record<FiveOnesItem, boolean>>>({});
  const set = (item: FiveOnesItem, done: boolean) => {
    const run = () => {
      setPending((p) => ({ ...p, [item]: done }));
      return tick
        .mutateAsync({
          campaignId: checklist.campaignId,
          checklistId: checklist.id,
          item,
          body: { done },
        })
        .then(() => void message.success(done ? t('field.five.ticked') : t('field.five.unticked')))
        .catch((error: unknown) => void message.error(errorText(error)))
        .finally(() => setPending(({ [item]: _settled, ...rest }) => rest));
    };
    if (done) {
      void run();
      return;
    }
    modal.confirm({
      title: t('measures.five.untickTitle'),
      content: t('measures.five.untickConfirm', {
        item: t(`measures.five.${item}`),
        name: checklist.headName,
      }),
      okText: t('measures.five.untick'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };
  return (
    <div data-testid="five-ones">
      <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 16px 0' }}>
        {`${checklist.campaign.title} · ${checklist.campaign.startDate} ~ ${checklist.campaign.endDate}`}
      </Typography.Text>
      {FIVE_ONES_ITEMS.map((item) => {
        const state = checklist.items.find((i) => i.item === item);
        return (
          <div
            key={item}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              minHeight: 52,
              padding: '0 16px',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <Checkbox
              checked={pending[item] ?? state?.done ?? false}
              onChange={(e) => set(item, e.target.checked)}
              style={{ flex: 1, alignItems: 'center', minHeight: 52, fontSize: 16 }}
              data-testid={`five-${item}`}
            >
              {t(`measures.five.${item}`)}
            </Checkbox>
            {state?.done && state.date ? (
              <Typography.Text type="secondary">{state.date}</Typography.Text>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

export function FiveOnesCard({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const five = useFieldChecklists();
  const mine = five.checklists.filter((c) => c.householdId === householdId);
  if (!five.isPending && !five.error && mine.length === 0) {
    return null;
  }
  const done = mine.reduce((n, c) => n + c.doneCount, 0);
  const total = mine.length * FIVE_ONES_ITEMS.length;
  return (
    <Card
      title={t('field.five.title')}
      extra={
        mine.length > 0 ? (
          <Tag color={done === total ? 'green' : 'orange'}>{`${done}/${total}`}</Tag>
        ) : null
      }
      styles={{ body: { padding: 0 } }}
    >
      {five.isPending ? (
        <div style={{ padding: 16 }}>
          <Skeleton active paragraph={{ rows: 4 }} />
        </div>
      ) : five.error ? (
        <ErrorState error={five.error} retry={five.refetch} />
      ) : (
        mine.map((c) => <Checklist key={c.id} checklist={c} />)
      )}
    </Card>
  );
}

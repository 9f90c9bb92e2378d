/** A grid of statistic cards, one per indicator: value, unit and name; the definition on hover. */
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/states';
import type { IndicatorDescription, IndicatorValue } from './api';
import { figureText } from './format';

function IndicatorCard({
  def,
  value,
  selected,
  onOpen,
}: {
  def: IndicatorDescription;
  value: IndicatorValue | undefined;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const unsupported = (value?.unsupported.length ?? 0) > 0;
  const text = figureText(value);
  return (
    <Card
      size="small"
      className={`indicator-card${selected ? ' indicator-card-selected' : ''}`}
      data-testid={`indicator-${def.id}`}
    >
      <Tooltip title={def.definition} placement="bottom">
        <button
          type="button"
          className="indicator-card-button"
          disabled={unsupported}
          aria-label={t('indicators.card.open', {
            name: def.name,
            value: text,
            unit: def.unitLabel,
          })}
          onClick={() => onOpen(def.id)}
        >
          <Statistic
            title={def.name}
            value={text}
            suffix={unsupported ? undefined : def.unitLabel}
          />
          {unsupported ? (
            <Typography.Text type="secondary" className="indicator-card-note">
              {t('indicators.card.unsupported')}
            </Typography.Text>
          ) : null}
        </button>
      </Tooltip>
    </Card>
  );
}

export function IndicatorCards({
  defs,
  values,
  selected,
  onOpen,
}: {
  defs: readonly IndicatorDescription[];
  values: ReadonlyMap<string, IndicatorValue>;
  selected: string | undefined;
  onOpen: (id: string) => void;
}) {
  if (defs.length === 0) {
    return <EmptyState />;
  }
  return (
    <Row gutter={[16, 16]} className="indicator-grid">
      {defs.map((def) => (
        <Col key={def.id} xs={24} sm={12} lg={8} xl={6} className="indicator-col">
          <IndicatorCard
            def={def}
            value={values.get(def.id)}
            selected={def.id === selected}
            onOpen={onOpen}
          />
        </Col>
      ))}
    </Row>
  );
}

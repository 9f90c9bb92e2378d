/** /villages/:code/cards: every card of a village the user may see, one A4 page each, to print. */
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useVillage } from '../registry/api';
import { useVillageCards, villageCardsPdfUrl } from './api';
import { CardSheet } from './CardSheet';
import { CardToolbar } from './CardToolbar';
import './cards.css';

export function VillageCardsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const village = useVillage(code);
  const cards = useVillageCards(code);
  const items = cards.data?.pages.flatMap((p) => p.items) ?? [];
  const complete = cards.isSuccess && !cards.hasNextPage;
  const expected = village.data?.householdCount ?? 0;
  const note = complete
    ? t('cards.village.count', { count: items.length })
    : t('cards.village.loading', { count: items.length });
  return (
    <div data-testid="village-cards-page">
      <CardToolbar
        title={t('cards.village.title', { village: village.data?.name ?? code })}
        back={`/villages/${code}`}
        pdfUrl={villageCardsPdfUrl(code)}
        ready={complete && items.length > 0}
        note={note}
      />
      {!complete && !cards.isError && expected > 0 ? (
        <Progress
          className="no-print"
          percent={Math.min(99, Math.round((items.length / expected) * 100))}
        />
      ) : null}
      {cards.isPending ? <Loading rows={12} /> : null}
      {cards.isError ? <ErrorState error={cards.error} retry={() => void cards.refetch()} /> : null}
      {complete && items.length === 0 ? (
        <EmptyState description={t('cards.village.empty')} />
      ) : null}
      {items.length > 0 ? (
        <div className="card-sheets" data-testid="card-sheets">
          {items.map((card) => (
            <CardSheet key={card.householdId} card={card} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

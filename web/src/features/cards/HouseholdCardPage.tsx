/** /households/:id/card: one household's card as it prints (A4), with print and PDF buttons. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { householdCardPdfUrl, useHouseholdCard } from './api';
import { CardSheet } from './CardSheet';
import { CardToolbar } from './CardToolbar';
import './cards.css';

export function HouseholdCardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const card = useHouseholdCard(id);
  return (
    <div data-testid="household-card-page">
      <CardToolbar
        title={t('cards.household.title')}
        back={`/households/${id}`}
        pdfUrl={householdCardPdfUrl(id)}
        ready={card.isSuccess}
      />
      {card.isPending ? <Loading rows={12} /> : null}
      {card.isError ? <ErrorState error={card.error} retry={() => void card.refetch()} /> : null}
      {card.isSuccess ? (
        <div className="card-sheets">
          <CardSheet card={card.data} />
        </div>
      ) : null}
    </div>
  );
}

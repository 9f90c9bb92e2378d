/** The buttons that open the print views: on a household's page and on a village's page. */
import { IdcardOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function HouseholdCardButton({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      icon={<IdcardOutlined />}
      style={{ marginTop: 12 }}
      data-testid="household-card-button"
      onClick={() => void navigate(`/households/${householdId}/card`)}
    >
      {t('cards.button.household')}
    </Button>
  );
}

export function VillageCardsButton({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      size="small"
      icon={<PrinterOutlined />}
      data-testid="village-cards-button"
      onClick={() => void navigate(`/villages/${code}/cards`)}
    >
      {t('cards.button.village')}
    </Button>
  );
}

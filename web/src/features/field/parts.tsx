/** Pieces the field pages share: the back link and the size of touch targets. */
import { LeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Big touch targets (at least 48 px high). */
export const BIG = { height: 56, fontSize: 17 } as const;

/** Back to "my families", or to a family page when `to` is given. */
export function BackLink({ to = '/field', label }: { to?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, minHeight: 44 }}>
      <LeftOutlined aria-hidden />
      {label ?? t('field.myFamilies')}
    </Link>
  );
}

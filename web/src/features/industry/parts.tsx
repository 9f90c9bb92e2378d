/** Small pieces the industry screens share: a certification's validity, a village picker. */
import { Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVillages } from '../registry/api';
import type { Certification } from './api';

/** "2024-01-01 ~ 2027-01-01" with an expired mark, or "长期有效". */
export function CertificationValidity({ cert }: { cert: Certification }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <span>
        {cert.validTo
          ? `${cert.validFrom} ~ ${cert.validTo}`
          : t('industry.cert.noExpiry', { from: cert.validFrom })}
      </span>
      {cert.expired ? <Tag color="red">{t('industry.cert.expired')}</Tag> : null}
    </Space>
  );
}

/** A village taken on, picked by name (inside a Form.Item or as a filter). */
export function VillageSelect(props: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}) {
  const villages = useVillages();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={villages.isPending}
      options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
      {...props}
    />
  );
}

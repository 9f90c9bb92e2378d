/** Selects that search the API as one types: a cadre, a household. Used inside antd Form.Item. */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCadres, useHouseholds, type Cadre } from './api';

function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim()), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

interface PickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The option to show for a value given before any search. */
  known?: { value: string; label: string } | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Pick a cadre by name; only active cadres unless `all`; `exclude` leaves one out; `onPick` gets the record. */
export function CadrePicker({
  all = false,
  exclude,
  known,
  onPick,
  onChange,
  ...props
}: PickerProps & { all?: boolean; exclude?: string; onPick?: (cadre: Cadre | undefined) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const cadres = useCadres({ q: q || undefined, ...(all ? {} : { active: true }) });
  const found = (cadres.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => c.id !== exclude);
  const options = found.map((c) => ({
    value: c.id,
    label: `${c.name} · ${c.unitName}`,
  }));
  if (known && !options.some((o) => o.value === known.value)) {
    options.unshift(known);
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={cadres.isFetching}
      placeholder={props.placeholder ?? t('registry.pairing.cadreSearch')}
      notFoundContent={cadres.isFetching ? null : t('common.empty')}
      options={options}
      onChange={(value: string | undefined) => {
        onChange?.(value);
        onPick?.(found.find((c) => c.id === value));
      }}
      {...props}
    />
  );
}

/** Pick a household by a member's name, pinyin, initials or ID tail. */
export function HouseholdPicker({ known, ...props }: PickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const households = useHouseholds({ q: q || undefined });
  const options = (households.data?.pages.flatMap((p) => p.items) ?? []).map((h) => ({
    value: h.id,
    label: `${h.headName} · ${h.villageName}${h.matched && h.matched !== h.headName ? ` (${h.matched})` : ''}`,
  }));
  if (known && !options.some((o) => o.value === known.value)) {
    options.unshift(known);
  }
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={households.isFetching}
      placeholder={props.placeholder ?? t('registry.pairing.householdSearch')}
      notFoundContent={households.isFetching ? null : t('common.empty')}
      options={options}
      {...props}
    />
  );
}

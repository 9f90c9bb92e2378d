/** Selects for the activity form: several cadres, several households, their members, a lecturer. */
import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCadres, useHouseholds, type HouseholdDetail } from '../registry/api';
import { useLecturers } from './api';

function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim()), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface Option {
  value: string;
  label: string;
}

interface MultiProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Labels for values chosen before any search (an activity being corrected). */
  known?: readonly Option[];
  placeholder?: string;
  'aria-label'?: string;
}

/** Add the known options that a search did not bring back, so chosen values keep their names. */
function withKnown(found: Option[], known: readonly Option[] | undefined, chosen: string[]) {
  const options = [...found];
  for (const k of known ?? []) {
    if (chosen.includes(k.value) && !options.some((o) => o.value === k.value)) {
      options.push(k);
    }
  }
  return options;
}

/** Several cadres, searched by name. */
export function CadresSelect({ known, value = [], ...props }: MultiProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const cadres = useCadres({ q: q || undefined, active: true });
  const [labels, setLabels] = useState<Option[]>([]);
  const found = (cadres.data?.pages.flatMap((p) => p.items) ?? []).map((c) => ({
    value: c.id,
    label: `${c.name} · ${c.unitName}`,
  }));
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={cadres.isFetching}
      placeholder={props.placeholder ?? t('activities.form.cadresSearch')}
      notFoundContent={cadres.isFetching ? null : t('common.empty')}
      options={withKnown(found, [...(known ?? []), ...labels], value)}
      {...props}
      value={value}
      onChange={(ids: string[]) => {
        setLabels((l) => [...l, ...found.filter((o) => ids.includes(o.value))]);
        props.onChange?.(ids);
      }}
    />
  );
}

/** Several households, searched by a member's name, pinyin, initials or ID tail. */
export function HouseholdsSelect({ known, value = [], ...props }: MultiProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const households = useHouseholds({ q: q || undefined });
  const [labels, setLabels] = useState<Option[]>([]);
  const found = (households.data?.pages.flatMap((p) => p.items) ?? []).map((h) => ({
    value: h.id,
    label: `${h.headName} · ${h.villageName}`,
  }));
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={households.isFetching}
      placeholder={props.placeholder ?? t('activities.form.householdsSearch')}
      notFoundContent={households.isFetching ? null : t('common.empty')}
      options={withKnown(found, [...(known ?? []), ...labels], value)}
      {...props}
      value={value}
      onChange={(ids: string[]) => {
        setLabels((l) => [...l, ...found.filter((o) => ids.includes(o.value))]);
        props.onChange?.(ids);
      }}
    />
  );
}

/** The members of the given households (each household read once, shared with other pages). */
export function useMembersOf(householdIds: readonly string[]) {
  return useQueries({
    queries: householdIds.map((id) => ({
      queryKey: ['household', id],
      queryFn: () => api<HouseholdDetail>('GET', `/households/${id}`),
    })),
  });
}

/** Members of the participant households, to pick who took part. */
export function PersonsSelect({
  householdIds,
  known,
  value = [],
  ...props
}: MultiProps & { householdIds: readonly string[] }) {
  const { t } = useTranslation();
  const households = useMembersOf(householdIds);
  const found = households.flatMap((h) =>
    (h.data?.members ?? []).map((m) => ({
      value: m.id,
      label: `${m.name} · ${t(`relation.${m.relation}`)}`,
    })),
  );
  return (
    <Select
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      loading={households.some((h) => h.isPending)}
      disabled={householdIds.length === 0}
      placeholder={
        householdIds.length === 0 ? t('activities.form.pickHouseholdsFirst') : props.placeholder
      }
      options={withKnown(found, known, value)}
      {...props}
      value={value}
    />
  );
}

/** A relative trained as a lecturer. */
export function LecturerSelect({
  known,
  ...props
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  known?: Option | null;
}) {
  const { t } = useTranslation();
  const lecturers = useLecturers();
  const options = (lecturers.data?.pages.flatMap((p) => p.items) ?? []).map((l) => ({
    value: l.personId,
    label: `${l.name} · ${l.trainedOn}`,
  }));
  if (known && !options.some((o) => o.value === known.value)) {
    options.unshift(known);
  }
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={lecturers.isPending}
      placeholder={t('activities.form.lecturerNone')}
      notFoundContent={t('activities.form.noLecturers')}
      options={options}
      {...props}
      value={props.value ?? undefined}
    />
  );
}

/** Create or edit a cadre or a unit (org.write); the org pages' shared tab bar. */
import { Alert, App, DatePicker, Form, Input, Modal, Select, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEXES } from '../../../../src/domain/registry/enums';
import {
  CadreCreate,
  CadrePatch,
  UnitCreate,
  UnitPatch,
} from '../../../../src/domain/registry/org.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { useSaveCadre, useSaveUnit, useUnits, type Cadre, type Unit } from './api';
import { day } from './format';

/** Cadres | Units, as links between the two org pages. */
export function OrgTabs({ active }: { active: 'cadres' | 'units' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => void navigate(key === 'units' ? '/org/units' : '/org')}
      items={[
        { key: 'cadres', label: t('registry.org.cadres') },
        { key: 'units', label: t('registry.org.units') },
      ]}
    />
  );
}

interface CadreValues {
  unitId?: string;
  name?: string;
  sex?: string;
  phone?: string;
  position?: string;
  leftOn?: Dayjs | null;
}

export function CadreModal({ cadre, onClose }: { cadre: Cadre | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CadreValues>();
  const units = useUnits();
  const save = useSaveCadre();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as CadreValues;
    const common = {
      unitId: v.unitId,
      name: v.name ?? '',
      sex: v.sex,
      phone: v.phone && v.phone.trim() ? v.phone : null,
      position: v.position ?? '',
    };
    const checked =
      cadre === null
        ? validateWith(form, CadreCreate, common, i18n.language)
        : validateWith(
            form,
            CadrePatch,
            { ...common, leftOn: v.leftOn ? day(v.leftOn) : null },
            i18n.language,
          );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved =
        cadre === null
          ? await save.mutateAsync({ id: null, body: checked.value as CadreCreate })
          : await save.mutateAsync({ id: cadre.id, body: checked.value });
      void message.success(
        cadre === null
          ? t('registry.cadre.created', { name: saved.name })
          : t('registry.cadre.saved'),
      );
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={cadre ? t('registry.cadre.editTitle', { name: cadre.name }) : t('registry.cadre.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={
          cadre
            ? {
                unitId: cadre.unitId,
                name: cadre.name,
                sex: cadre.sex,
                phone: cadre.phone ?? '',
                position: cadre.position,
                leftOn: cadre.leftOn ? dayjs(cadre.leftOn) : null,
              }
            : { sex: 'M', position: '' }
        }
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="unitId" label={t('registry.cadre.unit')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('registry.cadre.name')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="sex" label={t('registry.cadre.sex')}>
          <Select options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('registry.cadre.phone')}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name="position" label={t('registry.cadre.position')}>
          <Input maxLength={100} />
        </Form.Item>
        {cadre ? (
          <Form.Item
            name="leftOn"
            label={t('registry.cadre.leftOn')}
            extra={t('registry.cadre.leftHint')}
          >
            <DatePicker format="YYYY-MM-DD" allowClear style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

interface UnitValues {
  name?: string;
  parentId?: string | null;
}

const TOP = '__top__';

export function UnitModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitValues>();
  const units = useUnits();
  const save = useSaveUnit();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as UnitValues;
    const body = {
      name: v.name ?? '',
      parentId: !v.parentId || v.parentId === TOP ? null : v.parentId,
    };
    const checked =
      unit === null
        ? validateWith(form, UnitCreate, body, i18n.language)
        : validateWith(form, UnitPatch, body, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved =
        unit === null
          ? await save.mutateAsync({ id: null, body: checked.value as UnitCreate })
          : await save.mutateAsync({ id: unit.id, body: checked.value });
      void message.success(t('registry.unit.saved', { name: saved.name }));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={unit ? t('registry.unit.editTitle', { name: unit.name }) : t('registry.unit.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={
          unit ? { name: unit.name, parentId: unit.parentId ?? TOP } : { parentId: TOP }
        }
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="name" label={t('registry.unit.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentId" label={t('registry.unit.parent')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={[
              { value: TOP, label: t('registry.unit.top') },
              ...(units.data?.items ?? [])
                .filter((u) => u.id !== unit?.id)
                .map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

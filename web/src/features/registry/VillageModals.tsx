/**
 * Villages and their divisions (org.write): register a village (with its division when the code is
 * new), add a parent division, correct a village's name, change its flags.
 */
import { Alert, App, Form, Input, Modal, Switch, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  RegionCreate,
  RegionPatch,
  VillageCreate,
  VillagePatch,
} from '../../../../src/domain/registry/region.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import {
  useAddRegion,
  useChangeVillageFlags,
  useRegion,
  useRegisterVillage,
  useRenameRegion,
  type VillageView,
} from './api';

/** A modal holding one vertical form, its banner and the save/cancel pair. */
function FormModal<V>(props: {
  title: string;
  form: FormInstance<V>;
  saving: boolean;
  banner: string | null;
  initialValues: object;
  onSave: () => void;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.saving}
      onOk={props.onSave}
      onCancel={props.onClose}
    >
      <Form
        form={props.form}
        layout="vertical"
        initialValues={props.initialValues}
        onValuesChange={clearErrorsOnChange(props.form)}
        onFinish={props.onSave}
        data-testid={props.testId}
      >
        {props.banner ? (
          <Alert type="error" showIcon title={props.banner} style={{ marginBottom: 12 }} />
        ) : null}
        {props.children}
      </Form>
    </Modal>
  );
}

interface NewVillageValues {
  code?: string;
  villageName?: string;
  takenOn?: boolean;
  deeplyPoor?: boolean;
}

/** What the division lookup says under the code field. */
function RegionHint({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const region = useRegion(code);
  if (code === null) {
    return t('registry.village.codeHint');
  }
  if (region.isPending) {
    return t('registry.village.regionChecking');
  }
  if (region.data === null) {
    return t('registry.village.regionMissing');
  }
  return region.data ? t('registry.village.regionFound', { name: region.data.name }) : null;
}

export function NewVillageModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewVillageValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const typed = (Form.useWatch('code', form) ?? '').trim();
  const code = /^\d{12}$/.test(typed) ? typed : null;
  const region = useRegion(code);
  const needsName = code !== null && region.data === null;
  const register = useRegisterVillage();
  const submit = async () => {
    const v = form.getFieldsValue(true) as NewVillageValues;
    const checked = validateWith(
      form,
      VillageCreate,
      {
        code: (v.code ?? '').trim(),
        takenOn: v.takenOn ?? true,
        deeplyPoor: v.deeplyPoor ?? false,
        ...(needsName ? { villageName: v.villageName ?? '' } : {}),
      },
      i18n.language,
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved = await register.mutateAsync(checked.value);
      void message.success(t('registry.village.registered', { name: saved.name }));
      onClose();
      void navigate(`/villages/${saved.code}`);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <FormModal
      title={t('registry.village.newTitle')}
      form={form}
      saving={register.isPending}
      banner={banner}
      initialValues={{ takenOn: true, deeplyPoor: false }}
      onSave={() => void submit()}
      onClose={onClose}
      testId="village-new-form"
    >
      <Form.Item
        name="code"
        label={t('registry.village.code')}
        extra={<span data-testid="region-hint">{<RegionHint code={code} />}</span>}
      >
        <Input inputMode="numeric" maxLength={12} autoFocus />
      </Form.Item>
      {needsName ? (
        <Form.Item name="villageName" label={t('registry.village.name')}>
          <Input maxLength={100} />
        </Form.Item>
      ) : null}
      <Form.Item name="takenOn" label={t('registry.village.takenOn')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="deeplyPoor" label={t('registry.village.deeplyPoor')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

interface RegionValues {
  code?: string;
  name?: string;
}

export function AddRegionModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegionValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const add = useAddRegion();
  const submit = async () => {
    const v = form.getFieldsValue(true) as RegionValues;
    const checked = validateWith(
      form,
      RegionCreate,
      { code: (v.code ?? '').trim(), name: v.name ?? '' },
      i18n.language,
    );
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved = await add.mutateAsync(checked.value);
      void message.success(t('registry.village.regionAdded', { name: saved.name }));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <FormModal
      title={t('registry.village.addRegionTitle')}
      form={form}
      saving={add.isPending}
      banner={banner}
      initialValues={{}}
      onSave={() => void submit()}
      onClose={onClose}
      testId="region-new-form"
    >
      <Form.Item
        name="code"
        label={t('registry.village.regionCode')}
        extra={t('registry.village.regionCodeHint')}
      >
        <Input inputMode="numeric" maxLength={12} autoFocus />
      </Form.Item>
      <Form.Item name="name" label={t('registry.village.regionName')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}

export function RenameVillageModal(props: { village: VillageView; onClose: () => void }) {
  const { village, onClose } = props;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name?: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const rename = useRenameRegion(village.code);
  const submit = async () => {
    const name = (form.getFieldsValue(true) as { name?: string }).name ?? '';
    const checked = validateWith(form, RegionPatch, { name }, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await rename.mutateAsync(checked.value.name);
      void message.success(t('registry.village.renamed'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <FormModal
      title={t('registry.village.renameTitle', { name: village.name })}
      form={form}
      saving={rename.isPending}
      banner={banner}
      initialValues={{ name: village.name }}
      onSave={() => void submit()}
      onClose={onClose}
      testId="village-rename-form"
    >
      <Form.Item name="name" label={t('registry.village.name')}>
        <Input maxLength={100} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

export function VillageFlagsModal(props: { village: VillageView; onClose: () => void }) {
  const { village, onClose } = props;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VillagePatch>();
  const [banner, setBanner] = useState<string | null>(null);
  const change = useChangeVillageFlags(village.code);
  const takenOn = Form.useWatch('takenOn', form) ?? village.takenOn;
  const submit = async () => {
    const v = form.getFieldsValue(true) as VillagePatch;
    const checked = validateWith(form, VillagePatch, v, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await change.mutateAsync(checked.value);
      void message.success(t('registry.village.flagsSaved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <FormModal
      title={t('registry.village.flagsTitle', { name: village.name })}
      form={form}
      saving={change.isPending}
      banner={banner}
      initialValues={{ takenOn: village.takenOn, deeplyPoor: village.deeplyPoor }}
      onSave={() => void submit()}
      onClose={onClose}
      testId="village-flags-form"
    >
      <Form.Item name="takenOn" label={t('registry.village.takenOn')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {village.takenOn && takenOn === false ? (
        <Alert
          type="warning"
          showIcon
          title={t('registry.village.untakeWarning')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form.Item name="deeplyPoor" label={t('registry.village.deeplyPoor')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

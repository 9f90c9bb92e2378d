/**
 * Villages and their divisions (org.write): register a village (with its division when the code is
 * new), add a parent division, correct a village's name, change its flags.
 */
import { Alert, App, Form, Input, Modal, Switch, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
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

/**
 * Save a modal's form: check it with the API's schema, then `save` the parsed value; problems go
 * to their fields, the rest to the banner. `banner` is what the modal shows above its fields.
 */
function useSubmit<V>(form: FormInstance<V>) {
  const { i18n } = useTranslation();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async <S extends z.ZodType>(
    schema: S,
    value: unknown,
    save: (parsed: z.infer<S>) => Promise<void>,
  ) => {
    const checked = validateWith(form, schema, value, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await save(checked.value);
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return { banner, submit };
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
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewVillageValues>();
  const { banner, submit } = useSubmit(form);
  const typed = (Form.useWatch('code', form) ?? '').trim();
  const code = /^\d{12}$/.test(typed) ? typed : null;
  const region = useRegion(code);
  const needsName = code !== null && region.data === null;
  const register = useRegisterVillage();
  const save = () => {
    const v = form.getFieldsValue(true) as NewVillageValues;
    const value = {
      code: (v.code ?? '').trim(),
      takenOn: v.takenOn ?? true,
      deeplyPoor: v.deeplyPoor ?? false,
      ...(needsName ? { villageName: v.villageName ?? '' } : {}),
    };
    return submit(VillageCreate, value, async (parsed) => {
      const saved = await register.mutateAsync(parsed);
      void message.success(t('registry.village.registered', { name: saved.name }));
      onClose();
      void navigate(`/villages/${saved.code}`);
    });
  };
  return (
    <FormModal
      title={t('registry.village.newTitle')}
      form={form}
      saving={register.isPending}
      banner={banner}
      initialValues={{ takenOn: true, deeplyPoor: false }}
      onSave={() => void save()}
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
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegionValues>();
  const { banner, submit } = useSubmit(form);
  const add = useAddRegion();
  const save = () => {
    const v = form.getFieldsValue(true) as RegionValues;
    return submit(
      RegionCreate,
      { code: (v.code ?? '').trim(), name: v.name ?? '' },
      async (parsed) => {
        const saved = await add.mutateAsync(parsed);
        void message.success(t('registry.village.regionAdded', { name: saved.name }));
        onClose();
      },
    );
  };
  return (
    <FormModal
      title={t('registry.village.addRegionTitle')}
      form={form}
      saving={add.isPending}
      banner={banner}
      initialValues={{}}
      onSave={() => void save()}
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
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name?: string }>();
  const { banner, submit } = useSubmit(form);
  const rename = useRenameRegion(village.code);
  const save = () => {
    const name = (form.getFieldsValue(true) as { name?: string }).name ?? '';
    return submit(RegionPatch, { name }, async (parsed) => {
      await rename.mutateAsync(parsed.name);
      void message.success(t('registry.village.renamed'));
      onClose();
    });
  };
  return (
    <FormModal
      title={t('registry.village.renameTitle', { name: village.name })}
      form={form}
      saving={rename.isPending}
      banner={banner}
      initialValues={{ name: village.name }}
      onSave={() => void save()}
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
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VillagePatch>();
  const { banner, submit } = useSubmit(form);
  const change = useChangeVillageFlags(village.code);
  const takenOn = Form.useWatch('takenOn', form) ?? village.takenOn;
  const save = () =>
    submit(VillagePatch, form.getFieldsValue(true), async (parsed) => {
      await change.mutateAsync(parsed);
      void message.success(t('registry.village.flagsSaved'));
      onClose();
    });
  return (
    <FormModal
      title={t('registry.village.flagsTitle', { name: village.name })}
      form={form}
      saving={change.isPending}
      banner={banner}
      initialValues={{ takenOn: village.takenOn, deeplyPoor: village.deeplyPoor }}
      onSave={() => void save()}
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

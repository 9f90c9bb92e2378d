/** Forms of the editable lists: an activity type, a donation item (add, or rename and (de)activate). */
import { Alert, App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActivityTypeCreate,
  ActivityTypePatch,
} from '../../../../src/domain/activities/activity-type.schema';
import {
  DonationItemCreate,
  DonationItemPatch,
} from '../../../../src/domain/assistance/donation-item.schema';
import { MEASURES } from '../../../../src/domain/measures';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import {
  useSaveActivityType,
  useSaveDonationItem,
  type ActivityType,
  type DonationItem,
} from './api';

/** The measure select's value for "any measure" (the API's null). */
const ANY = '';

function useModalForm() {
  const { i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (
    schema: Parameters<typeof validateWith>[1],
    value: unknown,
    send: (body: never) => Promise<unknown>,
    done: string,
  ) => {
    const checked = validateWith(form, schema, value, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return false;
    }
    try {
      await send(checked.value as never);
      void message.success(done);
      return true;
    } catch (error) {
      setBanner(showFieldErrors(form, error));
      return false;
    }
  };
  const alert = banner ? (
    <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
  ) : null;
  return { form, submit, alert };
}

export function ActivityTypeModal({ type, onClose }: { type?: ActivityType; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveActivityType();
  const { form, submit, alert } = useModalForm();
  const ok = async () => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const common = {
      nameZh: v.nameZh ?? '',
      nameEn: v.nameEn ?? '',
      sort: v.sort,
      active: v.active,
    };
    const saved = type
      ? await submit(
          ActivityTypePatch,
          common,
          (body) => save.mutateAsync({ code: type.typeCode, body }),
          t('common.saved'),
        )
      : await submit(
          ActivityTypeCreate,
          { ...common, typeCode: v.typeCode ?? '', measure: v.measure === ANY ? null : v.measure },
          (body) => save.mutateAsync({ body }),
          t('common.saved'),
        );
    if (saved) {
      onClose();
    }
  };
  return (
    <Modal
      open
      title={type ? t('admin.lists.editType', { name: type.nameZh }) : t('admin.lists.newType')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={
          type
            ? { ...type, measure: type.measure ?? ANY }
            : { measure: ANY, sort: 100, active: true }
        }
      >
        {alert}
        <Form.Item
          name="typeCode"
          label={t('admin.lists.typeCode')}
          extra={type ? null : t('admin.lists.typeCodeHelp')}
        >
          <Input disabled={Boolean(type)} maxLength={40} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('admin.lists.nameZh')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('admin.lists.nameEn')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="measure" label={t('admin.lists.measure')}>
          <Select
            disabled={Boolean(type)}
            options={[
              { value: ANY, label: t('admin.lists.anyMeasure') },
              ...MEASURES.map((m) => ({ value: m, label: t(`dashboard.measure.${m}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="sort" label={t('admin.lists.sort')}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('admin.lists.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DonationItemModal({ item, onClose }: { item?: DonationItem; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveDonationItem();
  const { form, submit, alert } = useModalForm();
  const ok = async () => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const body = { itemName: v.itemName ?? '', unit: v.unit ?? '', active: v.active };
    const saved = item
      ? await submit(
          DonationItemPatch,
          body,
          (b) => save.mutateAsync({ id: item.id, body: b }),
          t('common.saved'),
        )
      : await submit(
          DonationItemCreate,
          body,
          (b) => save.mutateAsync({ body: b }),
          t('common.saved'),
        );
    if (saved) {
      onClose();
    }
  };
  return (
    <Modal
      open
      title={item ? t('admin.lists.editItem', { name: item.itemName }) : t('admin.lists.newItem')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void ok()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={item ?? { active: true }}
      >
        {alert}
        <Form.Item name="itemName" label={t('admin.lists.itemName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="unit" label={t('admin.lists.unit')} extra={t('admin.lists.unitHelp')}>
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item
          name="active"
          label={t('admin.lists.active')}
          valuePropName="checked"
          extra={t('admin.lists.itemActiveHelp')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Correct a household's address and phone; record a dated poverty-status change. */
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POVERTY_STATUSES } from '../../../../src/domain/registry/enums';
import { HouseholdPatch, StatusChange } from '../../../../src/domain/registry/household.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { useChangeStatus, useCorrectHousehold, type HouseholdDetail } from '../registry/api';
import { day, today } from '../registry/format';

interface EditValues {
  address?: string;
  phone?: string;
}

export function EditHouseholdModal({
  household,
  onClose,
}: {
  household: HouseholdDetail;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const correct = useCorrectHousehold(household.id);
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as EditValues;
    const input = {
      address: v.address ?? '',
      phone: v.phone && v.phone.trim() ? v.phone : null,
    };
    const checked = validateWith(form, HouseholdPatch, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await correct.mutateAsync(checked.value);
      void message.success(t('registry.household.saved'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('registry.household.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={correct.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ address: household.address, phone: household.phone ?? '' }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="address" label={t('household.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('household.phone')}
          extra={t('registry.household.phoneHint')}
        >
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface StatusValues {
  status?: string;
  effectiveDate?: Dayjs | null;
  exitYear?: number | null;
  reason?: string;
}

export function StatusChangeModal({
  household,
  onClose,
}: {
  household: HouseholdDetail;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const status = Form.useWatch('status', form);
  const change = useChangeStatus(household.id);
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as StatusValues;
    const input = {
      status: v.status,
      effectiveDate: day(v.effectiveDate),
      exitYear: v.status === 'exited' ? (v.exitYear ?? null) : null,
      reason: v.reason ?? '',
    };
    const checked = validateWith(form, StatusChange, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await change.mutateAsync(checked.value);
      void message.success(t('registry.status.changed'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('registry.status.change')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{
          status: household.status,
          effectiveDate: today(),
          exitYear: household.exitYear ?? today().year(),
          reason: '',
        }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="status" label={t('registry.status.new')}>
          <Select
            data-testid="status-select"
            options={POVERTY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('registry.status.effectiveDate')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        {status === 'exited' ? (
          <Form.Item
            name="exitYear"
            label={t('registry.status.exitYear')}
            extra={t('registry.status.exitYearHint')}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label={t('registry.status.reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

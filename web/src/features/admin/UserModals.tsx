/** Account forms: create (role, optional cadre link, first password), change role, reset password. */
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordReset, UserCreate, UserPatch } from '../../../../src/domain/registry/user.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { CadrePicker } from '../registry/pickers';
import { useChangeUser, useCreateUser, useResetPassword, type User } from './api';
import { ROLES } from './labels';

interface Values {
  username?: string;
  displayName?: string;
  role?: string;
  cadreId?: string;
  password?: string;
}

/** Shared submit: validate with the API's schema, send, put server errors at their fields. */
function useSubmit<T>(form: ReturnType<typeof Form.useForm<Values>>[0]) {
  const { i18n } = useTranslation();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async (
    schema: Parameters<typeof validateWith>[1],
    value: unknown,
    send: (body: T) => Promise<unknown>,
  ) => {
    const checked = validateWith(form, schema, value, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return false;
    }
    setBanner(null);
    try {
      await send(checked.value as T);
      return true;
    } catch (error) {
      setBanner(showFieldErrors(form, error));
      return false;
    }
  };
  return { banner, submit };
}

function RoleFields({ role }: { role: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="role" label={t('admin.user.role')}>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </Form.Item>
      {role === 'cadre' ? (
        <Form.Item name="cadreId" label={t('admin.user.cadre')} extra={t('admin.user.cadreHelp')}>
          <CadrePicker allowClear aria-label={t('admin.user.cadre')} />
        </Form.Item>
      ) : null}
    </>
  );
}

function Banner({ text }: { text: string | null }) {
  return text ? <Alert type="error" showIcon title={text} style={{ marginBottom: 12 }} /> : null;
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const { banner, submit } = useSubmit<UserCreate>(form);
  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    const body = {
      username: v.username ?? '',
      displayName: v.displayName ?? '',
      role: v.role,
      cadreId: v.role === 'cadre' ? (v.cadreId ?? null) : null,
      password: v.password ?? '',
    };
    if (await submit(UserCreate, body, (b) => create.mutateAsync(b))) {
      void message.success(t('admin.user.created', { name: body.username }));
      onClose();
    }
  };
  return (
    <Modal
      open
      title={t('admin.user.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ role: 'cadre' }}
      >
        <Banner text={banner} />
        <Form.Item
          name="username"
          label={t('admin.user.username')}
          extra={t('admin.user.usernameHelp')}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.user.displayName')}>
          <Input maxLength={50} />
        </Form.Item>
        <RoleFields role={role} />
        <Form.Item
          name="password"
          label={t('admin.user.password')}
          extra={t('admin.user.passwordHelp')}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ChangeRoleModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const change = useChangeUser();
  const { banner, submit } = useSubmit<UserPatch>(form);
  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    const body = { role: v.role, cadreId: v.role === 'cadre' ? (v.cadreId ?? null) : null };
    if (await submit(UserPatch, body, (b) => change.mutateAsync({ id: user.id, body: b }))) {
      void message.success(t('common.saved'));
      onClose();
    }
  };
  return (
    <Modal
      open
      title={t('admin.user.changeRoleOf', { name: user.username })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ role: user.role, cadreId: user.cadreId ?? undefined }}
      >
        <Banner text={banner} />
        <RoleFields role={role} />
      </Form>
    </Modal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const { banner, submit } = useSubmit<{ password: string }>(form);
  const save = async () => {
    const body = { password: (form.getFieldsValue(true) as Values).password ?? '' };
    const send = (b: { password: string }) =>
      reset.mutateAsync({ id: user.id, password: b.password });
    if (await submit(PasswordReset, body, send)) {
      void message.success(t('admin.user.passwordReset', { name: user.username }));
      onClose();
    }
  };
  return (
    <Modal
      open
      title={t('admin.user.resetPasswordOf', { name: user.username })}
      okText={t('admin.user.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Form form={form} onValuesChange={clearErrorsOnChange(form)} layout="vertical">
        <Banner text={banner} />
        <Alert
          type="info"
          showIcon
          title={t('admin.user.resetHelp')}
          style={{ marginBottom: 12 }}
        />
        <Form.Item
          name="password"
          label={t('admin.user.newPassword')}
          extra={t('admin.user.passwordHelp')}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

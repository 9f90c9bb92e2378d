/** Messages of the accounts feature, zh-CN first and English beside it: the two must have the same keys. */
export const zh = {
  'error.user_self_lockout': '不能停用自己的账户，也不能更改自己的角色；请由另一位管理员操作',
} as const;
export const en: Record<keyof typeof zh, string> = {
  'error.user_self_lockout':
    'You may not deactivate your own account or change your own role; ask another administrator',
};

/** Messages of the registry feature, zh-CN first and English beside it: the two must have the same keys. */
export const zh = {
  'error.cadre_has_pairings': '该干部仍有 {count} 户在任结对，请先办理交接再登记离任',
  'error.handover_overlap': '接手干部已与其中 {count} 户结对，交接未执行，请先处理这些结对',
  'error.nothing_to_hand_over': '该干部没有在任结对，无需交接',
  'field.handover_before_start': '{field}：不能早于任何一项在任结对的开始日期',
  'field.not_village': '{field}：应为村级区划代码（12 位，末三位不为 000）',
  'field.region_parent_missing': '{field}：上级区划 {parent} 尚未登记，请先添加上级区划',
  'field.region_name_differs': '{field}：该区划已登记为“{name}”，如需更正请在村页面修改村名',
  'field.unit_cycle': '{field}：不能选择本单位或其下级单位作为上级',
  'field.unknown_region': '{field}：该区划代码尚未登记，请填写村名一并登记，或先添加区划',
  'field.unknown_unit': '{field}：未找到该单位',
  'label.leftOn': '离任日期',
  'label.parent': '上级',
  'label.under': '所属区划',
  'label.current': '是否在任',
  'label.villageName': '村名',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.cadre_has_pairings':
    'This cadre still has {count} current pairings; hand them over before recording the departure',
  'error.handover_overlap':
    'The receiving cadre is already paired with {count} of these households; nothing was handed over',
  'error.nothing_to_hand_over': 'This cadre has no current pairings to hand over',
  'field.handover_before_start': '{field}: may not be before the start of any current pairing',
  'field.not_village': '{field}: must be a village code (12 digits, not ending in 000)',
  'field.region_parent_missing':
    '{field}: the parent region {parent} is not registered; add it first',
  'field.region_name_differs':
    '{field}: this region is registered as "{name}"; correct the name on the village page',
  'field.unit_cycle': '{field}: a unit cannot be placed under itself or one of its sub-units',
  'field.unknown_region':
    '{field}: this region code is not registered; give the village name to add it too, or add the region first',
  'field.unknown_unit': '{field}: no such unit',
  'label.leftOn': 'Left on',
  'label.parent': 'Parent',
  'label.under': 'Within region',
  'label.current': 'Current',
  'label.villageName': 'Village name',
};

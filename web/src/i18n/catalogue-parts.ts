/** The feature catalogues found beside this file, by feature name (`features/field.en.ts` → field). */
export function partsByFeature(
  modules: Record<string, Record<string, Record<string, string>>>,
  exportName: 'zh' | 'en',
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(modules).map(([path, module]) => [
      /features\/(\w+)(\.en)?\.ts$/.exec(path)?.[1] ?? path,
      module[exportName] ?? {},
    ]),
  );
}

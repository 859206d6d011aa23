/** @docusaurus/useGlobalData: the plugins' global data (plugin name → instance id → data), set by the test. */
export const globalData: Record<string, Record<string, unknown> | undefined> = {};

export function useAllPluginInstancesData(name: string): Record<string, unknown> | undefined {
  return globalData[name];
}

export function usePluginData(name: string, id = 'default'): unknown {
  return globalData[name]?.[id];
}

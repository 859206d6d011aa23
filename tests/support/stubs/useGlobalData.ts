/** @docusaurus/useGlobalData: the plugins' global data, set by the test. */
export const globalData: Record<string, unknown> = {};

export function usePluginData(name: string): unknown {
  return globalData[name];
}

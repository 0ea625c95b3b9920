/** Roughly where each demo community lies in Wanzhou (invented, decimal degrees). */
export const DEMO_COMMUNITY_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {
  'Taibai Community': [30.8072, 108.3896],
  'Gaosuntang Community': [30.8121, 108.3952],
  'Xintian Community': [30.7985, 108.4033],
  'Cuiping Community': [30.8163, 108.3818],
  'Qinglong Village': [30.8254, 108.3727],
};

import { sparesConnection } from './pages';

describe('sparesConnection', () => {
  it('spares a connection that asks for it or is slow', () => {
    expect(sparesConnection({ saveData: true, effectiveType: '4g' })).toBe(true);
    for (const effectiveType of ['slow-2g', '2g', '3g']) {
      expect(sparesConnection({ effectiveType })).toBe(true);
    }
  });

  it('preloads on a fast connection, or when the browser does not say', () => {
    expect(sparesConnection({ saveData: false, effectiveType: '4g' })).toBe(false);
    expect(sparesConnection(undefined)).toBe(false);
  });
});

import { FieldValidationException } from './field-validation.exception';
import { RejectNulCharacterPipe } from './nul-character.pipe';

describe(RejectNulCharacterPipe.name, () => {
  const pipe = new RejectNulCharacterPipe();
  const fieldsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof FieldValidationException) return error.fields;
      throw error;
    }
    return [];
  };

  it('names every field holding a NUL, nested as a.b[0].c, and keys too', () => {
    const body = { a: { b: [{ c: 'x\u0000' }, 'fine'] }, d: 'y\u0000', ['k\u0000']: 1, n: 3 };
    expect(fieldsOf(() => pipe.transform(body, { type: 'body' })).map((f) => f.field)).toEqual([
      'a.b[0].c',
      'd',
      'k\u0000',
    ]);
  });

  it('names a path or query parameter by its name', () => {
    expect(fieldsOf(() => pipe.transform('\u0000', { type: 'param', data: 'id' }))).toEqual([
      { field: 'id', problems: ['id must not contain the NUL character (U+0000)'] },
    ]);
  });

  it('passes text without NUL, and file bytes that hold zeros', () => {
    const value = { note: '现场照片', count: 2, nothing: null };
    expect(pipe.transform(value, { type: 'body' })).toBe(value);
    const file = { fieldname: 'file', originalname: 'a.jpg', buffer: Buffer.from([0, 0, 1]) };
    expect(pipe.transform(file, { type: 'custom' })).toBe(file);
  });
});

import { fieldProblemText } from './field-errors';

describe(fieldProblemText.name, () => {
  it('says each kind of problem the API names in Chinese, with its number', () => {
    expect(fieldProblemText('recipient should not be empty')).toBe('此项必填');
    expect(fieldProblemText('address must be shorter than or equal to 300 characters')).toBe(
      '不能超过 300 个字符',
    );
    expect(fieldProblemText('password must be longer than or equal to 12 characters')).toBe(
      '不能少于 12 个字符',
    );
    expect(fieldProblemText('severity must be one of the following values: general, major')).toBe(
      '取值不在可选范围内',
    );
    expect(fieldProblemText('servedAt must be a valid ISO 8601 date string')).toBe(
      '请填写带时区的日期时间',
    );
    expect(fieldProblemText('newDeadlineDate must be a date YYYY-MM-DD')).toBe(
      '日期格式应为 YYYY-MM-DD',
    );
  });

  it('falls back to a plain Chinese sentence for a problem it does not know', () => {
    expect(fieldProblemText('something new went wrong')).toBe('填写的内容有误');
  });
});

import { Workbook } from 'exceljs';
import { renderProgressReportPdf } from './render-progress-report-pdf';
import { renderProgressReportXlsx } from './render-progress-report-xlsx';
import { extractPdfTextCompact } from './testing/extract-pdf-text';
import { SAMPLE_PROGRESS_REPORT } from './testing/progress-report-sample';

describe('progress report (消防安全隐患排查整治工作进展情况)', () => {
  it('prints every section in Chinese in the PDF, with Beijing dates and the figures', async () => {
    const pdf = await renderProgressReportPdf(SAMPLE_PROGRESS_REPORT);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = extractPdfTextCompact(pdf);
    for (const expected of [
      '重庆市万州区太白街道办事处',
      '消防安全隐患排查整治工作进展情况（周报）',
      '统计时段：2024年2月12日至2月18日',
      '生成时间：2024-02-1908:00（北京时间）',
      '本期（2024年2月12日至2月18日）新排查发现隐患23处，销号17处',
      '整改率86.4%',
      '红色（逾期）9处、黄色（临期）12处、绿色（正常）35处',
      '一、总体情况',
      '二、分单位情况',
      '高笋塘社区',
      '三、逾期隐患清单（逾期最久的2处，共9处）',
      'TB-2024-000031',
      '通报批评、移交执法',
      '四、单位督办情况',
      'DB-2024-0003',
      '五、重点时段工作',
      '48',
      '第1页/共',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('writes one sheet per section with the title, a frozen header and the same rows', async () => {
    const xlsx = await renderProgressReportXlsx(SAMPLE_PROGRESS_REPORT);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '总体情况',
      '分单位情况',
      '逾期隐患清单',
      '单位督办',
      '重点时段工作',
    ]);
    const units = workbook.getWorksheet('分单位情况')!;
    expect(units.getCell('A1').text).toContain('消防安全隐患排查整治工作进展情况（周报）');
    expect(units.getRow(4).values).toEqual([
      undefined,
      '单位',
      '类别',
      '本期发现',
      '本期销号',
      '累计发现',
      '累计整改',
      '整改率',
      '逾期未整改',
      '本期平均整改用时（天）',
    ]);
    expect(units.getRow(5).values).toEqual([
      undefined,
      '太白社区',
      '村（社区）',
      9,
      6,
      150,
      131,
      '87.3%',
      5,
      4.5,
    ]);
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const overdue = workbook.getWorksheet('逾期隐患清单')!;
    expect(overdue.getRow(5).getCell(5).value).toBe('在楼梯间违规停放电动车');
  });
});

import {
  categoryOf,
  categoryOfHazardType,
  departmentLookup,
  hazardTypeOf,
  severityOf,
} from './import-values';

describe('import values', () => {
  it('reads categories, hazard types and severities by Chinese name or code', () => {
    expect(categoryOf('高层、多层建筑')).toEqual({ code: 'high_rise' });
    expect(categoryOf(' 电动车辆 ')).toEqual({ code: 'electric_bike' });
    expect(categoryOf('high_rise')).toEqual({ code: 'high_rise' });
    expect(categoryOf('火山')).toEqual({
      problem: expect.stringMatching(/^「火山」不是隐患类别，可选：高层、多层建筑、/),
    });
    expect(hazardTypeOf('消防通道被占用', 'high_rise')).toEqual({
      code: 'high_rise.fire_passage_occupied',
    });
    expect(hazardTypeOf('high_rise.electrical_hazard', undefined)).toEqual({
      code: 'high_rise.electrical_hazard',
    });
    expect(hazardTypeOf('乱扔垃圾', 'high_rise')).toEqual({
      problem: expect.stringMatching(/^「乱扔垃圾」不是该类别的隐患类型，可选：.*消防通道被占用/),
    });
    expect(categoryOfHazardType('electric_bike.parked_in_stairwell')).toBe('electric_bike');
    expect(severityOf('一般隐患')).toEqual({ code: 'general' });
    expect(severityOf('重大')).toEqual({ code: 'major' });
    expect(severityOf('major')).toEqual({ code: 'major' });
    expect(severityOf('特大')).toEqual({
      problem: '「特大」不是隐患等级，可选：一般隐患、重大隐患',
    });
  });

  it('reads departments by code, catalogue name, or the name the organisation gave them', () => {
    const departmentOf = departmentLookup([
      { code: 'emergency', name: '应急管理办公室' },
      { code: 'planning_environment', name: '规环办 Planning & Environment Office' },
    ]);
    expect(departmentOf('应急办')).toEqual({ code: 'emergency' });
    expect(departmentOf('应急管理办公室')).toEqual({ code: 'emergency' });
    expect(departmentOf('economic_development')).toEqual({ code: 'economic_development' });
    expect(departmentOf('规环办 Planning & Environment Office')).toEqual({
      code: 'planning_environment',
    });
    expect(departmentOf('财政所')).toEqual({
      problem: expect.stringMatching(/^「财政所」不是责任科室，可选：规环办、应急办/),
    });
  });
});

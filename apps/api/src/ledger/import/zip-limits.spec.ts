import { BadRequestException } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { assertZipWithinLimits, MAX_UNPACKED_BYTES } from './zip-limits';

describe(assertZipWithinLimits.name, () => {
  it('lets a workbook through and refuses one that declares more than the limit unpacked', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('隐患台账').addRow(['地址']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => assertZipWithinLimits(file)).not.toThrow();
    // Raise one entry's declared size past the limit, as a zip bomb declares it.
    const bomb = Buffer.from(file);
    const directory = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(MAX_UNPACKED_BYTES + 1, directory + 24);
    expect(() => assertZipWithinLimits(bomb)).toThrow(BadRequestException);
    expect(() => assertZipWithinLimits(Buffer.from('PK\x03\x04 not a zip'))).toThrow(/无法读取/);
  });
});

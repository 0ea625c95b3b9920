import { BadRequestException, Param, ParseIntPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

const FIRST = 1990;
const LAST = 2200;

/** A calendar year in the path, 1990–2200; anything else answers 400 naming `year`. */
export const YearParam = (): ParameterDecorator => (target, key, index) => {
  ApiParam({ name: 'year', schema: { type: 'integer', minimum: FIRST, maximum: LAST } })(
    target,
    key!,
    Object.getOwnPropertyDescriptor(target, key!)!,
  );
  Param(
    'year',
    new ParseIntPipe({
      exceptionFactory: () => new BadRequestException('year must be a whole number'),
    }),
    {
      transform(value: number) {
        if (value < FIRST || value > LAST)
          throw new BadRequestException(`year must be between ${FIRST} and ${LAST}`);
        return value;
      },
    },
  )(target, key, index);
};

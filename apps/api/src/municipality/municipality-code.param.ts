import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestValidationError } from '../http/request-validation';

const CBS_CODE = /^GM\d{4}$/;

/** Refuses (400, naming it) a code that is no CBS municipality code. */
class MunicipalityCodePipe implements PipeTransform<string, string> {
  transform(code: string): string {
    if (!CBS_CODE.test(code)) {
      throw new RequestValidationError([
        { name: 'code', reason: 'code must be a CBS municipality code: GM and four digits' },
      ]);
    }
    return code;
  }
}

/** The municipality's CBS code from the path. */
export const MunicipalityCode = (): ParameterDecorator => Param('code', new MunicipalityCodePipe());

/** Documents the code path parameter. */
export const ApiMunicipalityCode = (): MethodDecorator =>
  ApiParam({
    name: 'code',
    description: 'CBS code of the municipality.',
    schema: { type: 'string', pattern: '^GM\\d{4}$', example: 'GM0375' },
  });

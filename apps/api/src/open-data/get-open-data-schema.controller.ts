import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { jsonSchemaOf, openDataSet, schemaUrlOf } from '#projections';
import { baseUrlOf } from './open-data-address';
import { OpenDataOperation } from './open-data-operation.decorator';

/** A dataset's JSON Schema (#21), at the URL each open-data file names. */
@ApiTags('open-data')
@Controller('open-data')
export class GetOpenDataSchemaController {
  @Get('schemas/:schema')
  @ApiParam({ name: 'schema', description: 'The dataset, as `{dataset}.schema.json`.', example: 'advice.schema.json' })
  @OpenDataOperation('GetOpenDataSchema', "A dataset's published JSON Schema", ['application/schema+json'])
  getOpenDataSchema(@Param('schema') schema: string, @Req() request: Request, @Res() response: Response): void {
    const set = openDataSet(schema.replace(/\.schema\.json$/, ''));
    if (!set || !schema.endsWith('.schema.json')) throw new NotFoundException();
    const body = jsonSchemaOf(set, schemaUrlOf(baseUrlOf(request), set.name));
    response.status(200).type('application/schema+json').send(JSON.stringify(body));
  }
}

import { applyDecorators, Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  dcatCatalog,
  jsonSchemaOf,
  listMunicipalities,
  OPEN_DATA_LICENSE,
  OPEN_DATA_SETS,
  openDataFiles,
  openDataRows,
  openDataSet,
  schemaUrlOf,
  toCsv,
  toJson,
  type ReadModels,
} from '#projections';
import { AnswersPublic } from '../auth/public-answer.decorator';
import { ProblemDetailsDto } from '../http/problem-details';
import { RequestValidationError } from '../http/request-validation';
import { MunicipalityCode } from '../municipality/municipality-code.param';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../openapi/responses';
import { QueryOperation } from '../read-models/query-operation.decorator';
import { READ_MODELS } from '../read-models/read-model.tokens';
import { OpenDataSetsDto } from './open-data-sets.response.dto';

const DATASET_NAMES = OPEN_DATA_SETS.map((set) => set.name);
const MOST_MUNICIPALITIES = 1_000;

/**
 * The open data (#21): per municipality, the advice register, the recommendations with the
 * college's decisions, and the council's decisions, as CSV and JSON under stable URLs, with a
 * JSON Schema per dataset and a DCAT catalogue. Everyone may read them, without a token; they
 * hold public texts and dates only.
 */
@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListOpenDataSets',
    summary: 'Every open-data file (per municipality, dataset and format) with its URL, schema and licence',
    type: OpenDataSetsDto,
    answersPublic: true,
  })
  async listOpenDataSets(@Req() request: Request): Promise<OpenDataSetsDto> {
    const base = baseUrlOf(request);
    return {
      license: OPEN_DATA_LICENSE,
      catalogUrl: `${base}/catalog.jsonld`,
      files: openDataFiles(base, await this.municipalityCodes()),
    };
  }

  @Get('catalog.jsonld')
  @OpenDataOperation('GetOpenDataCatalog', 'The DCAT description of the open data (JSON-LD)', ['application/ld+json'])
  async getOpenDataCatalog(@Req() request: Request, @Res() response: Response): Promise<void> {
    const catalog = dcatCatalog(baseUrlOf(request), await this.municipalityCodes());
    response.status(200).type('application/ld+json').send(JSON.stringify(catalog));
  }

  @Get('schemas/:schema')
  @ApiParam({ name: 'schema', description: 'The dataset, as `{dataset}.schema.json`.', example: 'advice.schema.json' })
  @OpenDataOperation('GetOpenDataSchema', "A dataset's published JSON Schema", ['application/schema+json'])
  getOpenDataSchema(@Param('schema') schema: string, @Req() request: Request, @Res() response: Response): void {
    const set = openDataSet(schema.replace(/\.schema\.json$/, ''));
    if (!set || !schema.endsWith('.schema.json')) throw new NotFoundException();
    const body = jsonSchemaOf(set, schemaUrlOf(baseUrlOf(request), set.name));
    response.status(200).type('application/schema+json').send(JSON.stringify(body));
  }

  @Get(':code/:file')
  @ApiParam({ name: 'code', description: 'CBS code of the municipality.', example: 'GM0375' })
  @ApiParam({
    name: 'file',
    description: `The dataset and format: {${DATASET_NAMES.join('|')}}.{csv|json}.`,
    example: 'advice.csv',
  })
  @OpenDataOperation('GetOpenDataFile', "One municipality's dataset as CSV or JSON", ['text/csv', 'application/json'])
  async getOpenDataFile(
    @MunicipalityCode() code: string,
    @Param('file') file: string,
    @Res() response: Response,
  ): Promise<void> {
    const match = /^([a-z-]+)\.(csv|json)$/.exec(file);
    const set = match ? openDataSet(match[1] ?? '') : undefined;
    if (!match || !set) {
      throw new RequestValidationError([
        { name: 'file', reason: `must be one of ${DATASET_NAMES.join(', ')} with .csv or .json` },
      ]);
    }
    const rows = await openDataRows(this.readModels, set, code);
    response.setHeader('Content-Disposition', `inline; filename="${code}-${file}"`);
    if (match[2] === 'csv') {
      response.status(200).type('text/csv; charset=utf-8').send(toCsv(set, rows));
      return;
    }
    response
      .status(200)
      .type('application/json')
      .send(JSON.stringify(toJson(set, code, rows)));
  }

  private async municipalityCodes(): Promise<string[]> {
    const { items } = await listMunicipalities(this.readModels, {
      municipalities: undefined,
      page: { offset: 0, limit: MOST_MUNICIPALITIES },
    });
    return items.map((municipality) => municipality.municipalityCode);
  }
}

/** The open data's own address, from the request as the client made it (behind a trusted proxy too). */
function baseUrlOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}/api/v1/open-data`;
}

/** A public file: no token, its media types, and the problems it can answer. */
function OpenDataOperation(operationId: string, summary: string, mediaTypes: readonly string[]): MethodDecorator {
  return applyDecorators(
    AnswersPublic(),
    ApiBearerAuth(),
    // An empty requirement: the token is optional.
    ApiSecurity({}),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId, summary }),
    ApiResponse({
      status: 200,
      description: 'The file.',
      headers: API_VERSION_HEADER,
      content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
    }),
    problem(400, 'The municipality code or the file name is invalid.'),
    problem(401, 'A bearer token was sent and is not valid.'),
    problem(404, 'There is no such file.'),
    TooManyRequestsResponse(),
  );
}

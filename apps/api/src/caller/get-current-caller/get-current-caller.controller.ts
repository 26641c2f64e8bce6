import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { UnauthenticatedError } from '#auth';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { ProblemDetailsDto } from '../../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse, TooManyRequestsResponse } from '../../openapi/responses';
import { CurrentCallerDto } from './current-caller.response.dto';

/**
 * Who the API takes the caller to be, so a client can show it and offer only what the roles
 * allow. It reads no store: the bench also uses it as the HTTP stack's own ceiling (P2).
 */
@ApiTags('caller')
@Controller('me')
export class GetCurrentCallerController {
  @Get()
  @ApiBearerAuth()
  @ApiExtraModels(ProblemDetailsDto)
  @ApiOperation({
    operationId: 'GetCurrentCaller',
    summary: 'Who you are to the API: your id, roles and municipalities',
  })
  @ApiResponse({ status: 200, description: 'Found.', headers: API_VERSION_HEADER, type: CurrentCallerDto })
  @ProblemResponse(401, 'No valid bearer token.')
  @TooManyRequestsResponse()
  getCurrentCaller(@Req() request: AuthenticatedRequest): CurrentCallerDto {
    // The guard lets no request without a principal through; this keeps the type honest.
    const { principal } = request;
    if (!principal) throw new UnauthenticatedError('This request needs a bearer token (Authorization: Bearer …).');
    return { id: principal.id, roles: [...principal.roles], municipalities: [...principal.municipalities] };
  }
}

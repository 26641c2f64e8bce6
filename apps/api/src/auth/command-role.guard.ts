import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenCommandError, mayRunSomeVariant, type OperationId } from '#application';
import { COMMAND_OPERATION } from '../commands/command-operation.decorator';
import type { AuthenticatedRequest } from './authenticated-request';

/**
 * Refuses a role that may not run the operation at all before its body is even read, so
 * the answer does not depend on the input. The pipeline checks the exact variant again.
 */
@Injectable()
export class CommandRoleGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const operationId = this.reflector.get<OperationId | undefined>(COMMAND_OPERATION, context.getHandler());
    if (!operationId) return true;
    const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (principal && !mayRunSomeVariant(principal.roles, operationId)) {
      throw new ForbiddenCommandError(
        `Your role (${principal.roles.join(', ') || 'none'}) may not run ${operationId}.`,
      );
    }
    return true;
  }
}

import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestValidationError } from '../../http/request-validation';

const MAX_PROPOSAL_REF = 200;

/** Trims the reference; refuses (400, naming it) one that is blank or too long. */
class ProposalRefPipe implements PipeTransform<string, string> {
  transform(raw: string): string {
    const proposalRef = raw.trim();
    if (proposalRef.length === 0 || raw.length > MAX_PROPOSAL_REF) {
      throw new RequestValidationError([
        { name: 'proposalRef', reason: `proposalRef must hold 1 to ${MAX_PROPOSAL_REF} characters` },
      ]);
    }
    return proposalRef;
  }
}

/** The council proposal's reference from the path. */
export const ProposalRef = (): ParameterDecorator => Param('proposalRef', new ProposalRefPipe());

/** Documents the reference path parameter. */
export const ApiProposalRef = (): MethodDecorator =>
  ApiParam({
    name: 'proposalRef',
    description: 'Reference of the council proposal (raadsvoorstel) as the advice was attached to it, URL-encoded.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_PROPOSAL_REF, example: 'RV-2026-031' },
  });

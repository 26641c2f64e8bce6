import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import { BooleanField, TextField } from '../../http/fields';

/** The outcome with which the domain closes a signal as part of a collective signal. */
const CLUSTERED_OUTCOME = 'clustered';

export class CloseSignalRequestDto {
  @TextField({
    max: 2_000,
    description: `What became of the signal; \`${CLUSTERED_OUTCOME}\` when it closes as part of a collective signal (then with clusterId, and no referral needed).`,
    example: 'Vervoerder heeft excuses aangeboden.',
  })
  outcome!: string;

  @BooleanField({ description: 'Whether feedback reached the reporter.', example: true })
  feedbackGiven!: boolean;

  // Required exactly when the outcome says the signal closes as part of a cluster.
  @ValidateIf((dto: CloseSignalRequestDto) => dto.outcome === CLUSTERED_OUTCOME || dto.clusterId !== undefined)
  @IsUUID('all', {
    message: `clusterId must be the UUID of the collective signal, needed with outcome ${CLUSTERED_OUTCOME}`,
  })
  @ApiPropertyOptional({
    format: 'uuid',
    description: `The collective signal (made by ClusterSignals) this signal is part of; required with outcome \`${CLUSTERED_OUTCOME}\`.`,
  })
  clusterId?: string;
}

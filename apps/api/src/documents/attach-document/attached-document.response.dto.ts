import { ApiProperty } from '@nestjs/swagger';
import { CommandResponseDto } from '../../commands/command-response.dto';

/** A command's answer, with the name the document is kept under. */
export class AttachedDocumentResponseDto extends CommandResponseDto {
  @ApiProperty({
    description: 'SHA-256 of the document (hex): its name in GET /documents/{sha256} and in the audit trail.',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    pattern: '^[0-9a-f]{64}$',
  })
  sha256!: string;
}

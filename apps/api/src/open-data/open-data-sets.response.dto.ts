import { ApiProperty } from '@nestjs/swagger';

export class OpenDataFileDto {
  @ApiProperty({ example: 'GM0375' }) municipalityCode!: string;
  @ApiProperty({ enum: ['advice', 'recommendations', 'council-decisions'], example: 'advice' }) dataset!: string;
  @ApiProperty({ example: 'Adviesregister' }) title!: string;
  @ApiProperty({ enum: ['csv', 'json'], example: 'csv' }) format!: string;
  @ApiProperty({ example: 'text/csv' }) mediaType!: string;
  @ApiProperty({ format: 'uri', description: 'Stable address of the file.' }) url!: string;
  @ApiProperty({ format: 'uri', description: 'The JSON Schema the JSON file keeps to.' }) schemaUrl!: string;
}

/** Every open-data file with its address and format; no token needed. */
export class OpenDataSetsDto {
  @ApiProperty({ format: 'uri', description: 'CC0: anyone may reuse the files without asking.' }) license!: string;
  @ApiProperty({ format: 'uri', description: 'The DCAT description of the files (JSON-LD).' }) catalogUrl!: string;
  @ApiProperty({ type: [OpenDataFileDto] }) files!: OpenDataFileDto[];
}

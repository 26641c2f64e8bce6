import type { Type } from '@nestjs/common';
import { AttachDocumentController } from './attach-document/attach-document.controller';
import { AttachTableDocumentController } from './attach-document/attach-table-document.controller';
import { GetDocumentController } from './get-document/get-document.controller';

/** The documents' operations (#21): uploads on the resources they belong to, and the bytes by hash. */
export const DOCUMENT_CONTROLLERS: Type[] = [
  AttachDocumentController,
  AttachTableDocumentController,
  GetDocumentController,
];

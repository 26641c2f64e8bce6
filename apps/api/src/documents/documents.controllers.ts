import type { Type } from '@nestjs/common';
import { GetOpenDataCatalogController } from '../open-data/get-open-data-catalog.controller';
import { GetOpenDataFileController } from '../open-data/get-open-data-file.controller';
import { GetOpenDataSchemaController } from '../open-data/get-open-data-schema.controller';
import { ListOpenDataSetsController } from '../open-data/list-open-data-sets.controller';
import { AttachBodyDocumentController } from './attach-document/attach-body-document.controller';
import { AttachDocumentController } from './attach-document/attach-document.controller';
import { AttachTableDocumentController } from './attach-document/attach-table-document.controller';
import { GetDocumentController } from './get-document/get-document.controller';
import { ListTrajectoryDocumentsController } from './list-documents/list-trajectory-documents.controller';

/**
 * The operations of issue #21: documents (uploads on the resources they belong to, the bytes
 * by hash) and the open data published from the same records.
 */
export const DOCUMENT_CONTROLLERS: Type[] = [
  AttachDocumentController,
  AttachBodyDocumentController,
  AttachTableDocumentController,
  GetDocumentController,
  ListTrajectoryDocumentsController,
  ListOpenDataSetsController,
  GetOpenDataCatalogController,
  // Before the file: Express matches in registration order, and schemas/{schema} fits {code}/{file} too.
  GetOpenDataSchemaController,
  GetOpenDataFileController,
];

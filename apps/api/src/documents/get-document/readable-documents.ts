import { GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DomainError } from '#domain';
import { ForbiddenCommandError } from '#application';
import { DocumentAlteredError, type DocumentContent, type DocumentVault } from '#documents';
import { ownersOfDocument, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { maySeePersonalData } from '../../read-models/personal-data.presenter';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import type { Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { DOCUMENT_VAULT } from '../documents.tokens';

export type ReadableDocument = Extract<DocumentContent, { status: 'readable' }>;

/** Whether a viewer may have a document's bytes, and the bytes if so. */
@Injectable()
export class ReadableDocuments {
  constructor(
    @Inject(DOCUMENT_VAULT) private readonly vault: DocumentVault,
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  /**
   * The bytes, checked against their name before they leave: bytes that no longer hash to it
   * are never served as the document (409). A sealed document (minutes, reports, notes) only for
   * the roles that see personal data; once a person it concerns is forgotten, for nobody (410).
   */
  async read(sha256: string, viewer: Viewer): Promise<ReadableDocument> {
    const content = await this.vault.read(sha256).catch((error: unknown) => {
      if (error instanceof DocumentAlteredError) {
        throw new DomainError('DOCUMENT.ALTERED', 'The stored bytes no longer match this document.', 'conflict');
      }
      throw error;
    });
    if (content.status === 'unknown') throw new NotFoundException();
    if (content.status === 'erased') throw new GoneException('This document was erased with a person it concerns.');
    if (content.sealed && (viewer.kind === 'public' || !maySeePersonalData(viewer.principal))) {
      throw new ForbiddenCommandError('This document may hold personal data; your role may not read it.');
    }
    if (
      content.sealed &&
      viewer.kind !== 'public' &&
      !(await this.mayReadSealed(sha256, viewer.principal.municipalities))
    ) {
      throw new ForbiddenCommandError('This document belongs to a municipality you do not act for.');
    }
    return content;
  }

  /**
   * A sealed document only for those acting for a municipality of a stream that attached it: a
   * role that sees personal data elsewhere may not read it by knowing its hash (#21).
   */
  private async mayReadSealed(sha256: string, municipalities: readonly string[]): Promise<boolean> {
    const minPosition = (await this.storage.sealedEventStore.headPosition()) ?? undefined;
    const owners = await ownersOfDocument(this.readModels, sha256, minPosition);
    return owners.some((owner) => owner.municipalities.some((code) => municipalities.includes(code)));
  }
}

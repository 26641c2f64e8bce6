/** Why an upload is not stored: the API answers each as a 422 problem naming the reason. */
export type DocumentRefusal = 'empty' | 'too-large' | 'unsupported-type' | 'about-forgotten-person';

export class DocumentRefusedError extends Error {
  constructor(
    readonly reason: DocumentRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRefusedError';
  }
}

import { Injectable } from '@nestjs/common';

/** Set when the process has been asked to stop, so readiness turns red before anything closes. */
@Injectable()
export class ShutdownState {
  private stopping = false;

  get isStopping(): boolean {
    return this.stopping;
  }

  begin(): void {
    this.stopping = true;
  }
}

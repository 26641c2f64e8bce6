import { PositionQuery, WholeNumberQuery } from './query-fields';

/** The parameter every query takes: read your own writes. */
export class PositionQueryDto {
  @PositionQuery("A command's position: answer only once the read model has applied it (read your own writes).")
  minPosition?: bigint;
}

/** A list's parameters: `minPosition`, and which page (50 rows unless asked, at most 200). */
export class PageQueryDto extends PositionQueryDto {
  @WholeNumberQuery({ min: 0 })
  offset = 0;

  @WholeNumberQuery({ min: 1, max: 200 })
  limit = 50;

  /** The page as the queries take it. */
  get page(): { offset: number; limit: number } {
    return { offset: this.offset, limit: this.limit };
  }
}

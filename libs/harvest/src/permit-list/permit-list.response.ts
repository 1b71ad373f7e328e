import { ApiProperty } from '@nestjs/swagger';
import { PermitViewResponse } from '../permit-view/permit-view.responses.js';

export class PermitListResponse {
  @ApiProperty({ type: [PermitViewResponse] })
  readonly permits!: readonly PermitViewResponse[];
}

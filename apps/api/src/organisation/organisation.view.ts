import { ApiProperty } from '@nestjs/swagger';
import { CommunityView, DepartmentView } from '../admin/dto/organisation.view';

/** The organisation as every signed-in user sees it (the same department and community views). */
export class OrganisationView {
  @ApiProperty({ type: [DepartmentView] })
  departments: DepartmentView[];

  @ApiProperty({ type: [CommunityView] })
  communities: CommunityView[];
}

import { Module } from '@nestjs/common';
import { PersistenceModule } from '@firecase/persistence';
import { OrganisationController } from './organisation.controller';

@Module({ imports: [PersistenceModule], controllers: [OrganisationController] })
export class OrganisationModule {}

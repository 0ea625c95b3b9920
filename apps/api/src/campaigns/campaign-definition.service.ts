import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { ValidationError } from 'class-validator';
import { type CampaignDefinition, campaignDefinitionProblems } from '@firecase/domain';
import { CampaignRepository } from '@firecase/persistence';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { FieldValidationException } from '../errors/field-validation.exception';
import { definitionOf } from './campaign-definition';
import { CampaignReadService } from './campaign-read.service';
import { startCampaign } from './campaign-start';
import type { DefineCampaignDto } from './dto/define-campaign.dto';
import { isRealBound } from './dto/period-bound.decorator';

/** Defines a campaign: checks what field validation cannot, then stores and starts it. */
@Injectable()
export class CampaignDefinitionService {
  constructor(
    private readonly client: Client,
    private readonly campaigns: CampaignRepository,
    private readonly reads: CampaignReadService,
  ) {}

  async define(dto: DefineCampaignDto, user: AuthenticatedUser) {
    const unreal = [
      ['start', dto.start],
      ['end', dto.end],
      ...dto.keyPeriods.flatMap((p, i) => [
        [`keyPeriods[${i}].start`, p.start],
        ...(p.end ? [[`keyPeriods[${i}].end`, p.end]] : []),
      ]),
    ].filter(([, bound]) => !isRealBound(bound));
    if (unreal.length > 0) {
      throw fieldErrors(
        unreal.map(([field]) => ({ field, problem: `${field} is not a real date or instant` })),
      );
    }
    const described = definitionOf(dto);
    const problems = campaignDefinitionProblems(described);
    if (problems.length > 0) throw fieldErrors(problems);
    const definition: CampaignDefinition = {
      ...described,
      definedBy: actorOf(user),
      definedAt: new Date().toISOString(),
    };
    const { created } = await startCampaign(this.client, this.campaigns, definition);
    return { created, campaign: await this.reads.live(dto.code) };
  }
}

function fieldErrors(problems: readonly { field: string; problem: string }[]) {
  return new FieldValidationException(
    problems.map(({ field, problem }) =>
      Object.assign(new ValidationError(), { property: field, constraints: { rule: problem } }),
    ),
  );
}

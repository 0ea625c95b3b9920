export { ApiModule } from './api.module';
export { configureApp } from './configure-app';
export { AuthService, type IssuedTokens } from './auth/auth.service';
export { hashPassword } from './auth/password-hasher';
export { seedDemoOrganisation } from './demo/demo-organisation';
export { demoPhoto, type DemoPhotoSpec } from './demo/demo-photo';
export { demoCaseServices, seedDemoCases, type DemoCaseServices } from './demo/demo-cases';
export { NO_NUL_PATTERN } from './errors/nul-character.pipe';
export { DEMO_CAMPAIGN, demoCampaignDefinition, seedDemoCampaign } from './demo/demo-campaign';

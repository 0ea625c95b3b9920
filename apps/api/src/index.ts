export { ApiModule } from './api.module';
export { configureApp } from './configure-app';

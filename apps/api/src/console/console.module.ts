import { Module } from '@nestjs/common';
import { ConsoleController } from './console.controller';
import { SignInOptionsController } from './sign-in-options.controller';

/**
 * The web console: its sign-in options, then the built files. Import it LAST in ApiModule:
 * ConsoleController's catch-all route must come after every API route.
 */
@Module({ controllers: [SignInOptionsController, ConsoleController] })
export class ConsoleModule {}

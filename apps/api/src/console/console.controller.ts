import { Controller, Get, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { CONSOLE_INDEX_HTML, consoleFile, consoleIsBuilt } from './console-files';

/**
 * Serves the built console (apps/console/dist). It is the last route of the API (ConsoleModule
 * is imported last), so it only sees requests that no API route matched: it cannot shadow the
 * API, /docs or /health. Files (a path with an extension) are served from the build, hashed
 * assets cached for a year; any other GET a browser navigates to (Accept: text/html) gets
 * index.html, so the console's own routes survive a reload; the rest is the API's usual 404.
 */
@ApiExcludeController()
@Public()
@Controller()
export class ConsoleController {
  private warned = false;

  @Get('{*path}')
  serve(@Req() request: Request, @Res() response: Response): void {
    if (!consoleIsBuilt()) {
      if (!this.warned) {
        new Logger('console').warn(`not built (${CONSOLE_INDEX_HTML} missing): npm run build`);
        this.warned = true;
      }
      throw new NotFoundException(`${request.path} not found (the console is not built)`);
    }
    const lastSegment = request.path.split('/').at(-1) ?? '';
    if (lastSegment.includes('.')) {
      const file = consoleFile(request.path);
      if (!file) throw new NotFoundException(`${request.path} not found`);
      const hashed = request.path.startsWith('/assets/');
      response.sendFile(file, { immutable: hashed, maxAge: hashed ? '365d' : 0 });
      return;
    }
    if (!(request.header('accept') ?? '').includes('text/html')) {
      throw new NotFoundException(`${request.path} not found`);
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(CONSOLE_INDEX_HTML);
  }
}

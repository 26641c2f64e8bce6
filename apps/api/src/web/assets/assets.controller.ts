import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { assetFiles } from './asset-files';

/** The pages' stylesheets and scripts: a fixed list, never a path from the request. */
@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  private readonly files = assetFiles();

  @Get(':name')
  serve(@Param('name') name: string, @Res() response: Response): void {
    const asset = this.files.get(name);
    if (asset === undefined) throw new NotFoundException();
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.type(asset.type);
    switch (asset.kind) {
      case 'file':
        response.sendFile(asset.path);
        return;
      case 'text':
        response.send(asset.text);
        return;
      default: {
        const unknown: never = asset;
        throw new Error(`Unknown asset ${JSON.stringify(unknown)}`);
      }
    }
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShopperNotice } from '../../core/fulfilment-notices';
import type { AlexaAudience, AlexaNotificationSender } from '../../ports/notifications';
import { proactiveEvent } from './proactive-events';

/**
 * Local mode (npm start without skill-messaging credentials): each Alexa notification is written
 * to a folder as the exact request body the Proactive Events API would get, one file each.
 */
export class FolderAlexaNotifications implements AlexaNotificationSender {
  constructor(private readonly dir: string) {}

  async send(notice: ShopperNotice, audience: AlexaAudience, options: { referenceId: string; now: Date }): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${options.referenceId}.json`), `${JSON.stringify(proactiveEvent(notice, audience, options.referenceId, options.now), null, 2)}\n`);
  }
}

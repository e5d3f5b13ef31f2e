import { DeleteCommand, GetCommand, PutCommand } from './commands';
import type { AccountLink, AccountLinkStore } from '../../ports/links';
import { translateStoreError } from './errors';
import type { TableOptions } from './stores';

/** The account-links table: platform user key → customer id, written when a platform says an account was linked. */
export class DynamoAccountLinkStore implements AccountLinkStore {
  constructor(private readonly options: TableOptions) {}

  async link(link: AccountLink): Promise<void> {
    const { doc, tableName } = this.options;
    await this.guard('link put', () => doc.send(new PutCommand({ TableName: tableName, Item: { ...link } })));
  }

  async get(userKey: string): Promise<AccountLink | undefined> {
    const { doc, tableName } = this.options;
    const out = await this.guard('link get', () => doc.send(new GetCommand({ TableName: tableName, Key: { userKey }, ConsistentRead: true })));
    return out.Item as AccountLink | undefined;
  }

  async remove(userKey: string): Promise<void> {
    const { doc, tableName } = this.options;
    await this.guard('link delete', () => doc.send(new DeleteCommand({ TableName: tableName, Key: { userKey } })));
  }

  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw translateStoreError(err, operation);
    }
  }
}

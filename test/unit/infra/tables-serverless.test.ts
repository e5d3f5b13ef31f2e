/**
 * The tables the embedded store creates (tables.ts) and the ones serverless.yml deploys must agree:
 * a key or index that exists only locally would pass every test and fail in AWS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';
import { tableDefinitions, tableNames } from '../../../src/infra/dynamodb/tables';

// CloudFormation short forms, read as plain values: only their presence matters here.
const cfnTags: Tags = ['GetAtt', 'Join', 'Sub', 'Ref', 'Select', 'Split'].flatMap((name) =>
  ['scalar', 'seq'].map((collection) => ({ tag: `!${name}`, collection: collection === 'seq' ? ('seq' as const) : undefined, resolve: (v: unknown) => v })),
) as unknown as Tags;

interface CfnTable {
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties: {
    TableName: string;
    AttributeDefinitions: Array<{ AttributeName: string; AttributeType: string }>;
    KeySchema: Array<{ AttributeName: string; KeyType: string }>;
    GlobalSecondaryIndexes?: Array<{ IndexName: string; KeySchema: Array<{ AttributeName: string; KeyType: string }>; Projection: unknown }>;
  };
}

const yml = parse(readFileSync(join(__dirname, '../../../serverless.yml'), 'utf8'), { customTags: cfnTags }) as {
  resources: { Resources: Record<string, { Type: string } & CfnTable> };
  provider: { iam: { role: { statements: Array<{ Resource?: unknown[] }> } } };
};
const deployed = Object.values(yml.resources.Resources).filter((r) => r.Type === 'AWS::DynamoDB::Table');
const local = tableDefinitions(tableNames('${self:service}-${sls:stage}'));

const suffix = (name: string) => name.slice(name.lastIndexOf('-') + 1);
const sortByName = <T extends { AttributeName: string }>(list: T[]) => [...list].sort((a, b) => a.AttributeName.localeCompare(b.AttributeName));

describe('tables.ts and serverless.yml', () => {
  it('declare the same tables', () => {
    expect(
      deployed
        .map((t) => t.Properties.TableName.replace('${self:service}', 'voice-shop'))
        .map(suffix)
        .sort(),
    ).toEqual(local.map((t) => suffix(t.TableName)).sort());
  });

  it.each(local.map((t) => [suffix(t.TableName), t] as const))('%s: same keys, attributes and indexes', (name, definition) => {
    const table = deployed.find((t) => suffix(t.Properties.TableName) === name);
    expect(table).toBeDefined();
    const p = table!.Properties;
    expect(p.KeySchema).toEqual(definition.KeySchema);
    expect(sortByName(p.AttributeDefinitions)).toEqual(sortByName(definition.AttributeDefinitions ?? []));
    const indexes = (list: Array<{ IndexName: string; KeySchema: unknown; Projection: unknown }> | undefined) =>
      (list ?? []).map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema, Projection: i.Projection })).sort((a, b) => a.IndexName.localeCompare(b.IndexName));
    expect(indexes(p.GlobalSecondaryIndexes)).toEqual(indexes(definition.GlobalSecondaryIndexes));
  });

  it('keeps every table when the stack is deleted or a change would replace it', () => {
    const unprotected = deployed.filter((t) => t.DeletionPolicy !== 'Retain' || t.UpdateReplacePolicy !== 'Retain').map((t) => t.Properties.TableName);
    expect(unprotected).toEqual([]);
  });

  it('lets the functions query every index', () => {
    const resources = JSON.stringify(yml.provider.iam.role.statements.flatMap((s) => s.Resource ?? []));
    for (const definition of local) {
      for (const index of definition.GlobalSecondaryIndexes ?? []) expect(resources).toContain(`"index","${index.IndexName}"`);
    }
  });
});

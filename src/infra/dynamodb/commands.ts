/**
 * The operations the stores and tools use, named and shaped as in `@aws-sdk/lib-dynamodb`: inputs
 * and outputs hold plain values, marshalled here to and from DynamoDB's wire format.
 */
import { marshallItem, unmarshallItem, type AttributeMap } from './marshall';
import type { DynamoCommand } from './http-client';

/** An attribute value as the stores hold it; typed loosely as lib-dynamodb does, so items cast to domain types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeAttributeValue = any;
export type Item = Record<string, NativeAttributeValue>;
type Wire = Record<string, unknown>;

interface Expressions {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}
type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';

const toWireItem = (item: Item | undefined) => (item === undefined ? undefined : marshallItem(item));
const fromWireItem = (item: unknown) => (item === undefined ? undefined : unmarshallItem(item as AttributeMap));
const fromWireItems = (items: unknown) => (items === undefined ? undefined : (items as AttributeMap[]).map((i) => unmarshallItem(i)));

/** Copies an input, marshalling the named fields that hold plain items; undefined fields are left out. */
function wire(input: object, items: readonly string[]): Wire {
  const out: Wire = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    out[key] = items.includes(key) ? toWireItem(value as Item) : value;
  }
  return out;
}

abstract class Command<Input extends object, Output> implements DynamoCommand<Output> {
  abstract readonly operation: string;
  constructor(readonly input: Input) {}
  abstract toWire(): Wire;
  abstract fromWire(body: Wire): Output;
}

export interface GetCommandInput {
  TableName: string;
  Key: Item;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}
export interface GetCommandOutput {
  Item?: Item;
}
export class GetCommand extends Command<GetCommandInput, GetCommandOutput> {
  readonly operation = 'GetItem';
  toWire(): Wire {
    return wire(this.input, ['Key']);
  }
  fromWire(body: Wire): GetCommandOutput {
    return { Item: fromWireItem(body.Item) };
  }
}

export interface PutCommandInput extends Expressions {
  TableName: string;
  Item: Item;
  ConditionExpression?: string;
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export interface WriteCommandOutput {
  Attributes?: Item;
}
export class PutCommand extends Command<PutCommandInput, WriteCommandOutput> {
  readonly operation = 'PutItem';
  toWire(): Wire {
    return wire(this.input, ['Item', 'ExpressionAttributeValues']);
  }
  fromWire(body: Wire): WriteCommandOutput {
    return { Attributes: fromWireItem(body.Attributes) };
  }
}

export interface UpdateCommandInput extends Expressions {
  TableName: string;
  Key: Item;
  UpdateExpression: string;
  ConditionExpression?: string;
  ReturnValues?: ReturnValue;
}
export class UpdateCommand extends Command<UpdateCommandInput, WriteCommandOutput> {
  readonly operation = 'UpdateItem';
  toWire(): Wire {
    return wire(this.input, ['Key', 'ExpressionAttributeValues']);
  }
  fromWire(body: Wire): WriteCommandOutput {
    return { Attributes: fromWireItem(body.Attributes) };
  }
}

export interface DeleteCommandInput extends Expressions {
  TableName: string;
  Key: Item;
  ConditionExpression?: string;
  ReturnValues?: 'NONE' | 'ALL_OLD';
}
export class DeleteCommand extends Command<DeleteCommandInput, WriteCommandOutput> {
  readonly operation = 'DeleteItem';
  toWire(): Wire {
    return wire(this.input, ['Key', 'ExpressionAttributeValues']);
  }
  fromWire(body: Wire): WriteCommandOutput {
    return { Attributes: fromWireItem(body.Attributes) };
  }
}

interface ReadManyInput extends Expressions {
  TableName: string;
  IndexName?: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
  ConsistentRead?: boolean;
  Limit?: number;
  ExclusiveStartKey?: Item;
  Select?: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT';
}
export interface QueryCommandInput extends ReadManyInput {
  KeyConditionExpression: string;
  ScanIndexForward?: boolean;
}
export interface ScanCommandInput extends ReadManyInput {
  Segment?: number;
  TotalSegments?: number;
}
export interface ReadManyOutput {
  Items?: Item[];
  Count?: number;
  ScannedCount?: number;
  LastEvaluatedKey?: Item;
}
const readMany = (body: Wire): ReadManyOutput => ({
  Items: fromWireItems(body.Items),
  Count: body.Count as number | undefined,
  ScannedCount: body.ScannedCount as number | undefined,
  LastEvaluatedKey: fromWireItem(body.LastEvaluatedKey),
});
export class QueryCommand extends Command<QueryCommandInput, ReadManyOutput> {
  readonly operation = 'Query';
  toWire(): Wire {
    return wire(this.input, ['ExclusiveStartKey', 'ExpressionAttributeValues']);
  }
  fromWire(body: Wire): ReadManyOutput {
    return readMany(body);
  }
}
export class ScanCommand extends Command<ScanCommandInput, ReadManyOutput> {
  readonly operation = 'Scan';
  toWire(): Wire {
    return wire(this.input, ['ExclusiveStartKey', 'ExpressionAttributeValues']);
  }
  fromWire(body: Wire): ReadManyOutput {
    return readMany(body);
  }
}

export interface KeysAndAttributes {
  Keys: Item[];
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}
export interface BatchGetCommandInput {
  RequestItems: Record<string, KeysAndAttributes>;
}
export interface BatchGetCommandOutput {
  Responses?: Record<string, Item[]>;
  UnprocessedKeys?: Record<string, KeysAndAttributes>;
}
/** Applies `each` to every table's entry of a batch map. */
function mapTables<T, U>(tables: unknown, each: (value: T) => U): Record<string, U> | undefined {
  if (tables === undefined) return undefined;
  return Object.fromEntries(Object.entries(tables as Record<string, T>).map(([table, value]) => [table, each(value)]));
}

export class BatchGetCommand extends Command<BatchGetCommandInput, BatchGetCommandOutput> {
  readonly operation = 'BatchGetItem';
  toWire(): Wire {
    return { RequestItems: mapTables(this.input.RequestItems, (k: KeysAndAttributes) => ({ ...k, Keys: k.Keys.map((key) => marshallItem(key)) })) };
  }
  fromWire(body: Wire): BatchGetCommandOutput {
    return {
      Responses: mapTables(body.Responses, (items: AttributeMap[]) => items.map((i) => unmarshallItem(i))),
      UnprocessedKeys: mapTables(body.UnprocessedKeys, (k: KeysAndAttributes) => ({ ...k, Keys: k.Keys.map((key) => unmarshallItem(key as AttributeMap)) })),
    };
  }
}

export interface WriteRequest {
  PutRequest?: { Item: Item };
  DeleteRequest?: { Key: Item };
}
export interface BatchWriteCommandInput {
  RequestItems: Record<string, WriteRequest[]>;
}
export interface BatchWriteCommandOutput {
  UnprocessedItems?: Record<string, WriteRequest[]>;
}
/** Marshals (or unmarshals) the item or key of each put or delete request. */
function writeRequests(requests: WriteRequest[], convert: (item: Item) => Item): WriteRequest[] {
  return requests.map((r) => ({
    ...(r.PutRequest ? { PutRequest: { Item: convert(r.PutRequest.Item) } } : {}),
    ...(r.DeleteRequest ? { DeleteRequest: { Key: convert(r.DeleteRequest.Key) } } : {}),
  }));
}
export class BatchWriteCommand extends Command<BatchWriteCommandInput, BatchWriteCommandOutput> {
  readonly operation = 'BatchWriteItem';
  toWire(): Wire {
    return { RequestItems: mapTables(this.input.RequestItems, (r: WriteRequest[]) => writeRequests(r, (item) => marshallItem(item))) };
  }
  fromWire(body: Wire): BatchWriteCommandOutput {
    return { UnprocessedItems: mapTables(body.UnprocessedItems, (r: WriteRequest[]) => writeRequests(r, (item) => unmarshallItem(item as AttributeMap))) };
  }
}

/** A table as CreateTable takes it (the fields this shop uses). */
export interface TableDefinition {
  TableName: string;
  BillingMode?: 'PAY_PER_REQUEST' | 'PROVISIONED';
  AttributeDefinitions: Array<{ AttributeName: string; AttributeType: 'S' | 'N' | 'B' }>;
  KeySchema: Array<{ AttributeName: string; KeyType: 'HASH' | 'RANGE' }>;
  GlobalSecondaryIndexes?: Array<{
    IndexName: string;
    KeySchema: Array<{ AttributeName: string; KeyType: 'HASH' | 'RANGE' }>;
    Projection: { ProjectionType: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; NonKeyAttributes?: string[] };
  }>;
}
/** What DescribeTable and CreateTable say about a table, in part. */
export interface TableDescription {
  TableName?: string;
  TableStatus?: string;
  ItemCount?: number;
  [more: string]: unknown;
}

export class CreateTableCommand extends Command<TableDefinition, { TableDescription?: TableDescription }> {
  readonly operation = 'CreateTable';
  toWire(): Wire {
    return wire(this.input, []);
  }
  fromWire(body: Wire): { TableDescription?: TableDescription } {
    return { TableDescription: body.TableDescription as TableDescription | undefined };
  }
}
export class DescribeTableCommand extends Command<{ TableName: string }, { Table?: TableDescription }> {
  readonly operation = 'DescribeTable';
  toWire(): Wire {
    return wire(this.input, []);
  }
  fromWire(body: Wire): { Table?: TableDescription } {
    return { Table: body.Table as TableDescription | undefined };
  }
}

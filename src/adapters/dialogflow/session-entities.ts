import type { DynamicEntities } from '../../core/turn';

/** The core's slot types and the agent's entity type names (see scripts/models/dialogflow.ts). */
const ENTITY_TYPE: Record<DynamicEntities['slotType'], string> = { PRODUCT: 'product' };

/**
 * The shopper's own product names as WebhookResponse.sessionEntityTypes. SUPPLEMENT keeps the
 * agent's catalog entries and adds these for this session only; the entry value is the sku, so
 * the parameter arrives as the sku, as it does for the static entries.
 */
export function sessionEntityTypes(entities: DynamicEntities | undefined, session: unknown): Record<string, unknown> {
  if (!entities || typeof session !== 'string' || session === '') return {};
  return {
    sessionEntityTypes: [
      {
        name: `${session}/entityTypes/${ENTITY_TYPE[entities.slotType]}`,
        entityOverrideMode: 'ENTITY_OVERRIDE_MODE_SUPPLEMENT',
        entities: entities.values.map((v) => ({ value: v.id, synonyms: [v.name, ...v.synonyms] })),
      },
    ],
  };
}

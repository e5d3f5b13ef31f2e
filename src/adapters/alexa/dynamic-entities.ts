import type { dialog } from 'ask-sdk-model';
import type { DynamicEntities } from '../../core/turn';

/**
 * The shopper's own product names as a Dialog.UpdateDynamicEntities directive. REPLACE, so a
 * session never keeps another shopper's values; Alexa drops them when the session ends (or
 * after 30 minutes) and prefers them over the static PRODUCT values in entity resolution.
 */
export function dynamicEntitiesDirective(entities: DynamicEntities): dialog.DynamicEntitiesDirective {
  return {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: [
      {
        name: entities.slotType,
        values: entities.values.map((v) => ({ id: v.id, name: { value: v.name, synonyms: v.synonyms } })),
      },
    ],
  };
}

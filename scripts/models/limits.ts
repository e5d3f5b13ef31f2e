/**
 * Platform limits the generator stays under, as the platforms publish them on the pages cited
 * below (re-check them there when a build gets close). When a catalog would exceed one, the
 * generator keeps the values that matter most (categories, brands, then best-selling products)
 * and says so in its output.
 */
export interface ModelLimits {
  /**
   * Alexa: values plus synonyms in one custom slot type.
   * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-and-edit-custom-slot-types.html
   */
  alexaSlotTypeValuesAndSynonyms: number;
  /**
   * Alexa: size of one locale's interaction model JSON.
   * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html
   */
  alexaModelBytes: number;
  /** Dialogflow ES: entries in one entity type. https://cloud.google.com/dialogflow/quotas */
  dialogflowEntriesPerEntity: number;
  /** Dialogflow ES: synonyms in one entity entry. https://cloud.google.com/dialogflow/quotas */
  dialogflowSynonymsPerEntry: number;
  /** Dialogflow ES: training phrases per intent and language. https://cloud.google.com/dialogflow/quotas */
  dialogflowTrainingPhrasesPerIntent: number;
}

export const PLATFORM_LIMITS: ModelLimits = {
  alexaSlotTypeValuesAndSynonyms: 50_000,
  alexaModelBytes: 1_500_000,
  dialogflowEntriesPerEntity: 30_000,
  dialogflowSynonymsPerEntry: 200,
  dialogflowTrainingPhrasesPerIntent: 2_000,
};

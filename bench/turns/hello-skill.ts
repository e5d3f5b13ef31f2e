import { SkillBuilders } from 'ask-sdk-core';

/** The smallest useful ask-sdk-core skill: the cold-start yardstick for our functions. */
export const handler = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak('Hello from a bare skill.').getResponse(),
  })
  .lambda();

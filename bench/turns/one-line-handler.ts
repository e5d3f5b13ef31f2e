/**
 * A handler that prints one line and returns: the yardstick the metrics variants are measured
 * against, so that opening stdout in a fresh process (a few ms) is not counted as their cost.
 */
export const handler = async (): Promise<boolean> => {
  process.stdout.write('{"message":"hello"}\n');
  return true;
};

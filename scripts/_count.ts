import { decideFeature } from '../interaction-models/source/features/decide';
for (const [loc, l] of Object.entries(decideFeature.locales)) {
  const counts = Object.entries(l.samples).map(([k, v]) => `${k.replace('Intent', '')}:${v?.length}`);
  console.log(
    loc,
    Object.values(l.samples).reduce((a, v) => a + (v?.length ?? 0), 0),
    counts.join(' '),
  );
}

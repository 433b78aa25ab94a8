// What MixUp and CutMix share about partner images: a random permutation of the batch picks,
// for each image, the image it is mixed with (possibly itself), so the preview's batch of
// different images stands in for a training batch.
import { phrase } from './description';

/** A stated partner: an image index of the batch. */
export const isPartnerIndex =
  (batch: number) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < batch;

export const partnerPhrase = phrase(
  'Partners come from a random permutation of the batch, so an image can be paired with itself (about one image per batch on average); a batch of one image is left as it is.',
);

// The four arguments of crop_to_bounding_box / pad_to_bounding_box, and the checks TF makes of
// them (its messages, in its order): signs first (Python comparisons, which floats pass), then
// whether they fit the image, and last whole numbers (a float reaches the Slice or Pad op, or a
// tensor conversion, and fails there).
import type { Value } from '../../../pipeline/model';
import { LayerConfigError } from '../layer';
import { tfFloat, tfInt } from './tfArgs';

export interface BoundingBox {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

const SLICE_INDEX_ERROR =
  "Value for attr 'Index' of float is not in the list of allowed values: int32, int64 ; NodeDef: {{node Slice}}; " +
  'Op<name=Slice; signature=input:T, begin:Index, size:Index -> output:T; attr=T:type; attr=Index:type,allowed=[DT_INT32, DT_INT64]>';
const PAD_INDEX_ERROR =
  "Value for attr 'Tpaddings' of float is not in the list of allowed values: int32, int64 ; NodeDef: {{node Pad}}; " +
  'Op<name=Pad; signature=input:T, paddings:Tpaddings -> output:T; attr=T:type; attr=Tpaddings:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>';

function numbers(args: Readonly<Record<string, Value>>): BoundingBox {
  return { top: tfFloat(args.offset_height), left: tfFloat(args.offset_width), height: tfFloat(args.target_height), width: tfFloat(args.target_width) };
}

const whole = (v: number) => Number.isInteger(v);

/** crop_to_bounding_box's box, with the checks that need no image. */
export function cropBox(args: Readonly<Record<string, Value>>): BoundingBox {
  const box = numbers(args);
  if (box.left < 0) throw new LayerConfigError('offset_width must be >= 0.');
  if (box.top < 0) throw new LayerConfigError('offset_height must be >= 0.');
  if (box.width <= 0) throw new LayerConfigError('target_width must be > 0.');
  if (box.height <= 0) throw new LayerConfigError('target_height must be > 0.');
  tfInt(args.target_height);
  tfInt(args.target_width);
  if (!whole(box.top) || !whole(box.left)) throw new LayerConfigError(SLICE_INDEX_ERROR);
  return box;
}

/** crop_to_bounding_box: the box must lie inside the image. */
export function checkCropFits(box: BoundingBox, height: number, width: number): void {
  if (width < box.width + box.left) throw new LayerConfigError('width must be >= target + offset.');
  if (height < box.height + box.top) throw new LayerConfigError('height must be >= target + offset.');
}

/** pad_to_bounding_box's box, with the checks that need no image. */
export function padBox(args: Readonly<Record<string, Value>>): BoundingBox {
  const box = numbers(args);
  if (box.top < 0) throw new LayerConfigError('offset_height must be >= 0');
  if (box.left < 0) throw new LayerConfigError('offset_width must be >= 0');
  if (![box.top, box.left, box.height, box.width].every(whole)) throw new LayerConfigError(PAD_INDEX_ERROR);
  return box;
}

/** pad_to_bounding_box: the image must fit the target at the offsets. */
export function checkPadFits(box: BoundingBox, height: number, width: number): void {
  if (box.width - box.left - width < 0) throw new LayerConfigError('width must be <= target - offset');
  if (box.height - box.top - height < 0) throw new LayerConfigError('height must be <= target - offset');
}


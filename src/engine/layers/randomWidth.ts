// Keras 2's RandomWidth (Keras 3: legacy): a random new width per call (randomAxisResize.ts).
import { axisResizeFactory } from './randomAxisResize';

export const randomWidth = axisResizeFactory('width');

// Keras 2's RandomHeight (Keras 3: legacy): a random new height per call (randomAxisResize.ts).
import { axisResizeFactory } from './randomAxisResize';

export const randomHeight = axisResizeFactory('height');

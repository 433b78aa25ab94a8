#!/usr/bin/env python3
"""Times the typical augmentation pipeline in real Keras 3 on TF-CPU, for `npm run bench`.

RandomFlip("horizontal"), RandomRotation(0.1), RandomZoom(0.1), RandomContrast(0.2),
Rescaling(1/255) on a batch of 16 different float32 images in [0, 255], training on, called as a
user calls them: eagerly, layer after layer, and as one tf.function (graph mode, as inside tf.data).
Import and the first calls (tracing, kernel warm-up) are excluded; prints one JSON object.

    python3 bench/keras_bench.py --sizes 224 512 --runs 7 --warmup 3
    python3 bench/keras_bench.py --serve     # one timed call per request line, for interleaving
"""
import argparse
import json
import os
import statistics
import sys
import time

os.environ["KERAS_BACKEND"] = "tensorflow"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402


def pipeline():
    return [
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.1),
        keras.layers.RandomZoom(0.1),
        keras.layers.RandomContrast(0.2),
        keras.layers.Rescaling(1 / 255),
    ]


def timed(fn, x, runs, warmup):
    for _ in range(warmup):
        np.asarray(fn(x))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        np.asarray(fn(x))  # to host memory, as the engine's result is
        times.append((time.perf_counter() - start) * 1000)
    return times


def serve(batch):
    """Line protocol for interleaved timing: "eager 224", "graph 512" or "layer2 224" (the third
    layer alone, eagerly) runs one call and answers {"ms": ..., "cpu_ms": ...}; the first call of a mode and size
    is answered too (tracing included): warm up."""
    prepared = {}
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        mode, size = words[0], int(words[1])
        if size not in prepared:
            x = tf.constant(np.random.default_rng(size).uniform(0, 255, (batch, size, size, 3)).astype(np.float32))
            layers = pipeline()

            def eager(images, layers=layers):
                for layer in layers:
                    images = layer(images, training=True)
                return images

            fns = {"eager": eager, "graph": tf.function(eager)}
            for k, layer in enumerate(layers):
                fns[f"layer{k}"] = lambda images, layer=layer: layer(images, training=True)
            prepared[size] = (x, fns)
        x, fns = prepared[size]
        cpu = time.process_time()  # every thread of the process, as the engine's figure
        ms = timed(fns[mode], x, 1, 0)[0]
        print(json.dumps({"ms": ms, "cpu_ms": (time.process_time() - cpu) * 1000}), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[224, 512])
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help="answer timing requests on stdin (see serve)")
    args = parser.parse_args()
    if args.serve:
        print(json.dumps({"keras": keras.__version__, "tensorflow": tf.__version__}), flush=True)
        return serve(args.batch)
    out = {"keras": keras.__version__, "tensorflow": tf.__version__,
           "intra_op_threads": tf.config.threading.get_intra_op_parallelism_threads(), "sizes": {}}
    for size in args.sizes:
        x = tf.constant(np.random.default_rng(size).uniform(0, 255, (args.batch, size, size, 3)).astype(np.float32))
        layers = pipeline()

        def eager(images):
            for layer in layers:
                images = layer(images, training=True)
            return images

        graph = tf.function(eager)
        out["sizes"][str(size)] = {
            "eager_ms": timed(eager, x, args.runs, args.warmup),
            "graph_ms": timed(graph, x, args.runs, args.warmup),
        }
        for mode in ("eager", "graph"):
            out["sizes"][str(size)][f"{mode}_median_ms"] = statistics.median(out["sizes"][str(size)][f"{mode}_ms"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reference outputs from real Keras for the engine's oracle tests.

Keras 3 runs on the TensorFlow backend; Keras 2 is tf_keras. Each layer's cases, configurations
and sampler dumps live in keras_oracle/layers/<layer>.py (what a module provides: that package's
docstring); raw kernels in keras_oracle/kernels/. This driver discovers the modules, runs them and
writes or verifies the reference files (format: refs/README.md).

    python3 test/oracle/generate.py                      # (re)writes test/oracle/refs/
    python3 test/oracle/generate.py --only RandomZoom    # only that layer's (or kernel's) files
    python3 test/oracle/generate.py --out DIR            # writes elsewhere
    python3 test/oracle/generate.py --verify [--only X]  # regenerates into a temp dir, compares with refs/
"""
import argparse
import importlib
import json
import os
import pkgutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from keras_oracle import common  # noqa: E402  (selects the TF backend before Keras loads)
from keras_oracle import kernels as kernel_package  # noqa: E402
from keras_oracle import layers as layer_package  # noqa: E402
from keras_oracle.common import TOL, build, decode, encode, keras_module, make_input  # noqa: E402

REFS = os.path.join(HERE, "refs")


def discover(package):
    return [importlib.import_module(f"{package.__name__}.{m.name}") for m in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name)]


def selected(only):
    layers = discover(layer_package)
    kernels = discover(kernel_package)
    if only:
        names = {m.LAYER for m in layers} | {m.__name__.rsplit(".", 1)[1] for m in kernels}
        unknown = sorted(set(only) - names)
        if unknown:
            raise SystemExit(f"--only: no layer or kernel module named {', '.join(unknown)} (known: {', '.join(sorted(names))})")
        layers = [m for m in layers if m.LAYER in only]
        kernels = [m for m in kernels if m.__name__.rsplit(".", 1)[1] in only]
    return layers, kernels


# ----------------------------------------------------------------------------- running modules

def build_layer(module, kv, config):
    """The module's own `build` (e.g. Keras 3's legacy layers), else keras[.layers].<LAYER>(**config)."""
    return module.build(kv, config) if hasattr(module, "build") else build(module.LAYER, kv, config)


def run_case(module, case):
    """Builds the layer, calls it on the case's input with its transformation stated; returns what to record."""
    x = make_input(case["shape"], case["dtype"], case["seed"], case.get("input_high", 1.0))
    layer = build_layer(module, case["keras"], case["config"])
    record = module.run(case, layer, x) if hasattr(module, "run") else {"output": layer(x, training=case["training"])}
    record = {k: v if isinstance(v, dict) else encode(v) for k, v in record.items()}
    record["input"] = encode(x)
    return record


def config_results(module):
    out = []
    for kv, config in getattr(module, "CONFIGS", []):
        entry = {"keras": kv, "layer": module.LAYER, "config": config}
        # A fresh session so auto-generated layer names ("random_flip") carry no counter suffix.
        keras_module(kv).backend.clear_session()
        try:
            built = build_layer(module, kv, config)
            entry["accepted"] = True
            if hasattr(module, "accepted"):
                entry.update(module.accepted(kv, built))
        except Exception as e:  # noqa: BLE001 - the message is the point
            entry["error"] = {"type": type(e).__name__, "message": str(e)}
        out.append(entry)
    return out


def layer_files(module):
    files = {}
    for case in module.cases():
        entry = {k: case[k] for k in ("name", "layer", "keras", "config", "transformation", "training")}
        entry.update(run_case(module, case))
        files.setdefault(f"{module.LAYER}.k{case['keras']}.json", {"cases": []})["cases"].append(entry)
    configs = config_results(module)
    if configs:
        files[f"{module.LAYER}.configs.json"] = {"configs": configs}
    if hasattr(module, "samples"):
        files[f"{module.LAYER}.samples.json"] = {"samples": module.samples()}
    return files


def generate(out_dir, only=()):
    layers, kernels = selected(only)
    files = {}
    for module in layers:
        files.update(layer_files(module))
    for module in kernels:
        files[module.FILE] = {"cases": module.cases()}
    if not only:
        files["meta.json"] = {
            "generated_by": "test/oracle/generate.py",
            "keras": common.keras.__version__, "tf_keras": common.tf_keras.__version__,
            "tensorflow": common.tf.__version__, "numpy": common.np.__version__, "tolerance": TOL,
        }
    os.makedirs(out_dir, exist_ok=True)
    for name, content in files.items():
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(content, f, indent=1, sort_keys=True)
            f.write("\n")
    return sorted(files)


# ----------------------------------------------------------------------------- verification

def close(a, b):
    a = common.np.asarray(a, common.np.float64)
    b = common.np.asarray(b, common.np.float64)
    return a.shape == b.shape and bool(common.np.all(common.np.abs(a - b) <= TOL))


def compare(ref, new, path, problems):
    """Walks two reference trees; arrays within TOL, everything else equal."""
    if isinstance(ref, dict) and {"dtype", "shape", "data"} <= ref.keys():
        if not isinstance(new, dict) or new.get("dtype") != ref["dtype"] or not close(decode(new), decode(ref)):
            problems.append(f"{path}: values drifted beyond {TOL}")
    elif isinstance(ref, dict) and isinstance(new, dict):
        for k in sorted(set(ref) | set(new)):
            if k in ("keras", "tf_keras", "tensorflow", "numpy") and path.endswith("meta.json"):
                continue
            if k not in ref or k not in new:
                problems.append(f"{path}/{k}: present on one side only")
            else:
                compare(ref[k], new[k], f"{path}/{k}", problems)
    elif isinstance(ref, list) and isinstance(new, list) and len(ref) == len(new):
        for i, (a, b) in enumerate(zip(ref, new)):
            compare(a, b, f"{path}[{i}]", problems)
    elif ref != new:
        problems.append(f"{path}: {json.dumps(ref)[:80]} != {json.dumps(new)[:80]}")


def verify(only=()):
    with tempfile.TemporaryDirectory() as tmp:
        names = generate(tmp, only)
        problems = []
        if not only:
            committed = sorted(f for f in os.listdir(REFS) if f.endswith(".json"))
            problems += [f"{f}: not generated any more" for f in committed if f not in names]
        for name in names:
            ref_path = os.path.join(REFS, name)
            if not os.path.exists(ref_path):
                problems.append(f"{name}: missing from {REFS}")
                continue
            with open(ref_path) as f:
                ref = json.load(f)
            with open(os.path.join(tmp, name)) as f:
                new = json.load(f)
            compare(ref, new, name, problems)
        with open(os.path.join(REFS, "meta.json")) as f:
            meta = json.load(f)
        versions = (common.keras.__version__, common.tf_keras.__version__, common.tf.__version__)
        if (meta["keras"], meta["tf_keras"], meta["tensorflow"]) != versions:
            print(f"note: refs were made with keras {meta['keras']}, tf_keras {meta['tf_keras']}, tensorflow "
                  f"{meta['tensorflow']}; this is {versions}", file=sys.stderr)
    for p in problems:
        print(f"oracle drift: {p}", file=sys.stderr)
    print(f"oracle:verify: {len(names)} files, {len(problems)} problems")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=REFS)
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="a layer (class name) or kernel module (file name); repeatable")
    args = parser.parse_args()
    if args.verify:
        return verify(args.only)
    names = generate(args.out, args.only)
    print(f"wrote {len(names)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

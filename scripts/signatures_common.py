"""What scripts/keras-signatures.py and scripts/aug-signatures.py share: a signature's parameters
as the parser's JSON wants them, and writing that JSON into src/pipeline/."""
import inspect
import json
import os
import sys


def jsonable(v):
    """A default value as JSON: tuples and lists as arrays, literals as they are, anything else by repr."""
    if isinstance(v, (tuple, list)):
        return [jsonable(x) for x in v]
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return repr(v)


def parameters(fn, skip_first=False):
    """[{"name", "required"} or {"name", "default"}] of fn's named parameters (*args/**kwargs left out)."""
    values = list(inspect.signature(fn).parameters.values())
    params = []
    for p in values[1:] if skip_first else values:
        if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
            continue
        entry = {"name": p.name}
        if p.default is p.empty:
            entry["required"] = True
        else:
            entry["default"] = jsonable(p.default)
        params.append(entry)
    return params


def write_signatures(file_name, out):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "pipeline", file_name)
    with open(path, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {os.path.relpath(path)} ({out['generatedBy']})", file=sys.stderr)

"""One module per raw TF kernel the engine reimplements; generate.py imports every module here.
A module provides FILE (the reference file name in refs/) and cases() (a list of JSON-ready dicts)."""

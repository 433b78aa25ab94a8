"""Reference outputs from real Keras, one module per layer (layers/) and per raw kernel (kernels/).

test/oracle/generate.py discovers the modules; adding a layer's references is adding one file in
layers/ (see layers/__init__.py for what it provides).
"""

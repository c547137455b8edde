import os, sys as s
from . import x
from a.b import (c,
  d)
if True:
    import e
try:
    import f
except ImportError:
    pass
sys.path.insert(0, "lib")
x = f"""{import_y}"""
__import__("z")
importlib.import_module("w")

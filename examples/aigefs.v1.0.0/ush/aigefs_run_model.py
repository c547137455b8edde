#!/usr/bin/env python3
"""Run one member of the aigefs ensemble."""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np
import xarray as xr
import yaml

try:
    import torch
except ImportError:  # the CPU-only test machines
    torch = None

sys.path.append(os.path.join(os.path.dirname(__file__), "lib"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--member")
    parser.add_argument("--cycle")
    args = parser.parse_args()
    print(np.__version__, xr.__version__, yaml.__version__, torch, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

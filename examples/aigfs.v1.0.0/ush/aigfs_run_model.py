#!/usr/bin/env python3
"""Run the aigfs forecast model."""
import argparse
import os

import numpy as np
import xarray as xr
import torch
import yaml


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycle")
    args = parser.parse_args()
    print(np.__version__, xr.__version__, torch.__version__, yaml.__version__, args.cycle, os.getcwd())


if __name__ == "__main__":
    main()

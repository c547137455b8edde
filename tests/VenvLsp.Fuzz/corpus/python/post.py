#!/usr/bin/env python3
import pandas as pd

print(pd.__version__)

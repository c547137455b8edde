#!/usr/bin/env python3
"""Write the ensemble products."""
import netCDF4
import pandas as pd
from dateutil import parser as dateparser

print(netCDF4.__version__, pd.__version__, dateparser)

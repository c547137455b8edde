#!/usr/bin/env python3
import pandas as pd
import requests
from dateutil import parser as dateparser

print(pd.__version__, requests.__version__, dateparser)

#!/bin/bash
set -x

python ${HOMEaigefs}/ush/aigefs_post.py

#!/bin/bash
set -x
python ${HOMEaigfs}/ush/aigfs_post.py
